import { describe, expect, it } from 'vitest';
import { HeavyGate } from '../../src/graphql/heavy-gate.js';

// The gate that keeps heavy answers from crowding out /health (src/graphql/heavy-gate.ts): at most
// `slots` run at once, `queue` more wait in order, the next is refused with SERVER_BUSY.
/** Whether a promise has settled, after the microtasks queued so far have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(
    () => (done = true),
    () => (done = true),
  );
  await new Promise((resolve) => setImmediate(resolve));
  return done;
}

describe('HeavyGate', () => {
  it('lets `slots` in at once; the next wait, in order, until a slot is released', async () => {
    const gate = new HeavyGate(2, 2);
    const first = await gate.acquire();
    const second = await gate.acquire();
    const order: string[] = [];
    const third = gate.acquire().then((release) => (order.push('third'), release));
    const fourth = gate.acquire().then((release) => (order.push('fourth'), release));
    expect(await settled(third)).toBe(false);
    first();
    expect(await settled(third)).toBe(true);
    expect(await settled(fourth)).toBe(false);
    second();
    expect(await settled(fourth)).toBe(true);
    expect(order).toEqual(['third', 'fourth']);
  });

  it('refuses beyond the queue with SERVER_BUSY (HTTP 503), and takes requests again later', async () => {
    const gate = new HeavyGate(1, 1);
    const running = await gate.acquire();
    const waiting = gate.acquire();
    const refused = await gate.acquire().catch((error: unknown) => error);
    expect(refused).toMatchObject({
      message: 'The server is busy with large requests; try again shortly.',
      extensions: { code: 'SERVER_BUSY', http: { status: 503 } },
    });
    running();
    (await waiting)();
    const again = await gate.acquire(); // both slot and queue are free again
    expect(typeof again).toBe('function');
  });

  it('a release called twice frees one slot only', async () => {
    const gate = new HeavyGate(1, 5);
    const release = await gate.acquire();
    const next = gate.acquire();
    const after = gate.acquire();
    release();
    release();
    expect(await settled(next)).toBe(true);
    expect(await settled(after)).toBe(false);
  });
});
