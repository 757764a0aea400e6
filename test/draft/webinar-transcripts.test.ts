import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A webinar's edited transcript (working round 98, issue 22): the page's own "Date:" line is its
// event, before a later webinar it announces; a Romanian agency's name joined by "pentru".

const { draftOf, role } = articleDrafter('pg-draft-webinars-');

const TRANSCRIPT = [
  'EFHDO › Resources › Webinars',
  '',
  'EHDS Readiness Series – Webinar #4',
  'Secondary use in practice: are access bodies ready?',
  'Edited transcript',
  '',
  'Date: Thursday 22 January 2026, 14:00–15:30 CET',
  'Format: online (Zoom)',
  '',
  'Panellists',
  'Mihai Constantinescu, Director, Agenția Națională pentru Date de Sănătate (ANDS), Romania',
  'Dr Ana Costa, Policy Officer, Charles University',
  '',
  'DR ANA COSTA: Thank you. The permits are the priority this year.',
  '',
  'Webinar #5, on Thursday 19 February, will look at the AI Act and the EHDS.',
].join('\n');

describe('a webinar transcript', () => {
  it('dates its own webinar by the "Date:" line, and the next one apart', async () => {
    const seed = await draftOf(TRANSCRIPT);
    const days = events(seed).map((e) => [e.date, e.name]);
    expect(days[0]).toEqual(['2026-01-22', 'EHDS Readiness Series – Webinar #4']);
    expect(days.map((d) => d[0])).toContain('2026-02-19');
  });

  it('reads "Agenția Națională pentru Date de Sănătate" as one organisation', async () => {
    const seed = await draftOf(TRANSCRIPT);
    expect(seed.names('person:')).not.toContain('Date de Sănătate');
    const org = seed.entities.find((e) => e.acronym === 'ANDS');
    expect(org?.name).toBe('Agenția Națională pentru Date de Sănătate');
    expect(role(seed, 'person:mihai-constantinescu', org!.id)?.title).toBe('Director');
  });
});
