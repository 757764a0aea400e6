import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// Round 22 shapes (issue 22): an association's press statement, a magazine feature, a
// parliamentary question.

const { draftOf, role } = articleDrafter('pg-draft-statements-features-');

describe('a press statement', () => {
  it('label, blank lines, then the dateline; members listed; a company employs its chief executive', async () => {
    const seed = await draftOf(
      [
        'PRESS STATEMENT',
        '',
        'Hospital software makers ask for one rulebook',
        '',
        'Vienna, 4 March 2026 – MedSoft Europe, the trade body for hospital software, today answered the Commission. Its members include Charles University, Dedalus and Agfa HealthCare, as well as Tallinn-based start-ups.',
        '',
        '"One assessment is enough," said Petra Lang, chief executive of Kliniksoft Analytics.',
        '',
        'Kliniksoft Analytics, a Tartu-based developer of triage tools, joined in 2024.',
        '',
        'The association will present its views at a lunch debate it is hosting in Brussels on 12 March 2026.',
      ].join('\n'),
    );
    expect(seed.source.kind).toBe('PRESS_RELEASE');
    expect(seed.source.published).toBe('2026-03-04');
    expect(seed.names('doc:')).not.toContain('PRESS STATEMENT');
    // a member of one word is an organisation once two others are
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Dedalus', 'Agfa HealthCare']));
    expect(seed.names('person:')).toEqual(['Petra Lang']);
    expect(events(seed).map((e) => (e as { date?: string }).date)).toEqual(['2026-03-12']);
  });
});

describe('a magazine feature', () => {
  it('names a month-dated event by its apposition; quotes said to the writer are not dated by it', async () => {
    const seed = await draftOf(
      [
        'The lung that breathes twice',
        '',
        'At Leiden University Medical Center+ (Leiden UMC+), every asthma patient has a model. "We test the inhaler on the model first," says Dr Joris Bakker, pulmonologist at Leiden UMC+.',
        '',
        'The money came from NWO, the Dutch Research Organisation for Applied Science, which funds the work. The software comes from Pneumosim, a 12-person company in Delft.',
        '',
        'Bakker presented the results at EuroLung2025, the annual congress of the European Respiratory Society, held in Vienna in October 2025.',
        '',
        'Health economist Eva Dekker points out that nobody pays for the model yet.',
      ].join('\n'),
    );
    const orgs = seed.names('org:');
    expect(orgs).toEqual(
      expect.arrayContaining([
        'Leiden University Medical Center+',
        'Dutch Research Organisation for Applied Science',
        'Pneumosim',
      ]),
    );
    expect(orgs).not.toContain('Leiden UMC');
    expect(
      seed.entities.find((e) => e.name === 'Dutch Research Organisation for Applied Science'),
    ).toMatchObject({ acronym: 'NWO' });
    const [event] = events(seed) as { name?: string; date?: string; city?: string }[];
    expect(event).toMatchObject({ name: 'EuroLung2025', date: '2025-10', city: 'Vienna' });
    expect(seed.names('person:')).toContain('Eva Dekker');
    const quote = seed.entities.find((e) => e.id.startsWith('statement:'));
    expect(quote?.date).toBeUndefined();
  });

  it('"Maastricht University (UM)": a translated name’s initials in another order', async () => {
    const seed = await draftOf(
      [
        'Twin news',
        '',
        'The project is led with Leiden University (UL). Dr Tim de Boer of UL leads it.',
      ].join('\n'),
    );
    expect(seed.entities.find((e) => e.name === 'Leiden University')).toMatchObject({
      acronym: 'UL',
    });
    expect(role(seed, 'person:tim-de-boer', 'org:leiden-university')).toBeDefined();
  });
});

describe('a parliamentary question', () => {
  it('a question opening with "Does the Commission" names no organisation', async () => {
    const seed = await draftOf(
      [
        'Question for written answer to the Commission',
        'Anna Kovač (Renew, Croatia)',
        '',
        '1. Does the Commission intend to publish guidance on health data?',
        '2. Will the Commission fund the European Health Data Space?',
      ].join('\n'),
    );
    expect(seed.names('org:').some((o) => /^(?:Does|Will)\b/.test(o))).toBe(false);
  });
});
