import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter, knownSeedOf } from './draft-of.js';

// A research infrastructure's annual report (blind round 48, issue 22): "3 new national nodes:
// EBRAINS Norway, EBRAINS Greece and EBRAINS Czechia".

const KNOWN_NET: KnownEntity[] = [
  { id: 'org:neurolink', label: 'Organisation', name: 'NEUROLINK', aliases: [] },
];
const { draftOf } = articleDrafter('pg-draft-national-nodes-', KNOWN_NET, knownSeedOf(KNOWN_NET));

describe('a network’s short name, then a country’s', () => {
  it('is its national node, PART_OF it, in that country', async () => {
    const seed = await draftOf(
      [
        'Annual report',
        '',
        'BRUSSELS, 3 March 2026 – Dr Ana Costa of NEUROLINK said three nodes joined: NEUROLINK Norway, NEUROLINK Greece and NEUROLINK Czechia.',
      ].join('\n'),
    );
    const norway = seed.entities.find((e) => e.name === 'NEUROLINK Norway');
    expect(norway).toMatchObject({ country: 'Norway', kind: 'NETWORK' });
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['NEUROLINK Greece', 'NEUROLINK Czechia']),
    );
    const parts = seed.relationships.filter((r) => r.type === 'PART_OF' && r.from === norway!.id);
    expect(parts.map((r) => r.to)).toEqual(['org:neurolink']);
  });

  it('is none after a comma, or before more of a name', async () => {
    const seed = await draftOf(
      [
        'News',
        '',
        'BRUSSELS, 3 March 2026 – Dr Ana Costa of NEUROLINK, Norway and Spain met NEUROLINK Norway Research Council staff.',
      ].join('\n'),
    );
    expect(seed.names('org:').filter((n) => /^NEUROLINK (?:Norway|Spain)$/.test(n))).toEqual([]);
  });
});
