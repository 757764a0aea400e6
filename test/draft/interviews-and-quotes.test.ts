import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

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
