import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { decodeClaims, encodeClaims } from '../../src/model/claims.js';
import {
  displayName,
  externalIdConflicts,
  unite,
  uniteClaims,
  uniteProperties,
} from '../../src/merge/unite-properties.js';

// Which properties and claims survive a merge (src/merge/unite-properties.ts). Props are given
// as Neo4j returns them; no database.
const claimsOf = (props: Record<string, unknown>) =>
  decodeClaims(props.claims).map(
    (c) => `${c.property}=${String(c.value)} [${c.sources}]${c.preferred ? ' *' : ''}`,
  );

describe('uniteProperties', () => {
  it('keep’s values win, drop adds what keep lacks, and drop’s name becomes an alias', () => {
    const out = uniteProperties(
      { id: 'person:keep', name: 'Henna Virkkunen', aliases: ['HV'], born: neo4j.int(1972) },
      {
        id: 'person:drop',
        name: 'H. Virkkunen',
        aliases: ['Virkkunen'],
        born: neo4j.int(1900),
        wikidata: 'Q123',
      },
    );
    expect(out.id).toBe('person:keep');
    expect(out.name).toBe('Henna Virkkunen');
    expect(out.born).toBe(1972);
    expect(out.wikidata).toBe('Q123');
    expect(out.aliases).toEqual(['H. Virkkunen', 'HV', 'Virkkunen']);
  });

  it('claims unite: one claim per value with the sources of both; the shown value is recomputed', () => {
    const keep = {
      id: 'org:keep',
      name: 'EBRAINS',
      claims: encodeClaims([
        { property: 'name', value: 'EBRAINS', sources: ['doc:a'] },
        { property: 'launched', value: '2023', sources: ['doc:a'] },
      ]),
    };
    const drop = {
      id: 'org:drop',
      name: 'EBRAINS AISBL',
      claims: encodeClaims([
        { property: 'name', value: 'EBRAINS AISBL', sources: ['doc:b'] },
        { property: 'launched', value: '2023-04-01', sources: ['doc:b'] },
        { property: 'acronym', value: 'EB', sources: ['doc:a', 'doc:b'] },
      ]),
    };
    const out = uniteProperties(keep, drop);
    expect(claimsOf(out)).toEqual([
      'acronym=EB [doc:a,doc:b] *',
      'aliases=EBRAINS AISBL [doc:b]',
      'launched=2023 [doc:a]',
      'launched=2023-04-01 [doc:b] *',
      'name=EBRAINS [doc:a] *',
    ]);
    // The more precise date now shows; the dropped name is an alias, not a rival name.
    expect([out.name, out.launched, out.acronym]).toEqual(['EBRAINS', '2023-04-01', 'EB']);
    expect(out.aliases).toEqual(['EBRAINS AISBL']);
  });

  // Known defect (reported, src/ not changed here): the shown values are computed from the united
  // claims before they are normalised, so each side's own `preferred` mark counts and drop's wins.
  // The node then shows 2023 while its claims prefer 2023-04-01 (a later load of it changes that).
  // Once the shown values follow the preferred claims this fails: make it a plain `it`. (Merely
  // normalising first would also let drop's unsourced values beat keep's, see the tests around.)
  it('shows the preferred claim when keep holds it and drop a less precise one', () => {
    const side = (id: string, launched: string, source: string) => ({
      id,
      name: id,
      launched,
      claims: encodeClaims([{ property: 'launched', value: launched, sources: [source] }]),
    });
    const out = uniteProperties(
      side('org:k', '2023-04-01', 'doc:a'),
      side('org:d', '2023', 'doc:b'),
    );
    expect(claimsOf(out).filter((c) => c.startsWith('launched'))).toEqual([
      'launched=2023 [doc:b]',
      'launched=2023-04-01 [doc:a] *',
    ]);
    expect(out.launched).toBe('2023-04-01');
  });

  it('a value both state is one claim with both sources, and a prefer on either side stays', () => {
    const claim = (sources: string[], prefer?: boolean) =>
      encodeClaims([{ property: 'kind', value: 'NGO', sources, ...(prefer ? { prefer } : {}) }]);
    const out = uniteProperties(
      { id: 'a', name: 'A', claims: claim(['doc:a']) },
      { id: 'b', name: 'B', claims: claim(['doc:b', 'doc:a'], true) },
    );
    expect(decodeClaims(out.claims).filter((c) => c.property === 'kind')).toEqual([
      {
        property: 'kind',
        value: 'NGO',
        sources: ['doc:a', 'doc:b'],
        prefer: true,
        preferred: true,
      },
    ]);
  });

  it('values stored without claims become unsourced claims; keep’s still win', () => {
    const out = uniteProperties(
      { id: 'a', name: 'Kept', acronym: 'K' },
      { id: 'b', name: 'Dropped', acronym: 'D', country: 'BE' },
    );
    expect([out.name, out.acronym, out.country]).toEqual(['Kept', 'K', 'BE']);
    expect(claimsOf(out)).toContain('aliases=Dropped []');
  });

  it('a Document merged by its title keeps the other title as an alias', () => {
    const out = uniteProperties(
      { id: 'doc:a', title: 'Report' },
      { id: 'doc:b', title: 'Rapport' },
    );
    expect(out.title).toBe('Report');
    expect(out.aliases).toEqual(['Rapport']);
  });
});

describe('external ids', () => {
  it('two different values of one external id are conflicts; one side missing is not', () => {
    expect(
      externalIdConflicts({ wikidata: 'Q1', ror: 'r1' }, { wikidata: 'Q2', ror: 'r1' }),
    ).toEqual(['wikidata: Q1 ≠ Q2']);
    expect(externalIdConflicts({ wikidata: 'Q1' }, { ror: 'r2', wikidata: null })).toEqual([]);
    expect(externalIdConflicts({ wikidata: 'Q1', ror: 'a' }, { wikidata: 'Q9', ror: 'b' })).toEqual(
      ['wikidata: Q1 ≠ Q9', 'ror: a ≠ b'],
    );
  });

  it('displayName is the name, else the title', () => {
    expect(displayName({ name: 'N', title: 'T' })).toBe('N');
    expect(displayName({ title: 'T' })).toBe('T');
    expect(displayName({ name: null })).toBeUndefined();
  });
});

describe('unite and uniteClaims', () => {
  it('unite keeps each value once, sorted', () => {
    expect(unite(['b', 'a'], ['c', 'a'])).toEqual(['a', 'b', 'c']);
  });

  it('uniteClaims merges copies of one (property, value) and keeps different values apart', () => {
    expect(
      uniteClaims([
        { property: 'name', value: 'A', sources: ['doc:b'] },
        { property: 'name', value: 'B', sources: ['doc:a'] },
        { property: 'name', value: 'A', sources: ['doc:a'], prefer: true },
      ]),
    ).toEqual([
      { property: 'name', value: 'A', sources: ['doc:a', 'doc:b'], prefer: true },
      { property: 'name', value: 'B', sources: ['doc:a'] },
    ]);
  });
});

describe('a value no document states', () => {
  it('gives way to a sourced one, however precise (as a load would decide)', () => {
    const out = uniteProperties(
      {
        id: 'org:k',
        name: 'K',
        launched: '2020',
        claims: encodeClaims([{ property: 'launched', value: '2020', sources: ['doc:x'] }]),
      },
      { id: 'org:d', name: 'D', launched: '2020-03-15' },
    );
    expect(out.launched).toBe('2020');
    expect(decodeClaims(out.claims).filter((c) => c.property === 'launched')).toEqual([
      { property: 'launched', value: '2020', sources: ['doc:x'], preferred: true },
    ]);
  });
});
