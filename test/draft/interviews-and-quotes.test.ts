import { describe, expect, it } from 'vitest';
import { articleDrafter, statements } from './draft-of.js';

// Interviews whose lines open with who speaks, and quotes in guillemets or straight single quotes
// (issue 22, round 8).

const { draftOf, role } = articleDrafter('pg-draft-interviews-');

describe('an interview with speakers’ labels', () => {
  it('takes the label whose lines ask for the interviewer, and the other label’s answers as the interviewee’s', async () => {
    const seed = await draftOf(
      [
        'source: "Validation first": five questions for Ewa Nowak-Lindt',
        'date: 2026-02-19',
        '---',
        'Ewa Nowak-Lindt is scientific director of the Baltic Institute for Computational Medicine. Our editor Tomás Ó Briain spoke to her.',
        '',
        'EHTR: What is the main finding?',
        '',
        'Nowak-Lindt: That Europe builds excellent models and validates too few of them. We surveyed many groups.',
        '',
        'EHTR: Will the data space change that?',
        '',
        'Nowak-Lindt: It should. But the health data access bodies need staff and money.',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Ewa Nowak-Lindt', 'Tomás Ó Briain']);
    const said = seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text);
    expect(said).toEqual([
      'That Europe builds excellent models and validates too few of them.',
      'But the health data access bodies need staff and money.',
    ]);
    const made = seed.relationships.filter((r) => r.type === 'MADE_BY').map((r) => r.to);
    expect(new Set(made)).toEqual(new Set(['person:ewa-nowak-lindt']));
  });
});

describe('quotes in other marks', () => {
  it('reads «…» and a straight single quote after a colon, and "Org’s chief executive Dr X"', async () => {
    const seed = await draftOf(
      [
        'Centre opens',
        '',
        'Kardiosim GmbH joined the centre on 3 March 2026. UPT rector Professor Joaquín Ibáñez Roig said: «This centre is where our engineers and clinicians finally share one corridor.»',
        '',
        "Kardiosim's chief executive Dr Anneliese Vogt-Brenner added: 'Europe has the data. What it needs now is models that regulators can trust.'",
      ].join('\n'),
    );
    const said = seed.entities.filter((e) => e.id.startsWith('statement:')).map((e) => e.text);
    expect(said).toEqual([
      'This centre is where our engineers and clinicians finally share one corridor.',
      'Europe has the data. What it needs now is models that regulators can trust.',
    ]);
    expect(role(seed, 'person:anneliese-vogt-brenner', 'org:kardiosim-gmbh')).toMatchObject({
      title: 'chief executive',
    });
  });
});

// A translated newspaper interview (held-out round 72): the questions lead up to their "?" over a
// sentence or two, and the page's date is the translation's.
describe('a translated interview', () => {
  const interview = [
    'Translated from Portuguese. First published in Diário do Atlântico on Sunday, 1 February 2026. Interview by Carla Meneses Pinto. English translation: 3.2.2026.',
    'Portugal will create a national body, Health Minister Ana Costa told the paper.',
    'Minister, Brussels adopted the European Health Data Space a year ago. What changes for a patient?',
    'Very little that they will see. Europe needs patients to trust the system before it needs anything else.',
    'You often speak about "digital twins". Isn\'t that science fiction?',
    'Less than you think. Hospitals must be ready to share their models, or the twins will stay in the lab.',
  ].join('\n\n');

  it("dates the page by the translation's date", async () => {
    const seed = await draftOf(interview);
    expect((seed.source as { published?: string }).published).toBe('2026-02-03');
  });

  it('takes the answers under questions that lead up to their "?"', async () => {
    const seed = await draftOf(interview);
    expect(statements(seed)).toEqual(
      expect.arrayContaining([
        'Europe needs patients to trust the system before it needs anything else.',
        'Hospitals must be ready to share their models, or the twins will stay in the lab.',
      ]),
    );
  });
});
