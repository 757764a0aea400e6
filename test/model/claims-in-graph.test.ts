import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { encodeClaims } from '../../src/model/claims.js';
import { claimsInGraph } from '../../src/model/claims-in-graph.js';

// The claims a node holds in the graph (src/model/claims-in-graph.ts): its stored claims, plus an
// unsourced claim for each value stored without one. Props are given as Neo4j returns them.
describe('claimsInGraph', () => {
  it('a node without stored claims: one unsourced claim per stored value, bookkeeping left out', () => {
    const claims = claimsInGraph({
      id: 'org:ebrains',
      title: 'derived',
      sources: ['doc:a'],
      name: 'EBRAINS',
      employees: neo4j.int(120),
      launched: new neo4j.types.Date(2023, 5, 1),
      active: true,
      acronym: null,
      tags: ['x', 'y'],
    });
    expect(claims).toEqual([
      { property: 'name', value: 'EBRAINS', sources: [] },
      { property: 'employees', value: 120, sources: [] },
      { property: 'launched', value: '2023-05-01', sources: [] },
      { property: 'active', value: true, sources: [] },
    ]);
  });

  it('stored claims come first; a property they cover gets no unsourced copy', () => {
    const stored = encodeClaims([
      { property: 'name', value: 'EBRAINS AISBL', sources: ['doc:a'] },
      { property: 'name', value: 'EBRAINS', sources: ['doc:b'] },
    ]);
    const claims = claimsInGraph({ name: 'EBRAINS AISBL', claims: stored, acronym: 'EB' });
    expect(claims.map((c) => [c.property, c.value, c.sources])).toEqual([
      ['name', 'EBRAINS AISBL', ['doc:a']],
      ['name', 'EBRAINS', ['doc:b']],
      ['acronym', 'EB', []],
    ]);
  });

  it('legacy aliases become unsourced alias claims, except names a document gives', () => {
    const stored = encodeClaims([
      { property: 'name', value: 'Henna Virkkunen', sources: ['doc:a'] },
      { property: 'name', value: 'H. Virkkunen', sources: ['doc:b'] },
    ]);
    const claims = claimsInGraph({
      name: 'Henna Virkkunen',
      claims: stored,
      aliases: ['H. Virkkunen', 'Virkkunen', 'HV'],
    });
    expect(claims.filter((c) => c.property === 'aliases')).toEqual([
      { property: 'aliases', value: 'Virkkunen', sources: [] },
      { property: 'aliases', value: 'HV', sources: [] },
    ]);
  });

  it('aliases already claimed are taken from the claims only', () => {
    const stored = encodeClaims([{ property: 'aliases', value: 'EB', sources: ['doc:a'] }]);
    const claims = claimsInGraph({ claims: stored, aliases: ['EB', 'legacy'] });
    expect(claims).toEqual([{ property: 'aliases', value: 'EB', sources: ['doc:a'] }]);
  });

  it('a bad stored claim is ignored, and its property falls back to the stored value', () => {
    const claims = claimsInGraph({ name: 'Kept', claims: ['{broken', 7] });
    expect(claims).toEqual([{ property: 'name', value: 'Kept', sources: [] }]);
  });
});
