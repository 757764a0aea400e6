import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/model/claims.js';
import type { SeedIssue } from '../../src/seed/issues.js';
import { mergeWithGraph } from '../../src/seed/claims/graph-claims.js';
import { statedClaims } from './claims-fixtures.js';

// What the graph holds after a load (src/seed/claims/graph-claims.ts): the graph's claims with the
// load's merged in, and the conflicts a curator must hear about, once.
const brief = (claims: Claim[]) =>
  claims.map(
    (c) => `${c.property}=${String(c.value)} [${c.sources.join(' ')}]${c.preferred ? ' *' : ''}`,
  );

describe('mergeWithGraph', () => {
  it('a document stating a new value no longer supports its old one', () => {
    const graph: Claim[] = [{ property: 'name', value: 'Old Name', sources: ['doc:a'] }];
    const issues: SeedIssue[] = [];
    const merged = mergeWithGraph(
      statedClaims('org:x', [['name', 'New Name', 'doc:a']]),
      graph,
      issues,
    );
    expect(brief(merged)).toEqual(['name=New Name [doc:a] *']);
    expect(issues).toEqual([]);
  });

  it('the old value stays while another document states it, and the conflict is reported', () => {
    const graph: Claim[] = [{ property: 'name', value: 'Old Name', sources: ['doc:a', 'doc:b'] }];
    const issues: SeedIssue[] = [];
    const merged = mergeWithGraph(
      statedClaims('org:x', [['name', 'New Name', 'doc:a']]),
      graph,
      issues,
    );
    expect(brief(merged)).toEqual(['name=New Name [doc:a] *', 'name=Old Name [doc:b]']);
    expect(issues).toEqual([
      {
        file: 'doc:a.yaml',
        line: 1,
        col: 1,
        code: 'CONFLICTING_VALUE',
        severity: 'warning',
        message: 'org:x.name: "New Name" here vs "Old Name" in doc:b',
      },
    ]);
  });

  it('reloading the same documents reports the conflict no more and changes nothing', () => {
    const graph: Claim[] = [{ property: 'name', value: 'Old Name', sources: ['doc:a', 'doc:b'] }];
    const first = mergeWithGraph(statedClaims('org:x', [['name', 'New Name', 'doc:a']]), graph, []);
    const issues: SeedIssue[] = [];
    const again = mergeWithGraph(
      statedClaims('org:x', [['name', 'New Name', 'doc:a']]),
      first,
      issues,
    );
    expect(again).toEqual(first);
    expect(issues).toEqual([]);
  });

  it('an unsourced value gives way to a sourced one without a conflict', () => {
    const graph: Claim[] = [
      { property: 'launched', value: '2019', sources: [] },
      { property: 'acronym', value: 'EB', sources: [] },
    ];
    const issues: SeedIssue[] = [];
    const merged = mergeWithGraph(
      statedClaims('org:x', [['launched', '2020-03', 'doc:a']]),
      graph,
      issues,
    );
    expect(brief(merged)).toEqual(['acronym=EB [] *', 'launched=2020-03 [doc:a] *']);
    expect(issues).toEqual([]);
  });

  it('the same value from a new document adds the source; the graph’s prefer stays', () => {
    const graph: Claim[] = [
      { property: 'name', value: 'Chosen', sources: ['doc:a'], prefer: true },
      { property: 'name', value: 'Popular', sources: ['doc:b', 'doc:c'] },
    ];
    const merged = mergeWithGraph(statedClaims('org:x', [['name', 'Chosen', 'doc:d']]), graph, []);
    expect(merged.find((c) => c.value === 'Chosen')).toEqual({
      property: 'name',
      value: 'Chosen',
      sources: ['doc:a', 'doc:d'],
      prefer: true,
      preferred: true,
    });
    expect(brief(merged)).toContain('name=Popular [doc:b doc:c]');
  });

  it('two documents of one load disagreeing: one warning, both values kept', () => {
    const stated = statedClaims('person:x', [
      ['name', 'Anna Smith', 'doc:a'],
      ['name', 'Ana Smith', 'doc:b'],
    ]);
    const issues: SeedIssue[] = [];
    const merged = mergeWithGraph(stated, [], issues);
    expect(brief(merged)).toEqual(['name=Ana Smith [doc:b] *', 'name=Anna Smith [doc:a]']);
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['CONFLICTING_VALUE', 'person:x.name: "Ana Smith" here vs "Anna Smith" in doc:a'],
    ]);
  });

  it('a disagreement the graph already holds on both sides is not said again', () => {
    const graph: Claim[] = [
      { property: 'name', value: 'Anna Smith', sources: ['doc:a'] },
      { property: 'name', value: 'Ana Smith', sources: ['doc:b'] },
    ];
    const stated = statedClaims('person:x', [
      ['name', 'Anna Smith', 'doc:a'],
      ['name', 'Ana Smith', 'doc:b'],
    ]);
    const issues: SeedIssue[] = [];
    const merged = mergeWithGraph(stated, graph, issues);
    expect(brief(merged)).toEqual(['name=Ana Smith [doc:b] *', 'name=Anna Smith [doc:a]']);
    expect(issues).toEqual([]);
  });

  it('multi-valued properties unite: a new alias does not displace the old ones', () => {
    const graph: Claim[] = [{ property: 'aliases', value: 'EB', sources: ['doc:a'] }];
    const issues: SeedIssue[] = [];
    const merged = mergeWithGraph(
      statedClaims('org:x', [['aliases', 'EBR', 'doc:a']]),
      graph,
      issues,
    );
    expect(brief(merged)).toEqual(['aliases=EB [doc:a]', 'aliases=EBR [doc:a]']);
    expect(issues).toEqual([]);
  });
});
