import { describe, expect, it } from 'vitest';
import {
  aliasesOf,
  decodeClaims,
  encodeClaims,
  normalizeClaims,
  preferredClaim,
  shownValues,
  type Claim,
} from '../../src/model/claims.js';

// The claims codec (src/model/claims.ts): which value a property shows, the stable stored form,
// and what a node shows from its claims. Pure: no database.
const claim = (property: string, value: Claim['value'], sources: string[] = [], prefer = false) =>
  prefer ? { property, value, sources, prefer } : { property, value, sources };

/** Every order of a list (the preferred value must not depend on the load order). */
const orders = <T>(items: readonly T[]): T[][] =>
  items.length <= 1
    ? [[...items]]
    : items.flatMap((item, i) =>
        orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
      );

describe('preferredClaim', () => {
  it('a curator’s prefer wins over more sources and a more precise date', () => {
    const claims = [
      claim('start', '2021-03-04', ['doc:a', 'doc:b', 'doc:c']),
      claim('start', '2021', ['doc:d'], true),
    ];
    for (const order of orders(claims)) expect(preferredClaim(order)?.value).toBe('2021');
  });

  it('for dates, a day beats a month beats a year, whatever the sources', () => {
    const claims = [
      claim('date', '2022', ['doc:a', 'doc:b', 'doc:c']),
      claim('date', '2022-06', ['doc:a', 'doc:b']),
      claim('date', '2022-06-15', ['doc:z']),
    ];
    for (const order of orders(claims)) expect(preferredClaim(order)?.value).toBe('2022-06-15');
    expect(preferredClaim(claims.slice(0, 2))?.value).toBe('2022-06');
  });

  it('precision counts for date fields only: elsewhere the value more documents state wins', () => {
    const claims = [claim('name', 'a-b-c', ['doc:a']), claim('name', 'Zed', ['doc:b', 'doc:c'])];
    for (const order of orders(claims)) expect(preferredClaim(order)?.value).toBe('Zed');
  });

  it('ties go to the smallest value, in any order', () => {
    const claims = [
      claim('name', 'Charlie', ['doc:a']),
      claim('name', 'Alpha', ['doc:b']),
      claim('name', 'Bravo', ['doc:c']),
    ];
    for (const order of orders(claims)) expect(preferredClaim(order)?.value).toBe('Alpha');
  });

  it('is undefined for no claims', () => {
    expect(preferredClaim([])).toBeUndefined();
  });
});

describe('normalizeClaims', () => {
  it('orders by property then value, dedupes and sorts sources, marks one preferred per property', () => {
    const out = normalizeClaims([
      claim('name', 'Zed', ['doc:b', 'doc:a', 'doc:b']),
      claim('acronym', 'Z', ['doc:a']),
      claim('name', 'Alpha', ['doc:c']),
    ]);
    expect(out).toEqual([
      { property: 'acronym', value: 'Z', sources: ['doc:a'], preferred: true },
      { property: 'name', value: 'Alpha', sources: ['doc:c'] },
      { property: 'name', value: 'Zed', sources: ['doc:a', 'doc:b'], preferred: true },
    ]);
  });

  it('drops a stale preferred mark and never marks a multi-valued property', () => {
    const out = normalizeClaims([
      { property: 'name', value: 'Old', sources: ['doc:a'], preferred: true },
      claim('name', 'New', ['doc:a', 'doc:b']),
      { property: 'aliases', value: 'EB', sources: ['doc:a'], preferred: true },
      claim('aliases', 'EBR', ['doc:b']),
    ]);
    expect(out.filter((c) => c.preferred).map((c) => c.value)).toEqual(['New']);
  });
});

describe('stored form', () => {
  const claims: Claim[] = [
    claim('name', 'EBRAINS', ['doc:b', 'doc:a']),
    claim('name', 'Ebrains AISBL', ['doc:c'], true),
    claim('launched', '2023-05', ['doc:a']),
    claim('employees', 120, []),
    claim('active', false, ['doc:a']),
  ];

  it('encodes one JSON string per claim, in the stable order, and decodes back to the same', () => {
    const stored = encodeClaims(claims);
    expect(stored).toHaveLength(5);
    expect(stored.every((s) => typeof s === 'string')).toBe(true);
    expect(JSON.parse(stored[0]!)).toEqual({
      property: 'active',
      value: false,
      sources: ['doc:a'],
      preferred: true,
    });
    expect(decodeClaims(stored)).toEqual(normalizeClaims(claims));
    expect(encodeClaims(decodeClaims(stored))).toEqual(stored);
    expect(encodeClaims([...claims].reverse())).toEqual(stored);
  });

  it('ignores a bad stored claim and keeps the others', () => {
    const good = encodeClaims([claim('name', 'Kept', ['doc:a'])]);
    const stored = [
      'not json',
      '{"value": "no property", "sources": []}',
      '{"property": "name", "value": "no sources"}',
      'null',
      42,
      ...good,
    ];
    expect(decodeClaims(stored)).toEqual([
      { property: 'name', value: 'Kept', sources: ['doc:a'], preferred: true },
    ]);
  });

  it('anything but a list decodes to no claims', () => {
    for (const stored of [undefined, null, 'x', 3, { property: 'name' }])
      expect(decodeClaims(stored)).toEqual([]);
  });
});

describe('what a node shows', () => {
  it('the preferred value per property; aliases and quantities only in claims', () => {
    const claims = normalizeClaims([
      claim('name', 'Short', ['doc:a']),
      claim('name', 'Long Name', ['doc:b', 'doc:c']),
      claim('aliases', 'LN', ['doc:a']),
      claim('quantity:budget', 1000, ['doc:a']),
      claim('evidence', 'second', ['doc:b']),
      claim('evidence', 'first', ['doc:a']),
      claim('launched', '2020-01-02', ['doc:a']),
    ]);
    expect(shownValues(claims)).toEqual({
      name: 'Long Name',
      evidence: 'first',
      launched: '2020-01-02',
    });
  });

  it('aliasesOf lists every alias once, sorted', () => {
    const claims = [
      claim('aliases', 'b', ['doc:a']),
      claim('aliases', 'a', ['doc:b']),
      claim('aliases', 'b', ['doc:c']),
      claim('name', 'c', ['doc:a']),
    ];
    expect(aliasesOf(claims)).toEqual(['a', 'b']);
  });
});
