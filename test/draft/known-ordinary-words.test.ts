import { describe, expect, it } from 'vitest';
import type { KnownEntity } from '../../src/draft/gazetteer.js';
import { articleDrafter, knownSeedOf } from './draft-of.js';

// A known organisation named by an ordinary word (held-out round 71, issue 22): the company
// "Translated" is not "Translated from Portuguese." at the start of a sentence.

const KNOWN: KnownEntity[] = [
  { id: 'org:translated', label: 'Organisation', name: 'Translated', aliases: [] },
  { id: 'org:hits', label: 'Organisation', name: 'HITS', aliases: [] },
];
const { draftOf } = articleDrafter('pg-draft-known-words-', KNOWN, knownSeedOf(KNOWN));

describe('a known one-word name that is an ordinary word', () => {
  it('is that word when it opens a sentence', async () => {
    const seed = await draftOf('Translated from Portuguese. Interview by Dr Ana Costa.');
    expect(seed.yaml).not.toContain('org:translated');
  });

  it('is the organisation elsewhere, and a name in capitals always', async () => {
    const seed = await draftOf(
      'Interview by Dr Ana Costa. She worked with Translated on the glossary. HITS hosts the next meeting.',
    );
    expect(seed.yaml).toContain('ref: org:translated');
    expect(seed.yaml).toContain('ref: org:hits');
  });
});
