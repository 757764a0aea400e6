import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes of blind round 34 (issue 22): a page's credits, a field after an academic title, a name
// joined by a dash, a footer's legal form; other words.

const { draftOf, role } = articleDrafter('pg-draft-credits-');

describe('credits, fields and footers', () => {
  it('"Editing: X. Music: Y" are people; "Photo: Agency Name" is not', async () => {
    const seed = await draftOf(
      [
        'Episode 12: data permits',
        '',
        'Recorded on 3 March 2026. Produced by Nordwave Audio AB for the Nordic Health Forum. Sound: Tove Lindahl. Translation: Piotr Zielinski. Photo: Nordic Press Agency.',
      ].join('\n'),
    );
    const people = seed.names('person:');
    expect(people).toEqual(expect.arrayContaining(['Tove Lindahl', 'Piotr Zielinski']));
    expect(people).not.toContain('Nordic Press Agency');
  });

  it('a field after an academic title is neither an organisation nor a person', async () => {
    const seed = await draftOf(
      [
        'New chairs',
        '',
        'Dr Elin Strand, Professor of Marine Epidemiology',
        'Strand joins us on 3 March 2026. Jon Aas, Lecturer in Health Economics at Bergen Data University, welcomed her.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(['Bergen Data University']);
    expect(seed.names('person:')).toEqual(['Elin Strand', 'Jon Aas']);
    expect(role(seed, 'person:jon-aas', 'org:bergen-data-university')).toMatchObject({
      title: 'Lecturer in Health Economics',
    });
  });

  it('a name joined by a dash; a legal form in capitals ends at a full stop; "Contact the …" is a verb', async () => {
    const seed = await draftOf(
      [
        'Campus news',
        '',
        'On 3 March 2026 the Oder–Neisse University signed with Brightlake Media SARL. All partners agreed. Questions? Write the Press Office.',
        '',
        '© 2026 Brightlake Media SARL. All rights reserved.',
      ].join('\n'),
    );
    expect(seed.names('org:').sort()).toEqual(['Brightlake Media SARL', 'Oder–Neisse University']);
  });

  it('a date in brackets after a capitalised name is no affiliation ("our third Annual Summit (4–5 May 2025)")', async () => {
    const seed = await draftOf(
      [
        'Year in review',
        '',
        'Our third Annual Summit (4–5 May 2025) was hosted by the Nordvik Data Institute in Oslo and drew 200 participants.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a title before a name', () => {
  it('"The chair of the X Association (ACR), Name, said": the acronym is part of the title', async () => {
    const seed = await draftOf(
      [
        'Plan welcomed',
        '',
        'On 3 March 2026 the plan was presented. The chair of the Baltic Association of Rare Disease Patients (BARDP), Liga Ozolina, welcomed it.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Liga Ozolina']);
  });
});
