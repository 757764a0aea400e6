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
});
