import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A conference live blog, newest entry first (blind round 68, issue 22): the day of the event a
// paragraph names ("Yesterday's opening day drew …"), and quotes said at the event reported, not
// at the next edition announced above them.

const { draftOf } = articleDrafter('pg-draft-live-blogs-');

const blog = [
  'LIVE: Twin Summit 2026 – day two, as it happened',
  'Last updated: Thu 12.03.2026, 15:04 CET',
  '15:04\nThe organisers confirmed that the 2027 edition will take place in Tallinn in May 2027.',
  '12:58\nWe caught Dr Ana Costa in the corridor. "The roadmap is written," she said.',
  "08:55\nGood morning from Vienna, where the Twin Summit enters its second and final day. The summit is organised by Agence Exemple. Yesterday's opening day drew more than 1,100 participants.",
].join('\n\n');

describe('a live blog', () => {
  it('dates the event a paragraph names by "yesterday\'s opening day"', async () => {
    const seed = await draftOf(blog);
    expect(events(seed).map((e) => [e.name, e.date])).toContainEqual(['Twin Summit', '2026-03-11']);
  });

  it('gives a quote no next edition written above it: the page’s day', async () => {
    const seed = await draftOf(blog);
    const statement = seed.entities.find((e) => e.id.startsWith('statement:'));
    expect(statement?.date).toBe('2026-03-12');
  });

  it('reads no event day in "the last day of the transition period"', async () => {
    const seed = await draftOf(
      'Lisbon, 12 March 2026. The Agency was presented at a ceremony today. "Portugal wants to be ready on the first day, not on the last day of the transition period," said Dr Ana Costa.',
    );
    expect(events(seed).map((e) => e.date)).toEqual(['2026-03-12']);
  });
});

describe("a live blog's byline and entries", () => {
  it('reads both names of a byline ("By X and Y, in Vienna")', async () => {
    const seed = await draftOf(
      'Live from the summit\n\nBy Sophie Lindqvist and Rui Carvalho, in Vienna\n\nThe summit opened.',
    );
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Sophie Lindqvist', 'Rui Carvalho']),
    );
  });

  it('takes a national access body for an organisation, not the kind of body the law sets up', async () => {
    const seed = await draftOf(
      'Portugal creates its Health Data Access Body.\n\nOn stage: Dr Katrin Oberleitner, Head of the Austrian Health Data Access Body (HDAB-AT).',
    );
    expect(seed.names('org:')).toContain('Austrian Health Data Access Body');
    expect(seed.names('org:')).not.toContain('Health Data Access Body');
  });

  it('takes no nationality for an organisation ("at the French drugmaker")', async () => {
    const seed = await draftOf(
      "Sanofi's Matt Truppo, who runs research platforms at the French drugmaker, said Dr Ana Costa.",
    );
    expect(seed.names('org:')).not.toContain('French');
  });
});

describe("a live blog's key points", () => {
  it('takes a bullet of news about a work for no title; the sentence that names it gives it', async () => {
    const seed = await draftOf(
      'Key points\n- Vienna Declaration on Interoperable Health Twins presented, 38 signatories so far\n- Next year in Tallinn\n\n11:32\nAgence Exemple presents the Vienna Declaration on Interoperable Health Twins, said Dr Ana Costa.',
    );
    expect(seed.names('doc:')).toEqual(['Vienna Declaration on Interoperable Health Twins']);
  });
});
