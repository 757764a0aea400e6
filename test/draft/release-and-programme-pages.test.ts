import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Round 21 shapes (issue 22): a Council press release under a masthead, and a workshop's
// programme page under a label.

const { draftOf, role } = articleDrafter('pg-draft-release-pages-');

describe('a release under its masthead', () => {
  it('masthead, numbered label, a dateline in a city that shares a country’s name, then the title', async () => {
    const seed = await draftOf(
      [
        'EUROPEAN DATA PROTECTION BOARD',
        'PRESS RELEASE 44/2026',
        'Monaco, 4 May 2026',
        '',
        'Board adopts guidelines on synthetic health data',
        '',
        'Data protection experts meeting today agreed guidelines on synthetic data. The Board thanked Lucia Ferraro for leading the drafting, which runs until 31 July.',
      ].join('\n'),
    );
    expect(seed.source.name).toBe('Board adopts guidelines on synthetic health data');
    expect(seed.source.kind).toBe('PRESS_RELEASE');
    expect(seed.source.publisher).toBe('European Data Protection Board');
    expect(seed.names('org:')).toContain('European Data Protection Board');
    expect(seed.names('person:')).toContain('Lucia Ferraro');
    // the dateline's day, not a schedule's "until 31 July"
    expect(events(seed).map((e) => (e as { date?: string }).date)).toEqual(['2026-05-04']);
  });

  it('ministers meeting in a Council configuration; a minister of a portfolio of a country', async () => {
    const seed = await draftOf(
      [
        'Brussels, 9 March 2026',
        '',
        'Agriculture ministers meeting today in the Agriculture and Fisheries Council agreed a position on animal health data. The meeting was chaired by Jan Kowalski, Minister of Agriculture of Poland.',
        '',
        'Maria Santos, Commissioner for Agriculture and Food Security, who attended, welcomed the result.',
      ].join('\n'),
    );
    expect(events(seed).map((e) => (e as { name?: string }).name)).toEqual([
      'Agriculture and Fisheries Council',
    ]);
    expect(seed.names('org:')).not.toContain('Agriculture and Fisheries Council');
    const minister = role(seed, 'person:jan-kowalski', 'org:ministry-of-agriculture-of-poland');
    expect(minister?.title).toBe('Minister of Agriculture');
    // "… and Food Security, who": the end of her portfolio, not a person
    expect(seed.names('person:')).not.toContain('Food Security');
  });
});

describe('a programme page', () => {
  it('"WORKSHOP PROGRAMME" is a label: the next line is the workshop’s title; "Venue:" its venue', async () => {
    const seed = await draftOf(
      [
        'WORKSHOP PROGRAMME',
        '',
        'Twins at the bedside: validating cardiac models',
        'Tuesday 12 May 2026, Ghent (Belgium)',
        'Venue: Het Pand Conference House, Onderbergen 1',
        'Organised by Ghent University',
        '',
        '09:00  Welcome',
        '       Pieter Claes, Professor, Ghent University',
      ].join('\n'),
    );
    expect(seed.source.name).toBe('Twins at the bedside: validating cardiac models');
    const [event] = events(seed) as { name?: string; venue?: string }[];
    expect(event?.name).toBe('Twins at the bedside: validating cardiac models');
    expect(event?.venue).toBe('Het Pand Conference House');
    expect(seed.names('org:')).not.toContain('Het Pand Conference House');
  });
});
