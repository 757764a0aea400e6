import { describe, expect, it } from 'vitest';
import type { CypherRunner } from '../../src/audit/record-change.js';
import { decodeClaims, encodeClaims } from '../../src/model/claims.js';
import { moveRelationships } from '../../src/merge/move-relationships.js';

// Which relationships a merge moves, unites or drops (src/merge/move-relationships.ts), with the
// graph given as plain data through a fake transaction that records the writes: no database.
interface Rel {
  eid: string;
  type: string;
  outgoing: boolean;
  other: string;
  otherId: string | null;
  props: Record<string, unknown>;
}
type Row = Record<string, unknown>;

function fakeTx(relsOf: Record<string, Rel[]>) {
  const writes: { created: Row[]; updated: Row[] } = { created: [], updated: [] };
  const tx: CypherRunner = {
    run: async (query, params = {}) => {
      if (typeof params.id === 'string') {
        const rels = relsOf[params.id] ?? [];
        return { records: rels.map((r) => ({ get: (k: string) => r[k as keyof Rel] })) };
      }
      const rows = params.rows as Row[];
      (query.includes('CREATE') ? writes.created : writes.updated).push(...rows);
      return { records: [] };
    },
  };
  return { tx, writes };
}

const KEEP = { id: 'person:keep', eid: 'e:keep' };
const rel = (eid: string, type: string, other: string, props: Row = {}, outgoing = true): Rel => ({
  eid,
  type,
  outgoing,
  other: `e:${other}`,
  otherId: other,
  props,
});

describe('moveRelationships', () => {
  it('moves what keep lacks, same type and direction; drops the relationship between the two', async () => {
    const { tx, writes } = fakeTx({
      'person:keep': [rel('r1', 'SPOKE_AT', 'event:a', { sources: ['doc:a'] })],
      'person:drop': [
        rel('r2', 'SPOKE_AT', 'event:b', { sources: ['doc:b'] }),
        rel('r3', 'MADE_BY', 'statement:s', { sources: ['doc:b'] }, false),
        { ...rel('r4', 'RELATES_TO', 'x', {}), other: KEEP.eid, otherId: KEEP.id },
      ],
    });
    const moved = await moveRelationships(tx, KEEP, 'person:drop');
    expect(moved).toEqual({ created: 2, united: 0, related: ['event:b', 'statement:s'] });
    expect(writes.created).toEqual([
      { type: 'SPOKE_AT', from: 'e:keep', to: 'e:event:b', props: { sources: ['doc:b'] } },
      { type: 'MADE_BY', from: 'e:statement:s', to: 'e:keep', props: { sources: ['doc:b'] } },
    ]);
    expect(writes.updated).toEqual([]);
  });

  it('unites a relationship keep already has: sources and claims of both, keep’s values win', async () => {
    const claims = (value: string, source: string) =>
      encodeClaims([{ property: 'capacity', value, sources: [source] }]);
    const { tx, writes } = fakeTx({
      'person:keep': [
        rel('r1', 'SPOKE_AT', 'event:a', {
          sources: ['doc:a'],
          capacity: 'speaker',
          claims: claims('speaker', 'doc:a'),
        }),
      ],
      'person:drop': [
        rel('r2', 'SPOKE_AT', 'event:a', {
          sources: ['doc:b', 'doc:a'],
          capacity: 'panellist',
          claims: claims('panellist', 'doc:b'),
        }),
      ],
    });
    const moved = await moveRelationships(tx, KEEP, 'person:drop');
    expect(moved).toEqual({ created: 0, united: 1, related: ['event:a'] });
    expect(writes.created).toEqual([]);
    const update = writes.updated[0] as { eid: string; props: Row };
    expect(update.eid).toBe('r1');
    expect(update.props.sources).toEqual(['doc:a', 'doc:b']);
    expect(update.props.capacity).toBe('speaker');
    expect(decodeClaims(update.props.claims).map((c) => [c.value, c.sources])).toEqual([
      ['panellist', ['doc:b']],
      ['speaker', ['doc:a']],
    ]);
  });

  it('roles with different titles are different relationships; a same-titled one unites', async () => {
    const role = (eid: string, title: string, source: string) =>
      rel(eid, 'HOLDS_ROLE', 'org:x', { title, sources: [source] });
    const { tx, writes } = fakeTx({
      'person:keep': [role('r1', 'Director', 'doc:a')],
      'person:drop': [role('r2', 'Chair', 'doc:b'), role('r3', 'Director', 'doc:c')],
    });
    const moved = await moveRelationships(tx, KEEP, 'person:drop');
    expect([moved.created, moved.united]).toEqual([1, 1]);
    expect(writes.created.map((r) => (r.props as Row).title)).toEqual(['Chair']);
    expect(writes.updated).toEqual([
      { eid: 'r1', props: { title: 'Director', sources: ['doc:a', 'doc:c'] } },
    ]);
  });

  it('nothing to move writes nothing', async () => {
    const { tx, writes } = fakeTx({ 'person:keep': [rel('r1', 'SPOKE_AT', 'event:a')] });
    expect(await moveRelationships(tx, KEEP, 'person:drop')).toEqual({
      created: 0,
      united: 0,
      related: [],
    });
    expect(writes).toEqual({ created: [], updated: [] });
  });
});
