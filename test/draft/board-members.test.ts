import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A call for nominations listing a board's current members (blind round 67, issue 22): German
// doctorates before a name, and a role in brackets between a name and its organisation.

const { draftOf, role } = articleDrafter('pg-draft-board-members-');

const members = [
  'The Board currently has three members:',
  '- Prof. Mario Rossi (Chair), Alma Mater Studiorum – Università di Bologna',
  '- Prof. Dr. med. Annika Hoffmeister, Charité – Universitätsmedizin Berlin',
  '- Dr. rer. nat. Jonas Weber, Charles University',
].join('\n');

describe("a board's list of members", () => {
  it('reads "Prof. Dr. med." and "Dr. rer. nat." as titles before a person', async () => {
    const seed = await draftOf(members);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Annika Hoffmeister', 'Jonas Weber']),
    );
  });

  it('gives the organisation after a role in brackets ("X (Chair), Org")', async () => {
    const seed = await draftOf(members);
    expect(
      role(seed, 'person:mario-rossi', 'org:alma-mater-studiorum-universita-di-bologna'),
    ).toBeDefined();
  });
});
