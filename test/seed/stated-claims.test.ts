import { describe, expect, it } from 'vitest';
import type { SeedIssue } from '../../src/seed/issues.js';
import { StatedClaims, type Site } from '../../src/seed/claims/stated-claims.js';

// What the files of one load state about one node (src/seed/claims/stated-claims.ts): one claim
// per value with its documents, conflicts between documents kept aside, contradictions refused.
const site = (file: string, line: number): Site => ({ file, at: () => ({ line, col: 3 }) });

describe('StatedClaims', () => {
  it('the same value from two documents is one claim with both sources', () => {
    const issues: SeedIssue[] = [];
    const stated = new StatedClaims('org:ebrains');
    stated.state('name', 'EBRAINS', 'doc:b', site('b.yaml', 4), issues);
    stated.state('name', 'EBRAINS', 'doc:a', site('a.yaml', 7), issues);
    stated.state('acronym', 'EB', 'doc:a', site('a.yaml', 8), issues);
    expect(issues).toEqual([]);
    expect(stated.conflicts).toEqual([]);
    expect(stated.claims()).toEqual([
      { property: 'acronym', value: 'EB', sources: ['doc:a'], preferred: true },
      { property: 'name', value: 'EBRAINS', sources: ['doc:a', 'doc:b'], preferred: true },
    ]);
    expect(stated.size).toBe(2);
    expect(stated.shown()).toEqual({ acronym: 'EB', name: 'EBRAINS' });
    // The first place a value was written is where messages point.
    expect(stated.siteOf('name', 'EBRAINS')?.file).toBe('b.yaml');
    expect(stated.siteOf('name', 'Other')).toBeUndefined();
  });

  it('two documents stating different values: both kept, one pending conflict, no error', () => {
    const issues: SeedIssue[] = [];
    const stated = new StatedClaims('person:x');
    stated.state('name', 'Anna Smith', 'doc:a', site('a.yaml', 2), issues);
    stated.state('name', 'Ana Smith', 'doc:b', site('b.yaml', 5), issues);
    expect(issues).toEqual([]);
    expect(stated.claims().map((c) => [c.value, c.sources, c.preferred ?? false])).toEqual([
      ['Ana Smith', ['doc:b'], true],
      ['Anna Smith', ['doc:a'], false],
    ]);
    expect(stated.conflictIssues()).toEqual([
      {
        file: 'b.yaml',
        line: 5,
        col: 3,
        code: 'CONFLICTING_VALUE',
        severity: 'warning',
        message: 'person:x.name: "Ana Smith" here vs "Anna Smith" in doc:a',
      },
    ]);
    expect([...stated.sourcesOf('name')].sort()).toEqual(['doc:a', 'doc:b']);
    expect([...stated.sourcesOf('name', 'Anna Smith')]).toEqual(['doc:a']);
  });

  it('one document stating two values is a CONTRADICTORY_SOURCE error, not a conflict', () => {
    const issues: SeedIssue[] = [];
    const stated = new StatedClaims('person:x');
    stated.state('start', '2020', 'doc:a', site('a.yaml', 2), issues);
    stated.state('start', '2021', 'doc:a', site('a.yaml', 9), issues);
    expect(issues).toEqual([
      {
        file: 'a.yaml',
        line: 9,
        col: 3,
        code: 'CONTRADICTORY_SOURCE',
        severity: 'error',
        message: 'person:x.start: doc:a states both "2021" and "2020"; keep one',
      },
    ]);
    expect(stated.conflicts).toEqual([]);
  });

  it('multi-valued properties never conflict', () => {
    const issues: SeedIssue[] = [];
    const stated = new StatedClaims('org:x');
    stated.state('aliases', 'EB', 'doc:a', site('a.yaml', 1), issues);
    stated.state('aliases', 'EBR', 'doc:a', site('a.yaml', 2), issues);
    stated.state('aliases', 'Brains', 'doc:b', site('b.yaml', 1), issues);
    expect(issues).toEqual([]);
    expect(stated.conflicts).toEqual([]);
    expect(stated.claims()).toHaveLength(3);
  });

  it('prefer is kept, and wins over the value more documents state', () => {
    const issues: SeedIssue[] = [];
    const stated = new StatedClaims('org:x');
    stated.state('name', 'Common', 'doc:a', site('a.yaml', 1), issues);
    stated.state('name', 'Common', 'doc:b', site('b.yaml', 1), issues);
    stated.state('name', 'Chosen', 'doc:c', site('c.yaml', 1), issues, true);
    expect(stated.claims().find((c) => c.value === 'Chosen')).toEqual({
      property: 'name',
      value: 'Chosen',
      sources: ['doc:c'],
      prefer: true,
      preferred: true,
    });
    expect(stated.shown()).toEqual({ name: 'Chosen' });
  });

  it('absorb merges another file’s statements about the same relationship', () => {
    const issues: SeedIssue[] = [];
    const one = new StatedClaims('HOLDS_ROLE a → b');
    one.state('title', 'Director', 'doc:a', site('a.yaml', 3), issues);
    const two = new StatedClaims('HOLDS_ROLE a → b');
    two.state('title', 'Director', 'doc:b', site('b.yaml', 3), issues);
    two.state('start', '2020', 'doc:b', site('b.yaml', 4), issues, true);
    one.absorb(two, issues);
    expect(issues).toEqual([]);
    expect(one.claims()).toEqual([
      { property: 'start', value: '2020', sources: ['doc:b'], prefer: true, preferred: true },
      { property: 'title', value: 'Director', sources: ['doc:a', 'doc:b'], preferred: true },
    ]);
  });
});
