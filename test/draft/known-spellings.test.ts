import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter, knownSeedOf } from './draft-of.js';

// A known name as writers spell it (blind rounds 34 and 39, issue 22): "DG Connect" for "DG
// CONNECT", "&" for "and". Other names here.

const KNOWN_DG: KnownEntity[] = [
  {
    id: 'org:dg-mare',
    label: 'Organisation',
    name: 'Directorate-General for Maritime Affairs and Fisheries',
    acronym: 'DG MARE',
    aliases: ['DG MARE'],
  },
  {
    id: 'org:ai-in-marine-science-unit',
    label: 'Organisation',
    name: 'Unit for AI in Marine Science',
    aliases: ['AI in Marine Science'],
  },
  {
    id: 'org:ocean-data-unit',
    label: 'Organisation',
    name: 'Unit for Ocean Data and Marine Services',
    aliases: [],
  },
];
const { draftOf } = articleDrafter('pg-draft-known-spellings-', KNOWN_DG, knownSeedOf(KNOWN_DG));

describe('a known name as writers spell it', () => {
  it('"DG Mare" is DG MARE; "Unit for Ocean Data & Marine Services" is the known unit', async () => {
    const seed = await draftOf(
      [
        'Staff news',
        '',
        'On 3 March 2026 Ana Lopes, Deputy Head of the Unit for Ocean Data & Marine Services at DG Mare, presented the plan.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual([]);
    expect(seed.yaml).toMatch(/ref: org:dg-mare\n\s+asWritten: DG Mare/);
    expect(seed.yaml).toMatch(
      /ref: org:ocean-data-unit\n\s+asWritten: Unit for Ocean Data & Marine Services/,
    );
  });

  it('"AI" written out is the known unit; a quoted unit name, then its DG, is one role at the unit', async () => {
    const seed = await draftOf(
      [
        'Programme',
        '',
        '10:00 Keynote',
        'Ana Lopes, Head of Unit "Artificial Intelligence in Marine Science", DG MARE, European Commission',
      ].join('\n'),
    );
    const roles = seed.relationships.filter((r) => r.type === 'HOLDS_ROLE');
    expect(roles).toEqual([
      expect.objectContaining({ to: 'org:ai-in-marine-science-unit', title: 'Head of Unit' }),
    ]);
  });

  // (a contract award notice, blind round 50)
  it('"DG Maritime Affairs and Fisheries" is the Directorate-General by its subject', async () => {
    const seed = await draftOf(
      [
        'Contract award notice',
        '',
        'Official name: European Commission, DG Maritime Affairs and Fisheries (DG MARE), Unit for AI in Marine Science. Contact: Ana Lopes.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['European Commission']);
    expect(seed.yaml).toMatch(/ref: org:dg-mare\n\s+asWritten: DG Maritime Affairs and Fisheries/);
  });
});
