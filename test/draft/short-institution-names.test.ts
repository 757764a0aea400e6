import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter, knownSeedOf } from './draft-of.js';

// "the Commission", "the Parliament": EU texts shorten their institutions' names (issue 22).

const PARLIAMENT: KnownEntity[] = [
  {
    id: 'org:european-parliament',
    label: 'Organisation',
    name: 'European Parliament',
    aliases: [],
  },
];
const { draftOf } = articleDrafter(
  'pg-draft-short-institutions-',
  PARLIAMENT,
  knownSeedOf(PARLIAMENT),
);

describe('an institution named by its head word', () => {
  it('"for the Parliament, Name": a comma ends the name, the next capital word is no part of it', async () => {
    const seed = await draftOf(
      [
        'Data rules debated',
        '',
        'Speaking for the Parliament, Ilona Marsh said on 3 March 2026 that the rules were ready.',
      ].join('\n'),
    );
    expect(seed.yaml).toMatch(/- ref: org:european-parliament\n\s+asWritten: Parliament/);
  });

  it('"the Parliament Secretariat" is a longer name, not the Parliament', async () => {
    const seed = await draftOf(
      'Staff news\n\nThe Parliament Secretariat moved to Brussels on 3 March 2026.\n',
    );
    expect(seed.yaml).not.toContain('org:european-parliament');
  });
});
