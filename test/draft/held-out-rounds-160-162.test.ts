import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A shape the held-out rounds 160–162 showed after their one scoring (issue 22): a jury page's
// entries opened by an image's placeholder.

const { draftOf } = articleDrafter('pg-draft-held-out-160-');

describe('a jury page', () => {
  it('reads a name after "[photo]" over its title line as a person', async () => {
    const seed = await draftOf(
      [
        'MEET THE JURY',
        '',
        '[photo] Jonas Berglund',
        'Head of In Silico Innovation, Charles University',
        '',
        '[photo] Zorana Kvesić',
        'Chief Medical Information Officer, Agence Exemple',
      ].join('\n'),
    );
    expect(seed.names('person:').sort()).toEqual(['Jonas Berglund', 'Zorana Kvesić']);
  });
});

describe('a body named in capitals first', () => {
  it('is proposed as the text spells it in ordinary case later', async () => {
    const seed = await draftOf(
      '2nd MEETING OF THE OPEN HEART NETWORK\nSUMMARY RECORD\n\nDate: 4 March 2026\n\nThe Open Heart Network met Agnieszka Kowalczyk in Prague.\n',
    );
    expect(seed.names('org:')).toContain('Open Heart Network');
    expect(seed.names('org:')).not.toContain('OPEN HEART NETWORK');
  });
});

describe('an AGM’s minutes', () => {
  it('reads people re-elected and a shareholder speaking on behalf of a body', async () => {
    const seed = await draftOf(
      'Ulla Brink Sørensen, on behalf of Charles University, asked about the dividend. Anneli Koskinen and Rafael Ortega Muñoz were re-elected.',
    );
    expect(seed.names('person:').sort()).toEqual([
      'Anneli Koskinen',
      'Rafael Ortega Muñoz',
      'Ulla Brink Sørensen',
    ]);
  });

  it('still reads no person from a body re-elected', async () => {
    const seed = await draftOf(
      'Agnieszka Kowalczyk chaired the meeting. The Nordic Patients Forum was re-elected to the panel.',
    );
    expect(seed.names('person:')).toEqual([]);
  });
});

describe('review guards for the last rules', () => {
  it('recases a body in capitals only by a name’s spelling, not by a phrase in prose', async () => {
    const seed = await draftOf(
      'Dr Agnieszka Kowalczyk, HEALTH DATA HUB\n\nEvery country needs a health data hub. Digital health Europe-wide is moving fast.\n',
    );
    expect(seed.names('org:')).not.toContain('health data hub');
  });

  it('reads no person from a company elected or speaking on behalf of another', async () => {
    const seed = await draftOf(
      'Capgemini and Sopra Steria were elected as preferred bidders by Charles University. Deloitte Belgium and Ernst Young were elected as auditors. Novo Nordisk, on behalf of EFPIA, asked about data permits.',
    );
    expect(seed.names('person:')).toEqual([]);
  });
});
