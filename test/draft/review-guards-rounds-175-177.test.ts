import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// The reviewer's counter-examples to the rules added after blind rounds 175–177 (issue 22): each
// guards a reading the new rules must not break.

const { draftOf } = articleDrafter('pg-draft-guards-175-');

describe('tables', () => {
  it('still reads a two-column "Legal name⇥Country" table as its participants', async () => {
    const seed = await draftOf(
      [
        'Charles University coordinates the consortium.',
        '',
        'List of beneficiaries',
        'Legal name\tCountry',
        'UNIWERSYTECKI SZPITAL DZIECIECY W KRAKOWIE\tPL',
        'TARTU ULIKOOLI KLIINIKUM\tEE',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('Tartu Ulikooli Kliinikum');
  });

  it('reads no organisation from an investors’ table’s kinds of investor ("Business angels")', async () => {
    const seed = await draftOf(
      [
        'Vitalis Labs, a spin-off of Charles University, has raised €900,000.',
        '',
        'Investors\tAmount',
        'Czech Founders VC\t€400,000',
        'Business angels\t€150,000',
        'Existing shareholders\t€100,000',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Czech Founders VC');
    expect(orgs.filter((o) => /^(?:Business|Existing)/.test(o))).toEqual([]);
  });

  it('reads no people from regions’ rows over a country column', async () => {
    const seed = await draftOf(
      [
        'The joint action is coordinated by Charles University.',
        '',
        'Emilia Romagna\tCoordinator\tItaly',
        'Castilla León\tWork package leader\tSpain',
        'Santa Maria Nuova\tCoordinator of pilot\tItaly',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('names', () => {
  it('still reads a numbered hospital ("Szpital Kliniczny Nr 4", "Hospital No. 7")', async () => {
    const seed = await draftOf(
      'Lublin, 9 June 2026 – Uniwersytecki Szpital Kliniczny Nr 1 im. Norberta Barlickiego and City Clinical Hospital No. 7 in Kyiv will test e-prescriptions with Charles University.',
    );
    expect(
      seed.names('org:').some((o) => o.startsWith('Uniwersytecki Szpital Kliniczny Nr 1')),
    ).toBe(true);
  });

  it('reads "și" before another body of several words as two bodies', async () => {
    const seed = await draftOf(
      'Institutul Național de Sănătate Publică şi Spitalul Clinic Colentina vor testa platforma, a declarat Charles University.',
    );
    expect(
      seed.names('org:').filter((o) => o.includes('Colentina') && o.includes('Publică')),
    ).toEqual([]);
  });

  it('joins no German "im" ("… für Gesundheit im Oktober")', async () => {
    const seed = await draftOf(
      'Die Charité testet mit dem Bundesministerium für Gesundheit im Oktober die Patientenkurzakte, sagte Charles University.',
    );
    expect(seed.names('org:').filter((o) => o.includes('Oktober'))).toEqual([]);
  });

  it('reads no person from a lecture’s titled heading over a post', async () => {
    const seed = await draftOf(
      [
        'Newsletter of Charles University',
        '',
        'DR MARY FAVIER MEMORIAL LECTURE',
        'Secretary General',
        '',
        'The lecture will be given in Dublin.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('dates', () => {
  it('keeps the first clause’s event as the news: a later clause’s meeting does not date the article', async () => {
    const seed = await draftOf(
      'The eHealth Network met at Charles University in Brussels on 4 December 2025; the next meeting will be held in Warsaw on 11 June 2026.',
    );
    expect(String(seed.source.id)).toMatch(/^doc:2025-12-04/);
  });

  it('prefers a "Published" line to a listing’s "News | day | city" label in small letters', async () => {
    const seed = await draftOf(
      [
        'EHDS Stakeholder Forum 2026: registrations open',
        'News | 16 June 2026 | Brussels',
        '',
        'Published 2 May 2026',
        '',
        'Charles University invites stakeholders to the Forum, to be held in Brussels on 16 June 2026.',
      ].join('\n'),
    );
    expect(String(seed.source.published)).toBe('2026-05-02');
  });
});
