import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 154–156 showed after their single score (issue 22): a cabinet's
// staff directory, each name over its files and a phone line.

const { draftOf } = articleDrafter('pg-draft-held-out-154-');

describe('a staff directory', () => {
  const page = [
    'Cabinet of Commissioner Agnieszka Kowalczyk',
    '',
    'Deputy Head of Cabinet',
    'Thomas Vandenbrouck',
    'Pharmaceutical legislation; Critical Medicines Act; European Medicines Agency',
    'Tel. +32 2 296 18 52',
    '',
    'Members of Cabinet',
    'Mikkel Brandt Sørensen',
    'Food safety; animal welfare; One Health',
    'Tel. +32 2 295 60 14',
    '',
    'Contact',
    'Berlaymont, Rue de la Loi 200',
    'Tel. +32 2 299 11 11',
  ].join('\n');

  it('reads each name over its files and a phone line as a person', async () => {
    const seed = await draftOf(page);
    expect(seed.names('person:').sort()).toEqual(['Mikkel Brandt Sørensen', 'Thomas Vandenbrouck']);
  });

  it('reads no organisation in a line of someone’s files', async () => {
    const orgs = (await draftOf(page)).names('org:');
    expect(orgs).not.toContain('Pharmaceutical');
  });
});
