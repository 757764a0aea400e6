import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';
import { findDateline } from '../../src/draft/dateline.js';

// An informal ministers' meeting's Presidency conclusions (blind round 53, issue 22).

const { draftOf } = articleDrafter('pg-draft-council-conclusions-');

const conclusions = [
  'Informal Meeting of Health Ministers of the Presidency',
  '',
  'Nicosia, 17/04/2026',
  '',
  '1. The meeting was chaired by Dr Eleni Kyriakidou-Pavlou. The European Commission was represented by Olivér Várhelyi, Commissioner for Health and Animal Welfare, accompanied by Director-General for Health and Food Safety Sandra Gallina.',
  '',
  '2. Ministers UNDERLINED the potential of virtual human twins and INVITED the Commission to report back.',
].join('\n');

describe('Presidency conclusions', () => {
  it('name no person for an event’s name, nor for a portfolio before "accompanied by"', async () => {
    const seed = await draftOf(conclusions);
    const people = seed.names('person:');
    expect(people).toContain('Eleni Kyriakidou-Pavlou');
    expect(people.filter((n) => /Meeting|Welfare/.test(n))).toEqual([]);
  });

  it('name no organisation for a verb in capitals', async () => {
    const seed = await draftOf(conclusions);
    expect(seed.names('org:').filter((n) => /INVITED|UNDERLINED/.test(n))).toEqual([]);
  });
});

describe('a dateline with its day in figures', () => {
  it('reads "Nicosia, 17/04/2026" day first, and dates a yearless day before it in that year', async () => {
    const seed = await draftOf(
      [
        'Health Ministers — Presidency Conclusions',
        '',
        'Nicosia, 17/04/2026',
        '',
        'Over a working lunch on 16 April, ministers heard Prof. Stavros Ioannou, President of the European Patients Forum (EPF).',
      ].join('\n'),
    );
    const lunch = seed.entities.find((e) => e.id.startsWith('event:'));
    expect(lunch?.date).toBe('2026-04-16');
    expect(findDateline('Nicosia, 17/04/2026\n\nText.')).toMatchObject({
      city: 'Nicosia',
      date: '2026-04-17',
    });
    expect(findDateline('Nicosia, 31/02/2026\n\nText.')).toBeUndefined();
    // (a release from two places: the first is the dateline's)
    expect(
      findDateline(
        'MUNICH, Germany / BRUSSELS, Belgium, March 10, 2026 — Cortexa today announced.',
      ),
    ).toMatchObject({ city: 'Munich', country: 'Germany', date: '2026-03-10' });
  });
});

describe('a declaration signed at the meeting', () => {
  it('is dated by no deadline ("open to signatures until …") and has no city from its own name', async () => {
    const seed = await draftOf(
      [
        'Nicosia, 17/04/2026',
        '',
        'Ministers SUPPORTED the Nicosia Declaration on Trustworthy Artificial Intelligence in Health, signed at the meeting by 24 Member States and open to further signatures until 31 December 2026, said Dr Ana Costa.',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => e.date)).not.toContain('2026-12-31');
    expect(events.map((e) => e.city)).not.toContain('Health');
  });

  it('still reads an unknown city after a verb ("held in Vilnius")', async () => {
    const seed = await draftOf(
      'Brussels, 17/04/2026\n\nThe first Twin Data Forum was held in Kaunasburg on 3 March 2026, said Dr Ana Costa.',
    );
    expect(seed.entities.find((e) => e.id.startsWith('event:'))?.city).toBe('Kaunasburg');
  });
});

describe("a Presidency's page", () => {
  it('names the WHO office in full and takes no organisation from the title line', async () => {
    const seed = await draftOf(
      [
        'Informal Meeting of Health Ministers — Presidency Conclusions',
        '',
        'Nicosia, 17/04/2026',
        '',
        'The European Medicines Agency (EMA) and the WHO Regional Office for Europe attended as observers, said Dr Ana Costa.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('WHO Regional Office for Europe');
    expect(orgs.filter((n) => /Conclusions|Ministers/.test(n))).toEqual([]);
  });
});

describe('a long sentence dated by the dateline', () => {
  it('is quoted in whole words, so the draft validates ("after a final trilogue of …")', async () => {
    const seed = await draftOf(
      'Brussels, 26.03.2026 – In the early hours of this morning, after a final trilogue of more than 14 hours in the Europa building, the Cyprus presidency of the Council and negotiators from the European Parliament reached a provisional agreement on the regulation on European reference datasets and validation facilities for artificial intelligence in health, said Dr Ana Costa.',
    );
    const trilogue = seed.entities.find((e) => e.id.startsWith('event:'));
    expect(trilogue?.kind).toBe('MEETING');
    expect(String(trilogue?.quote)).toMatch(/ and$/);
  });
});
