import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter } from './draft-of.js';

// A known name whose words the graph writes with brackets, a slash or a dash between them
// ("Regulation (EU) 2025/327", "Foundation for Research and Technology – Hellas"): the text that
// writes it the same way names that entity (blind round 141's agenda, bench article 100).

const KNOWN: KnownEntity[] = [
  {
    id: 'initiative:ocean-data-act',
    label: 'Initiative',
    name: 'Ocean Data Act',
    aliases: ['Regulation (EU) 2031/114'],
  },
  {
    id: 'org:marine-study-crete',
    label: 'Organisation',
    name: 'Institute for Marine Study – Crete',
    aliases: [],
  },
];
const seed = stringify({
  source: {
    id: 'doc:known-marks',
    name: 'Known before',
    kind: 'ARTICLE',
    url: 'https://example.org/known-before',
    sha256: 'c'.repeat(64),
  },
  entities: [
    { id: KNOWN[0]!.id, name: KNOWN[0]!.name, aliases: KNOWN[0]!.aliases, kind: 'REGULATION' },
    { id: KNOWN[1]!.id, name: KNOWN[1]!.name, kind: 'INSTITUTION' },
  ],
});
const { draftOf } = articleDrafter('pg-draft-known-marks-', KNOWN, seed);

describe('a known name written with the marks the graph writes it with', () => {
  it('brackets and a slash, or a dash, between the words name the known entity', async () => {
    const draft = await draftOf(
      'Lisbon, 3 March 2031. Ana Lopes of the Institute for Marine Study – Crete met Charles University on the obligations under Regulation (EU) 2031/114.',
    );
    expect(draft.names('initiative:')).toEqual([]);
    expect(draft.names('org:')).toEqual([]);
    expect(draft.yaml).toMatch(
      /ref: initiative:ocean-data-act\n\s+asWritten: Regulation \(EU\) 2031\/114/,
    );
    expect(draft.yaml).toMatch(/ref: org:marine-study-crete\n/);
  });

  it('a tab or a line break between the words is not the name', async () => {
    const draft = await draftOf(
      'Lisbon, 3 March 2031. Charles University met the Institute for Marine Study\n\nCrete was not present. The Regulation (EU)\t2031/114 was discussed.',
    );
    expect(draft.yaml).not.toMatch(/ref: org:marine-study-crete/);
    expect(draft.yaml).not.toMatch(/ref: initiative:ocean-data-act/);
  });
});
