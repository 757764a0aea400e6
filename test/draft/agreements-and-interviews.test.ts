import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Rounds 23–24 shapes (issue 22): a translated ministry news item on a memorandum, a newsletter,
// an interview's lead.

const { draftOf, role } = articleDrafter('pg-draft-agreements-');

describe('a memorandum signed', () => {
  it('names the signing, the memorandum, the agencies (an acronym in their own language) and their boards', async () => {
    const seed = await draftOf(
      [
        '[Unofficial translation from Latvian.]',
        '',
        'Latvia and Finland sign memorandum on health data',
        '',
        'RIGA, 5 May 2026 – The Minister of Health, Ilze Berzina, and the Finnish Minister of Social Affairs, Aino Laine, today witnessed the signing of a memorandum of understanding between the National Health Service and the Health Data Permit Authority (FINDATA).',
        '',
        'The "Memorandum of Understanding on Cross-Border Data Permits" was signed by Juris Ozols, Chair of the Board of Directors of the National Health Service, and Mikko Virta, Director of FINDATA.',
      ].join('\n'),
    );
    expect(seed.source.name).toBe('Latvia and Finland sign memorandum on health data');
    expect(events(seed).map((e) => (e as { name?: string }).name)).toEqual([
      'Signing of the memorandum of understanding',
    ]);
    expect(seed.names('doc:')).toContain(
      'Memorandum of Understanding on Cross-Border Data Permits',
    );
    const findata = seed.entities.find((e) => e.acronym === 'FINDATA');
    expect(findata?.name).toBe('Health Data Permit Authority');
    expect(role(seed, 'person:mikko-virta', findata!.id)).toBeDefined();
    expect(seed.names('org:')).not.toContain('Directors');
    // ("…, Aino Laine, today witnessed …": no roles at what the sentence goes on to name)
    expect(
      seed.relationships.filter((r) => r.from === 'person:aino-laine' && r.to === findata!.id),
    ).toEqual([]);
  });
});

describe('people named by what they do', () => {
  it('"patient advocate X", "Thanks to X for …", "X spoke to her"', async () => {
    const seed = await draftOf(
      [
        'Network news',
        '',
        'At the forum, patient advocate Jana Horvat opened the panel on trust. Thanks to Piet de Vries for moderating!',
        '',
        'Greta Lund spoke to her about the new rules.',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Greta Lund', 'Jana Horvat', 'Piet de Vries']);
  });

  it('a quoted title’s first words are no person', async () => {
    const seed = await draftOf(
      [
        'Workshop announced',
        '',
        'We are organising a workshop on 24 March in Brussels, “Clinical Validation of Cardiac Models”, with Dr Eva Lind.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Eva Lind']);
  });
});
