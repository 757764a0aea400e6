import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

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

describe("a board's meetings", () => {
  const call =
    "Girona, 2 April 2026. The terms of reference (adopted 12 February 2026) allow nine members, said Dr Ana Costa.\n\nThe newly appointed members will join their first meeting on 8 October 2026 in Girona, held alongside the project's General Assembly and hosted by Agence Exemple.";

  it('names the meeting, not the event it is held alongside', async () => {
    const seed = await draftOf(call);
    expect(events(seed).map((e) => [e.date, e.name])).toEqual([
      ['2026-10-08', 'Meeting in Girona'],
    ]);
  });
});

// Minutes with a list of those present (blind round 66): a name with no title on its line is a
// person's when the minutes later give the surname a title; a unit named "eHealth and …".
describe('minutes with a list of those present', () => {
  const minutes = [
    'Present:',
    'Dr Aoife Brennan-Kelly, Principal Officer, eHealth and Health Data Policy Unit, Department of Health (Chair)',
    'Mairéad Costigan, Patient Data Advocacy Ireland (PDAI)',
    '',
    'Ms Costigan restated the position of PDAI.',
  ].join('\n');

  it('reads a name titled later ("Ms Costigan") as a person', async () => {
    const seed = await draftOf(minutes);
    expect(seed.names('person:')).toContain('Mairéad Costigan');
  });

  it('keeps "eHealth and" in a unit’s name', async () => {
    const seed = await draftOf(minutes);
    expect(seed.names('org:')).toContain('eHealth and Health Data Policy Unit');
  });
});
