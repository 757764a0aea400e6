import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { Label } from '../../src/model/labels.js';
import { decodeClaims } from '../../src/model/claims.js';
import { planNode } from '../../src/seed/plan/plan-node.js';
import type { NodeRow } from '../../src/seed/resolve/resolved-load.js';
import { emptyPlan, statedClaims, type Statement } from './claims-fixtures.js';

// What the plan decides for one node (src/seed/plan/plan-node.ts) against the node as the graph
// returns it: created, unchanged, or updated with only the properties that change.

/** A node row whose claims are `statements` ([property, value, document]). */
const row = (id: string, label: Label, statements: Statement[] = []): NodeRow => ({
  id,
  label,
  props: {},
  aliases: [],
  claims: statedClaims(id, statements),
});

/** The node as a load of `statements` left it in the graph (with `extra` set by other writers). */
function stored(
  statements: Statement[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const plan = emptyPlan();
  planNode(plan, row('x:x', 'Organisation', statements), undefined);
  return { id: 'x:x', ...plan.nodeWrites[0]!.props, ...extra };
}

const claimsOf = (props: Record<string, unknown>) =>
  decodeClaims(props.claims).map((c) => `${c.property}=${String(c.value)} [${c.sources}]`);

describe('planNode', () => {
  it('a node the graph lacks is created with its shown values, aliases and claims', () => {
    const plan = emptyPlan();
    const statements: Statement[] = [
      ['name', 'EBRAINS', 'doc:a'],
      ['launched', '2023-05', 'doc:a'],
    ];
    planNode(plan, row('org:ebrains', 'Organisation', statements), undefined);
    expect(plan.nodes).toEqual({ Organisation: { created: 1, updated: 0, unchanged: 0 } });
    const write = plan.nodeWrites[0]!;
    expect([write.id, write.label, write.props.name]).toEqual([
      'org:ebrains',
      'Organisation',
      'EBRAINS',
    ]);
    expect(write.props.aliases).toEqual([]);
    // Stored as a Date on the first day of the month; the claim keeps the month's precision.
    expect(String(write.props.launched)).toBe('2023-05-01');
    expect(claimsOf(write.props)).toEqual(['launched=2023-05 [doc:a]', 'name=EBRAINS [doc:a]']);
    expect(plan.updates).toEqual([]);
  });

  it('a Document shows its name as its title too', () => {
    const plan = emptyPlan();
    planNode(plan, row('doc:r', 'Document', [['name', 'Report', 'doc:r']]), undefined);
    expect(plan.nodeWrites[0]!.props.title).toBe('Report');
  });

  it('the same statements again: unchanged, whatever order the graph stores the claims in', () => {
    const existing = stored([
      ['name', 'EBRAINS', 'doc:a'],
      ['launched', '2023-05', 'doc:a'],
    ]);
    existing.claims = [...(existing.claims as string[])].reverse();
    const plan = emptyPlan();
    const again: Statement[] = [
      ['launched', '2023-05', 'doc:a'],
      ['name', 'EBRAINS', 'doc:a'],
    ];
    planNode(plan, row('x:x', 'Organisation', again), existing);
    expect(plan.nodes).toEqual({ Organisation: { created: 0, updated: 0, unchanged: 1 } });
    expect(plan.nodeWrites).toEqual([]);
    expect(plan.updates).toEqual([]);
  });

  it('another document’s name: only what changes is written, the old name becomes an alias', () => {
    const existing = stored([
      ['name', 'Old Name', 'doc:a'],
      ['acronym', 'ON', 'doc:a'],
    ]);
    const plan = emptyPlan();
    const statements: Statement[] = [
      ['name', 'New Name', 'doc:b'],
      ['acronym', 'ON', 'doc:a'],
    ];
    planNode(plan, row('x:x', 'Organisation', statements), existing);
    expect(plan.nodes.Organisation).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(plan.updates).toEqual([
      { what: 'x:x', properties: ['name', 'aliases', 'claims'], addedSources: [] },
    ]);
    const props = plan.nodeWrites[0]!.props;
    // One document each: the tie goes to the smaller value; the other name stays findable.
    expect(props.name).toBe('New Name');
    expect(props.aliases).toEqual(['Old Name']);
    expect(claimsOf(props)).toEqual([
      'acronym=ON [doc:a]',
      'name=New Name [doc:b]',
      'name=Old Name [doc:a]',
    ]);
    expect(plan.issues.map((i) => [i.code, i.file, i.message])).toEqual([
      ['CONFLICTING_VALUE', 'doc:b.yaml', 'x:x.name: "New Name" here vs "Old Name" in doc:a'],
    ]);
  });

  it('a value stored without a claim (an editor’s) gives way to a document’s, no conflict', () => {
    const existing = { id: 'x:x', name: 'Edited', aliases: [], employees: neo4j.int(5) };
    const plan = emptyPlan();
    planNode(plan, row('x:x', 'Organisation', [['employees', 7, 'doc:a']]), existing);
    const props = plan.nodeWrites[0]!.props;
    expect(Object.keys(props).sort()).toEqual(['claims', 'employees']);
    expect(props.employees).toBe(7);
    expect(claimsOf(props)).toEqual(['employees=7 [doc:a]', 'name=Edited []']);
    expect(plan.issues).toEqual([]);
  });

  it('aliases only grow: spellings another writer recorded stay', () => {
    const existing = stored([['name', 'EBRAINS', 'doc:a']], { aliases: ['Ebrains AISBL'] });
    const plan = emptyPlan();
    const statements: Statement[] = [
      ['name', 'EBRAINS', 'doc:a'],
      ['aliases', 'EB', 'doc:a'],
    ];
    planNode(plan, row('x:x', 'Organisation', statements), existing);
    expect(plan.nodeWrites[0]!.props.aliases).toEqual(['EB', 'Ebrains AISBL']);
  });

  it('rows without claims (bulk) add their new aliases to the recorded ones', () => {
    const bulk: NodeRow = {
      id: 'x:x',
      label: 'Topic',
      props: { name: 'AI' },
      aliases: ['A.I.', 'ai'],
    };
    const plan = emptyPlan();
    planNode(plan, bulk, { id: 'x:x', name: 'AI', aliases: ['ai'] });
    expect(plan.nodes.Topic).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(plan.nodeWrites[0]!.props).toEqual({ aliases: ['ai', 'A.I.'] });
    const again = emptyPlan();
    planNode(again, bulk, { id: 'x:x', name: 'AI', aliases: ['ai', 'A.I.'] });
    expect(again.nodes.Topic).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});
