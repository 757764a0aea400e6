import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 148–150 showed after they were scored once (issue 22).

const { draftOf } = articleDrafter('pg-draft-held-out-148-');

describe('a project’s results page', () => {
  it('reads a "Title" column under a heading "Public deliverables" as documents', async () => {
    const seed = await draftOf(
      [
        'TWIN-READY — Results (Charles University, coordinator)',
        '',
        'Public deliverables',
        'No.\tTitle\tLead partner\tDate',
        'D2.1\tHospital data readiness baseline report\tCharles University\t06/2024',
        'D3.2\tData quality and utility label: pilot report\tAgence Exemple\t03/2025',
      ].join('\n'),
    );
    expect(seed.names('doc:').filter((n) => !n.startsWith('TWIN-READY'))).toEqual([
      'Hospital data readiness baseline report',
      'Data quality and utility label: pilot report',
    ]);
  });

  it('a "Title" column under a heading of events is no list of documents', async () => {
    const seed = await draftOf(
      [
        'Charles University — upcoming talks',
        '',
        'No.\tTitle\tSpeaker\tDate',
        '1\tTwins at the bedside\tAgnieszka Kowalczyk\t06/2026',
      ].join('\n'),
    );
    expect(seed.names('doc:')).not.toContain('Twins at the bedside');
  });
});

describe('a sponsors’ table', () => {
  it('reads the "Partner" column of a "Tier⇥Partner⇥Booth" table as organisations, whatever their names', async () => {
    const seed = await draftOf(
      [
        'Twin Congress 2026 — sponsor news (Charles University)',
        '',
        'Tier\tPartner\tBooth',
        'Platinum\tNortwin Medical\tA10',
        'Gold\tAscendia Health Analytics\tB07',
        'Silver\tMedilynx Portugal\tC16',
      ].join('\n'),
    );
    expect(seed.names('org:')).toEqual(
      expect.arrayContaining(['Nortwin Medical', 'Ascendia Health Analytics', 'Medilynx Portugal']),
    );
  });

  it('a "Partner" column that is not the first, in another table, is read as before', async () => {
    const seed = await draftOf(
      [
        'Charles University — work packages',
        '',
        'WP\tPartner\tMonths',
        'WP1\tTomás Quintanilla\t1–24',
      ].join('\n'),
    );
    expect(seed.names('org:')).not.toContain('Tomás Quintanilla');
  });
});
