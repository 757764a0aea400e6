import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A Parliament written question and the Commission's answer (blind round 55, issue 22).

const { draftOf } = articleDrafter('pg-draft-parliamentary-questions-');

const question = [
  'Question for written answer E-003412/2025',
  'Dana Petrescu (Renew), Tomasz Wilczek (PPE)',
  '',
  "During the exchange of views held in Parliament's Committee on Public Health (SANT) on 15 July 2025, several speakers warned the Commission.",
  '',
  "1. In addition, DG SANTE's Unit C.1 'Digital Health' organised a technical workshop with national authorities in Luxembourg on 16 June 2025.",
].join('\n');

describe('a written question and its answer', () => {
  it('report every event, when the best-dated sentence names none', async () => {
    const seed = await draftOf(question);
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => e.date).sort()).toEqual(['2025-06-16', '2025-07-15']);
    expect(events.find((e) => e.date === '2025-06-16')?.city).toBe('Luxembourg');
  });

  it('take no city from a body\'s name ("held in Parliament\'s Committee on …")', async () => {
    const seed = await draftOf(question);
    const views = seed.entities.find((e) => e.date === '2025-07-15');
    expect(views).toBeDefined();
    expect(views?.city).toBeUndefined();
  });
});

describe('a unit named in single quotation marks', () => {
  it('is named by what is quoted ("Unit C.1 \'Digital Health\'")', async () => {
    const seed = await draftOf(question);
    const unit = seed.entities.find((e) => e.kind === 'UNIT');
    expect(unit?.name).toBe('Digital Health');
  });
});

describe('a unit named in small letters', () => {
  it('is a unit: "the Commission\'s unit for X in DG Y", "DG Y\'s "X" unit"', async () => {
    const seed = await draftOf(
      [
        "Since January, Dr Ilse Vandersmissen has led the Commission's unit for digital health and the European Health Data Space in the Directorate-General for Health and Food Safety.",
        '',
        '- Pieter-Jan Claes, policy officer in DG SANTE\'s "European Health Data Space" unit (speaking in a personal capacity)',
      ].join('\n'),
    );
    const units = seed.entities.filter((e) => e.kind === 'UNIT').map((e) => e.name);
    expect(units).toEqual(
      expect.arrayContaining([
        'Unit for digital health and the European Health Data Space',
        'European Health Data Space unit',
      ]),
    );
  });
});
