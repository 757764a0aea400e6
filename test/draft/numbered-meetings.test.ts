import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A body's numbered meeting (held-out rounds 76–78, issue 22): "4173rd Council meeting" over its
// day line, "MINUTES – 7th meeting" over "Date:" and "Place:" lines, "the 6th meeting (date)".

const { draftOf } = articleDrafter('pg-draft-numbered-meetings-');

const council = [
  'Council of the European Union',
  'Brussels, 4 March 2026',
  '',
  'OUTCOME OF THE COUNCIL MEETING',
  '',
  '2291st Council meeting',
  'Competitiveness (Research)',
  'Brussels, 3 March 2026',
  '',
  'President: Dr Ana Costa, Minister for Science',
  '',
  'Ministers discussed the research agenda and approved conclusions on open science.',
].join('\n');

const notes = [
  'Nordic Twin Alliance – Task Force on Imaging Standards (TF-IMG)',
  '',
  'MINUTES – 7th meeting',
  '',
  'Date: Thu 5 Feb 2026, 10:00–12:00 CET',
  'Place: Charles University, Prague (hybrid)',
  'Chair: Dr Ana Costa (Charles University)',
  'Notes: Agence Exemple (Task Force secretariat) Status: approved by written procedure, 16/02/2026',
  '',
  '1. Opening. The chair opened the meeting. Minutes of the 6th meeting (11 Dec 2025) approved.',
].join('\n');

describe('a numbered meeting', () => {
  it('is the event of the heading that names it, dated and placed by the line under it', async () => {
    const seed = await draftOf(council);
    expect(events(seed).map((e) => [e.name, e.date, e.city])[0]).toEqual([
      '2291st Council meeting',
      '2026-03-03',
      'Brussels',
    ]);
    // (a numbered meeting opens no organisation's name)
    expect(seed.entities.map((e) => e.id)).not.toContain('org:2291st-council');
  });

  it('takes the day and place of labelled lines, and names a bare ordinal by the page acronym', async () => {
    const got = events(await draftOf(notes)).map((e) => [e.name, e.date, e.city]);
    expect(got).toContainEqual(['TF-IMG 7th meeting', '2026-02-05', 'Prague']);
    // "the 6th meeting (11 Dec 2025)": dated by its bracket
    expect(got).toContainEqual(['TF-IMG 6th meeting', '2025-12-11', undefined]);
  });

  it('reads no forum in a forum secretariat: its status line is no event', async () => {
    const text = notes
      .replace('Task Force on Imaging Standards (TF-IMG)', 'Imaging Forum (IMF)')
      .replace('Task Force secretariat', 'Forum secretariat');
    const got = events(await draftOf(text)).map((e) => [e.name, e.date]);
    expect(got).toContainEqual(['IMF 7th meeting', '2026-02-05']);
    expect(got.map((e) => e[1])).not.toContain('2026-02-16');
  });

  it('keeps the heading line for the evidence when the next line opens with a bracket', async () => {
    const text = council.replace('2291st Council meeting', '2291st Council meeting\n(hybrid)');
    const got = events(await draftOf(text)).find((e) => e.date === '2026-03-03');
    expect(got?.quote).toBe('2291st Council meeting');
  });
});
