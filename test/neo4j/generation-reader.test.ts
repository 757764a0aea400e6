import { describe, expect, it } from 'vitest';
import { GenerationReader } from '../../src/neo4j/generation.js';

/**
 * The reader's scheduling, with a stand-in for the one Cypher read (the read itself against a
 * real Neo4j: test/server/response-cache.int.test.ts). Each read returns the "graph" state when it
 * was sent; a caller must never get a state older than the moment it asked.
 */
function fakeGraph() {
  let state = 0;
  let out = 0;
  let maxOut = 0;
  const release: (() => void)[] = [];
  const read = () => {
    const seen = state;
    out++;
    maxOut = Math.max(maxOut, out);
    return new Promise<string>((resolve) =>
      release.push(() => {
        out--;
        resolve(String(seen));
      }),
    );
  };
  return {
    read,
    write: () => void state++,
    state: () => state,
    maxOut: () => maxOut,
    /** Until a read is out. */
    async sent() {
      while (release.length === 0) await new Promise((r) => setImmediate(r));
    },
    /** Answers the read that is out, then lets the next one be sent. */
    async answer() {
      await this.sent();
      release.shift()!();
      await new Promise((r) => setImmediate(r));
    },
  };
}

describe('GenerationReader', () => {
  it('callers of one turn share one read', async () => {
    const graph = fakeGraph();
    const reader = new GenerationReader(graph.read);
    const tokens = Array.from({ length: 20 }, () => reader.current());
    await graph.answer();
    expect(new Set(await Promise.all(tokens))).toEqual(new Set(['0']));
    expect(reader.reads).toBe(1);
  });

  it('one read out at a time; who asks meanwhile gets the next one, sent after it asked', async () => {
    const graph = fakeGraph();
    const reader = new GenerationReader(graph.read);
    const first = reader.current();
    await graph.sent();
    graph.write(); // a write commits while it is out…
    const later = [reader.current(), reader.current()]; // …and these ask after the write
    await graph.answer();
    expect(await first).toBe('0');
    await graph.answer();
    expect(await Promise.all(later)).toEqual(['1', '1']);
    expect(reader.reads).toBe(2);
    expect(graph.maxOut()).toBe(1);
  });

  it('a read that never comes back fails its callers after the timeout, and the next read goes out', async () => {
    let calls = 0;
    const reader = new GenerationReader(() => {
      calls++;
      return calls === 1 ? new Promise<string>(() => undefined) : Promise.resolve('token');
    }, 20);
    await expect(reader.current()).rejects.toThrow('no generation token within 20 ms');
    await expect(reader.current()).resolves.toBe('token');
  });

  it('a failed read fails its callers only; the next caller gets a new read', async () => {
    let calls = 0;
    const reader = new GenerationReader(async () => {
      calls++;
      if (calls === 1) throw new Error('Neo4j went away');
      return 'token';
    });
    await expect(reader.current()).rejects.toThrow('Neo4j went away');
    await expect(reader.current()).resolves.toBe('token');
  });
});
