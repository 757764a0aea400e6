import type { Transaction } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { planLoad } from '../../src/seed/plan/plan-load.js';
import { relKey, type NodeRow, type RelRow } from '../../src/seed/resolve/resolved-load.js';
import { statedClaims } from './claims-fixtures.js';

// A whole load planned against the graph (src/seed/plan/plan-load.ts), with the graph given as
// plain data through a fake transaction that records what the plan reads: no database.
type Params = Record<string, unknown>;

/** A transaction over `nodes` (id → props) and `rels` (relKey → {eid, props}). */
function fakeTx(
  nodes: Record<string, Params>,
  rels: Record<string, { eid: string; props: Params }>,
) {
  const reads: { ids?: string[]; keys?: string[]; identities?: Params[] }[] = [];
  const record = (values: Params) => ({ get: (key: string) => values[key] });
  // Records are streamed to the plan (each-record.ts), as the driver does.
  const streamed = (records: ReturnType<typeof record>[]) => ({
    subscribe: (o: { onNext: (r: unknown) => void; onCompleted: () => void }) => {
      records.forEach((r) => o.onNext(r));
      o.onCompleted();
    },
  });
  const tx = {
    run: (_query: string, params: Params) => {
      if (params.ids) {
        const ids = params.ids as string[];
        reads.push({ ids });
        const found = ids.filter((id) => nodes[id]);
        return streamed(found.map((id) => record({ id, props: nodes[id] })));
      }
      const rows = params.rows as (Pick<RelRow, 'type' | 'from' | 'to'> & { identity: Params })[];
      const keys = rows.map((r) =>
        relKey({
          ...r,
          identity: Object.fromEntries(
            Object.entries(r.identity).filter(([, v]) => v !== null),
          ) as RelRow['identity'],
        }),
      );
      reads.push({ keys, identities: rows.map((r) => r.identity) });
      const at = keys.map((k, i) => [k, i] as const).filter(([k]) => rels[k]);
      return streamed(at.map(([k, i]) => record({ at: i, ...rels[k] })));
    },
  };
  return { tx: tx as unknown as Transaction, reads };
}

const node = (id: string, name: string): NodeRow => ({
  id,
  label: 'Person',
  props: {},
  aliases: [],
  claims: statedClaims(id, [['name', name, 'doc:a']]),
});

const rel = (from: string, to: string, title?: string): RelRow => ({
  type: title ? 'HOLDS_ROLE' : 'SPOKE_AT',
  from,
  to,
  identity: title ? { title } : {},
  props: {},
  sources: ['doc:a'],
  claims: statedClaims(`${from} → ${to}`, []),
});

describe('planLoad', () => {
  const known = node('person:known', 'Known');
  const fresh = node('person:new', 'New');
  const role = rel('person:known', 'org:x', 'Director');
  const toNew = rel('person:new', 'event:x');
  const other = rel('person:known', 'event:y');

  it('reads the load’s nodes in batches, and only relationships whose ends both exist', async () => {
    const graph = { 'person:known': { id: 'person:known', name: 'Known', aliases: [] } };
    const { tx, reads } = fakeTx(graph, {});
    const load = {
      nodes: [known, fresh, node('person:third', 'Third')],
      relationships: [role, toNew, other],
      issues: [],
    };
    const plan = await planLoad(tx, load, 2);
    expect(reads).toEqual([
      { ids: ['person:known', 'person:new'] },
      { ids: ['person:third'] },
      { keys: [relKey(role), relKey(other)], identities: [{ title: 'Director' }, {}] },
    ]);
    expect(plan.nodes).toEqual({ Person: { created: 2, updated: 1, unchanged: 0 } });
    expect(plan.nodeWrites.map((w) => w.id)).toEqual([
      'person:known',
      'person:new',
      'person:third',
    ]);
    expect(plan.relationships).toEqual({
      HOLDS_ROLE: { created: 1, updated: 0, unchanged: 0 },
      SPOKE_AT: { created: 2, updated: 0, unchanged: 0 },
    });
  });

  it('a relationship found in the graph is planned against it: unchanged when nothing is new', async () => {
    const { tx: first } = fakeTx({}, {});
    const before = await planLoad(first, { nodes: [known], relationships: [role], issues: [] }, 10);
    const nodeProps = { id: 'person:known', ...before.nodeWrites[0]!.props };
    const relProps = before.relCreates[0]!.props;
    const { tx, reads } = fakeTx(
      { 'person:known': nodeProps },
      { [relKey(role)]: { eid: 'e1', props: relProps } },
    );
    const plan = await planLoad(tx, { nodes: [known], relationships: [role], issues: [] }, 10);
    expect(reads).toEqual([
      { ids: ['person:known'] },
      { keys: [relKey(role)], identities: [{ title: 'Director' }] },
    ]);
    expect(plan.nodes).toEqual({ Person: { created: 0, updated: 0, unchanged: 1 } });
    expect(plan.relationships).toEqual({ HOLDS_ROLE: { created: 0, updated: 0, unchanged: 1 } });
    expect(plan.nodeWrites.length + plan.relCreates.length + plan.relUpdates.length).toBe(0);
    expect(plan.issues).toEqual([]);
  });

  it('identity properties tell relationships apart; one left out is read as null', async () => {
    const chair = rel('person:known', 'org:x', 'Chair');
    const untitled: RelRow = { ...rel('person:known', 'org:x', 'x'), identity: {} };
    const graph = { 'person:known': { id: 'person:known', name: 'Known', aliases: [] } };
    const { tx, reads } = fakeTx(graph, {
      [relKey(role)]: { eid: 'e1', props: { title: 'Director', sources: ['doc:a'] } },
    });
    const load = { nodes: [known], relationships: [chair, untitled], issues: [] };
    const plan = await planLoad(tx, load, 10);
    expect(reads[1]?.identities).toEqual([{ title: 'Chair' }, { title: null }]);
    expect(plan.relationships).toEqual({ HOLDS_ROLE: { created: 2, updated: 0, unchanged: 0 } });
    expect(plan.relCreates.map((r) => r.props.title)).toEqual(['Chair', undefined]);
  });
});
