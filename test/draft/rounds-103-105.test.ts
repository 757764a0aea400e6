import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes blind rounds 103–105 showed (issue 22): a mail's salutation, a project's name spelt out
// after its acronym, …

const { draftOf } = articleDrafter('pg-draft-rounds-103-');

describe('rounds 103–105', () => {
  it('reads no "Dear" into the name a mail greets', async () => {
    const seed = await draftOf(
      [
        'To: Marta Kowalczyk',
        'Subject: Registration confirmed',
        '',
        'Dear Marta Kowalczyk,',
        '',
        'Thank you for registering, says Dr Ana Costa of Agence Exemple.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toContain('Marta Kowalczyk');
    expect(seed.names('person:').filter((n) => n.startsWith('Dear'))).toEqual([]);
  });

  it('reads no person in a project’s name spelt out after its acronym', async () => {
    const seed = await draftOf(
      'TWIN4CARE (Clinical Adoption of Virtual Human Twins in Care Pathways) is coordinated by Dr Ana Costa of Agence Exemple.',
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });

  it('gives the attendance list’s posts at the body whose minutes they are', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        'Home › About us › Governance › Board decisions',
        '',
        'Summary of Decisions',
        '',
        'Present (Board members): Ms Siobhán Ní Bhriain (Chair); Prof. Conor Mac Aodha (Deputy Chair); Ms Ingrid Halvorsen.',
        'In attendance: Dr Pádraig Ó Ceallaigh, Chief Executive Officer; Mr Ruairí Dunne, Board Secretary.',
        'Apologies: Mr Kieran Foley.',
        '',
        'Resolution 2026/01 – The minutes of the meeting of 11 December 2025 were approved.',
      ].join('\n'),
    );
    const titles = seed.relationships
      .filter((r) => r.type === 'HOLDS_ROLE' && r.to === 'org:agence-exemple')
      .map((r) => [r.from, r.title]);
    expect(titles).toEqual([
      ['person:siobhan-ni-bhriain', 'Chair'],
      ['person:conor-mac-aodha', 'Deputy Chair'],
      ['person:ingrid-halvorsen', 'Board member'],
      ['person:padraig-o-ceallaigh', 'Chief Executive Officer'],
      ['person:ruairi-dunne', 'Board Secretary'],
    ]);
  });

  it('gives no role from "X, the Board approved …" (a clause with its own subject)', async () => {
    const seed = await draftOf(
      'Following a presentation by Dr Tomasz Wróblewski, the Board approved the partnership with Charles University.',
    );
    expect(seed.relationships.filter((r) => r.type === 'HOLDS_ROLE')).toEqual([]);
  });

  it('reads a government’s "Department of Health" as an organisation', async () => {
    const seed = await draftOf(
      'Dr Ana Costa of Agence Exemple welcomed the Department of Health’s public consultation.',
    );
    expect(seed.names('org:')).toContain('Department of Health');
  });
});
