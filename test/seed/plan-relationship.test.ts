import { describe, expect, it } from 'vitest';
import { decodeClaims } from '../../src/model/claims.js';
import { bump, emptyCounts, totals } from '../../src/seed/plan/plan.js';
import { planRelationship } from '../../src/seed/plan/plan-relationship.js';
import type { RelRow } from '../../src/seed/resolve/resolved-load.js';
import { emptyPlan, statedClaims, type Statement } from './claims-fixtures.js';

// What the plan decides for one relationship (src/seed/plan/plan-relationship.ts): created,
// unchanged, or updated with the properties that change and the sources it gains.
const what = 'HOLDS_ROLE person:a → org:b';

function row(sources: string[], statements: Statement[]): RelRow {
  return {
    type: 'HOLDS_ROLE',
    from: 'person:a',
    to: 'org:b',
    identity: { title: 'Director' },
    props: {},
    sources,
    claims: statedClaims(what, statements),
  };
}

/** The relationship as a load of `statements` left it in the graph. */
function stored(sources: string[], statements: Statement[]) {
  const plan = emptyPlan();
  planRelationship(plan, row(sources, statements), undefined);
  return { eid: '5:abc:17', props: plan.relCreates[0]!.props };
}

describe('planRelationship', () => {
  it('a relationship the graph lacks is created with identity, shown values, claims, sorted sources', () => {
    const plan = emptyPlan();
    planRelationship(plan, row(['doc:b', 'doc:a'], [['start', '2020-02', 'doc:a']]), undefined);
    expect(plan.relationships).toEqual({ HOLDS_ROLE: { created: 1, updated: 0, unchanged: 0 } });
    const create = plan.relCreates[0]!;
    expect([create.type, create.from, create.to]).toEqual(['HOLDS_ROLE', 'person:a', 'org:b']);
    expect(create.props.title).toBe('Director');
    expect(create.props.sources).toEqual(['doc:a', 'doc:b']);
    expect(String(create.props.start)).toBe('2020-02-01');
    expect(decodeClaims(create.props.claims).map((c) => [c.property, c.value])).toEqual([
      ['start', '2020-02'],
    ]);
  });

  it('the same statements again are unchanged: nothing to write', () => {
    const existing = stored(['doc:a'], [['start', '2020', 'doc:a']]);
    const plan = emptyPlan();
    planRelationship(plan, row(['doc:a'], [['start', '2020', 'doc:a']]), existing);
    expect(plan.relationships).toEqual({ HOLDS_ROLE: { created: 0, updated: 0, unchanged: 1 } });
    expect([plan.relCreates, plan.relUpdates, plan.updates]).toEqual([[], [], []]);
  });

  it('a new document adds its source; a more precise date changes the shown value', () => {
    const existing = stored(['doc:a'], [['start', '2020', 'doc:a']]);
    const plan = emptyPlan();
    planRelationship(plan, row(['doc:c'], [['start', '2020-06-01', 'doc:c']]), existing);
    expect(plan.relationships.HOLDS_ROLE).toEqual({ created: 0, updated: 1, unchanged: 0 });
    expect(plan.updates).toEqual([{ what, properties: ['start'], addedSources: ['doc:c'] }]);
    const update = plan.relUpdates[0]!;
    expect(update.eid).toBe('5:abc:17');
    expect(Object.keys(update.props).sort()).toEqual(['claims', 'sources', 'start']);
    expect(update.props.sources).toEqual(['doc:a', 'doc:c']);
    expect(String(update.props.start)).toBe('2020-06-01');
    // Both dates are kept with their documents; the day is shown.
    expect(decodeClaims(update.props.claims).map((c) => [c.value, c.sources])).toEqual([
      ['2020', ['doc:a']],
      ['2020-06-01', ['doc:c']],
    ]);
    // Two documents giving two dates is still a conflict, reported as a warning.
    expect(plan.issues.map((i) => i.code)).toEqual(['CONFLICTING_VALUE']);
  });

  it('a known source stating nothing new changes nothing', () => {
    const existing = stored(['doc:a', 'doc:b'], [['start', '2020', 'doc:a']]);
    const plan = emptyPlan();
    planRelationship(plan, row(['doc:b'], []), existing);
    expect(plan.relationships.HOLDS_ROLE).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });
});

describe('counts', () => {
  it('bump counts per group and totals add the groups up', () => {
    const groups = {};
    bump(groups, 'Person', 'created');
    bump(groups, 'Person', 'created');
    bump(groups, 'Topic', 'unchanged');
    bump(groups, 'Topic', 'updated');
    expect(groups).toEqual({
      Person: { created: 2, updated: 0, unchanged: 0 },
      Topic: { created: 0, updated: 1, unchanged: 1 },
    });
    expect(totals(groups)).toEqual({ created: 2, updated: 1, unchanged: 1 });
    expect(totals({})).toEqual(emptyCounts());
  });
});
