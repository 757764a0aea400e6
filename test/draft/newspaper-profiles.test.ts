import { describe, expect, it } from 'vitest';
import { articleDrafter, statements } from './draft-of.js';

// A newspaper's profile of a hospital's CIO (held-out round 95, issue 22): quotes said to the
// writer, a Gaelic surname named alone, a quote broken by its tag, a title before a clause.

const { draftOf, role } = articleDrafter('pg-draft-profiles-');

const PROFILE = [
  'The Galway Ledger',
  'By Ciarán Doherty, Health Correspondent',
  'Sunday 8 February 2026, 06:00',
  '',
  'At 7.30am the server room beneath Charles University hums louder than the wards.',
  'Siobhán Ní Mhurchú, the university’s chief information officer, walks its aisles every morning.',
  '',
  'Tomasz Wiśniewski runs the integration work. "We went from 212 separate applications to 87 in three years," he said.',
  '',
  'When Ní Mhurchú addressed the annual conference of Agence Exemple in Dublin on 19 November, some 1,200 delegates listened.',
  '',
  'Ní Mhurchú does not dismiss him; she has asked him to join the panel.',
  '',
  '"If patients don’t trust the twin," she says, "they won’t trust us."',
  '',
  '"Consent comes first for all of us," Ní Mhurchú said. "The twin comes second in every case."',
].join('\n');

describe('a newspaper profile', () => {
  it('dates a quote above an old event’s paragraph on the day it is published', async () => {
    const seed = await draftOf(PROFILE);
    const dated = seed.entities.find((e) => String(e.text).startsWith('We went from 212'));
    expect(dated?.date).toBe('2026-02-08');
  });

  it('reads a surname with a Gaelic particle as the person named in full', async () => {
    const seed = await draftOf(PROFILE);
    const trust = seed.entities.find((e) => String(e.text).startsWith('If patients'));
    const by = seed.relationships.find((r) => r.from === trust?.id && r.type === 'MADE_BY');
    expect(by?.to).toBe('person:siobhan-ni-mhurchu');
  });

  it('joins a sentence broken by its speech tag, not two sentences', async () => {
    const seed = await draftOf(PROFILE);
    expect(statements(seed)).toContain('If patients don’t trust the twin … they won’t trust us.');
    expect(statements(seed)).toContain('Consent comes first for all of us');
    expect(statements(seed)).toContain('The twin comes second in every case.');
  });

  it('ends "the university’s chief information officer" before the clause after it', async () => {
    const seed = await draftOf(PROFILE);
    const r = role(seed, 'person:siobhan-ni-mhurchu', 'org:charles-university');
    expect(r?.title).toMatch(/^chief information officer/);
    expect(r?.title).not.toMatch(/walks/);
  });
});
