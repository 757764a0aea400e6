import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Shapes the held-out rounds 118–120 showed once they were scored (issue 22).

const { draftOf } = articleDrafter('pg-draft-held-out-118-');

describe('held-out rounds 118–120', () => {
  it('reads a forum introduced with its acronym in a list of stakeholders as an organisation', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. Stakeholders consulted included the European Patients’ Forum (EPF), said Dr Ana Costa of Agence Exemple.\n',
    );
    expect(seed.names('event:')).toEqual([]);
    expect(seed.names('org:')).toContain('European Patients’ Forum');
  });

  it('keeps a forum the sentence says was held as an event', async () => {
    const seed = await draftOf(
      'Brussels, 3 March 2026. The Digital Health Forum (DHF) was held in Lyon today, said Dr Ana Costa of Agence Exemple.\n',
    );
    expect(seed.names('event:')).toEqual(['Digital Health Forum']);
  });

  it('reads a report’s title with its year and its subtitle’s question', async () => {
    const seed = await draftOf(
      'Stockholm, 12 May 2026. At the ceremony the foundation will present its report Digital Health in Europe 2026: Who Benefits?, prepared with Agence Exemple, said Dr Ana Costa.\n',
    );
    expect(seed.names('doc:')).toEqual(['Digital Health in Europe 2026: Who Benefits?']);
  });

  it('reads the proposal a Commission document’s cover names', async () => {
    const seed = await draftOf(
      [
        'EUROPEAN COMMISSION',
        '',
        'Brussels, 24.2.2026',
        '',
        'COMMISSION STAFF WORKING DOCUMENT',
        '',
        'Accompanying the document',
        '',
        'Proposal for a COUNCIL RECOMMENDATION',
        'on the deployment of Virtual Human Twins in health and care systems',
        '',
        'Agence Exemple led the work, said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.names('doc:')).toContain(
      'Proposal for a Council Recommendation on the deployment of Virtual Human Twins in health and care systems',
    );
  });

  it('dates a meeting "on Thursday 16 and Friday 17 April", in a page last updated before it', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple | January–June 2026',
        'Home › Meetings › Health › Media',
        '',
        'Informal meeting of health ministers',
        'Practical information for media',
        '',
        'Last updated: 8 April 2026',
        '',
        'EU health ministers will meet in Lyon on Thursday 16 and Friday 17 April for an informal meeting chaired by Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.source.published).toBe('2026-04-08');
    const events = seed.entities.filter((e) => e.id.startsWith('event:'));
    expect(events.map((e) => [e.date, e.endDate])).toEqual([['2026-04-16', '2026-04-17']]);
  });
});
