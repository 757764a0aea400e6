import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 166–168 missed, mended in the stop after their one scoring (issue 22).

const { draftOf } = articleDrafter('pg-draft-leftovers-166-');

describe('a list of accredited media', () => {
  const LIST = [
    'LIST OF ACCREDITED MEDIA',
    'Status: 11/03/2026',
    '',
    'No.\tSurname\tFirst name\tMedia\tCountry\tFunction\tBadge',
    '1\tAndreou\tChristos\tCyprus News Agency (CNA)\tCY\tHealth editor\tPress',
    '2\tBAUER\tLena\tDeutsche Welle\tDE\tBrussels correspondent\tPress',
    '3\tCharalambous\tMarios\tPolitis\tCY\tReporter\tPress',
    '',
    'Badges can be collected at the media desk.',
  ].join('\n');

  it('names each row’s person from the surname and first-name columns', async () => {
    const seed = await draftOf(LIST);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Christos Andreou', 'Lena Bauer', 'Marios Charalambous']),
    );
  });

  it('reads the media column as the bodies they work for, with the function as title', async () => {
    const seed = await draftOf(LIST);
    expect(seed.names('org:')).toEqual(expect.arrayContaining(['Deutsche Welle', 'Politis']));
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: 'person:lena-bauer',
        type: 'HOLDS_ROLE',
        to: 'org:deutsche-welle',
        title: 'Brussels correspondent',
      }),
    );
  });

  it('still reads nobody from a "Name⇥First name" header over rows of things', async () => {
    const seed = await draftOf(
      'Charles University counts its registrations.\n\nName\tFirst name\tCount\nTotal\tAll\t12\nRegistered\tNone\t3\n',
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('a plenary agenda', () => {
  it('reads "Report Name (A10-…)" after the rapporteur’s full name as the label and the name', async () => {
    const seed = await draftOf(
      [
        '2.\tRoll-out of the European Health Data Space',
        '\tReport: Ilse Vandermeulen (Renew, BE)\tA10-0214/2025',
        '',
        'Deadlines for tabling amendments',
        '\tReport Ilse Vandermeulen (A10-0214/2025)\tWednesday, 19 November, 12:00',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ilse Vandermeulen']);
  });
});

describe('a conference titled in quotes over its venue line', () => {
  const PAGE = [
    'High-Level Conference "Virtual Human Twins: From Research to the Bedside"',
    'Filoxenia Conference Centre, Nicosia | 12-13 March 2026',
    '',
    'Last updated: 11 March 2026',
    '',
    'The conference is organised by Charles University.',
    '',
    '• 13 March, 16:30 – Closing press conference with the organisers.',
  ].join('\n');

  it('names the event by its title, dated and placed by the line under it', async () => {
    const seed = await draftOf(PAGE);
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.name, e.date, e.endDate])).toEqual([
      ['Virtual Human Twins: From Research to the Bedside', '2026-03-12', '2026-03-13'],
    ]);
  });
});

describe('a regional government', () => {
  it('reads "Generalitat" as an organisation’s head word', async () => {
    const seed = await draftOf(
      'I thank the Rector of Charles University and Dr Ana Ferrer. The Generalitat Valenciana will provide €9 million, and the Generalitat Valenciana and Ana Ferrer signed it.',
    );
    expect(seed.names('person:')).not.toContain('Generalitat Valenciana');
    expect(seed.names('org:')).toContain('Generalitat Valenciana');
  });
});

describe('a social network’s page', () => {
  it('reads no organisation from the site’s menus', async () => {
    const seed = await draftOf(
      [
        'LinkedIn',
        'Home   My Network   Jobs   Messaging   Notifications   Me ▾   For Business ▾',
        '',
        'I am starting a new position as Policy Officer at Charles University!',
        '',
        'About   Accessibility   Help Center   Privacy & Terms ▾   Ad Choices   Advertising   More',
      ].join('\n'),
    );
    expect(seed.names('org:')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:My Network|Help Center)$/)]),
    );
  });
});

describe('a hearing’s kind over its quoted title and its day', () => {
  it('names the hearing by its title, not by its venue line', async () => {
    const seed = await draftOf(
      [
        'Committee on Public Health',
        '',
        'PUBLIC HEARING',
        '"Virtual Human Twins and AI in clinical care: are Europe\'s health systems ready?"',
        'Tuesday, 27 January 2026, 14.30-16.30',
        'Brussels, József Antall building, room JAN 4Q2',
        '',
        'WRITTEN STATEMENT OF EXPERT',
        '',
        'Prof. Dr. Katharina Wendel-Auer, Charles University',
      ].join('\n'),
    );
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.name, e.date])).toEqual([
      [
        "Virtual Human Twins and AI in clinical care: are Europe's health systems ready?",
        '2026-01-27',
      ],
    ]);
  });
});
