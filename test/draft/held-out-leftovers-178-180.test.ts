import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 178–180 (issue 22) missed, mended after their one scoring.

const { draftOf } = articleDrafter('pg-draft-held-out-178-');

describe('an infographic’s timeline', () => {
  const PAGE = [
    'Charles University in numbers',
    '',
    'TIMELINE',
    '',
    'Oct 2022\tEDITH coordination and support action starts work on the roadmap',
    'Dec 2023\tVHT Initiative launched',
    'Oct 2025\tRoadmap presented at the high-level event, Brussels',
  ].join('\n');

  it('reads no row as the title of the row above it (no tab in an event’s name)', async () => {
    const events = (await draftOf(PAGE)).entities.filter((e) => e.id.startsWith('event:'));
    expect(events.filter((e) => String(e.name).includes('\t'))).toEqual([]);
  });
});

describe('honorifics of other languages', () => {
  it('reads "Pr" and "Doutora" as titles, not as part of the name', async () => {
    const seed = await draftOf(
      [
        '“Lyon has the clinicians,” says Pr Marc-Antoine Girardeau, President of Charles University.',
        '',
        'Scientific coordinator: Prof.ª Doutora Inês Carvalhal Magalhães, Principal Investigator, Charles University',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual([
      'Inês Carvalhal Magalhães',
      'Marc-Antoine Girardeau',
    ]);
  });
});

describe('a directorate named in quotes', () => {
  it('reads the quoted name as the directorate’s ("Directorate H "Digital Health, …"")', async () => {
    const seed = await draftOf(
      'Mr Jan Novák of Charles University will head Directorate H "Digital Health, Life Sciences and Public Services" in DG CONNECT.',
    );
    expect(seed.names('org:')).toContain('Digital Health, Life Sciences and Public Services');
    expect(seed.names('org:')).not.toContain('Public Services');
  });
});

describe('a name closed by a quoted word', () => {
  it('keeps the quoted word before "in" a place ("… Research "Demokritos" in Athens")', async () => {
    const seed = await draftOf(
      'Before joining Charles University, he was a researcher at the National Centre for Scientific Research "Demokritos" in Athens.',
    );
    expect(seed.names('org:')).toContain('National Centre for Scientific Research "Demokritos"');
  });
});

describe('held-out leftovers mended in the next stop', () => {
  it('reads French "Me" (Maître) as a lawyer’s title and a law firm by "Avocats"', async () => {
    const seed = await draftOf(
      'The petition was drafted with Me Thibaud Lacombe-Ndiaye, Partner at Lacombe & Associés Avocats, for Charles University.\n',
    );
    expect(seed.names('person:')).toContain('Thibaud Lacombe-Ndiaye');
    expect(seed.names('org:')).toContain('Lacombe & Associés Avocats');
  });
});
