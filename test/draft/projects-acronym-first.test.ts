import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// An EU agency's workshop news (blind round 51, issue 22): "the 11 Digital Europe projects …,
// among them TWINCARE-EU (Trusted Twins for Integrated Care in Europe), coordinated by VITO".

const { draftOf } = articleDrafter('pg-draft-projects-acronym-first-');

const news = (sentence: string) =>
  ['Workshop news', '', `BRUSSELS, 3 March 2026 – ${sentence}`].join('\n');

describe('an acronym, then a full name with no organisation word in brackets', () => {
  it('is a project where the sentence speaks of projects', async () => {
    const seed = await draftOf(
      news(
        'The workshop brought together the 11 projects the Agency manages, among them TWINCARE-EU (Trusted Twins for Integrated Care in Europe), with Dr Ilse Vanbrabant.',
      ),
    );
    expect(seed.entities.find((e) => e.acronym === 'TWINCARE-EU')?.id).toMatch(/^project:/);
  });

  it('is a project when it is coordinated by someone', async () => {
    const seed = await draftOf(
      news(
        'Dr Ilse Vanbrabant presented TWINCARE-EU (Trusted Twins for Integrated Care in Europe), coordinated by VITO.',
      ),
    );
    expect(seed.entities.find((e) => e.acronym === 'TWINCARE-EU')?.id).toMatch(/^project:/);
  });

  it('stays an organisation otherwise', async () => {
    const seed = await draftOf(
      news(
        'Dr Ilse Vanbrabant of TWINCARE-EU (Trusted Twins for Integrated Care in Europe) spoke.',
      ),
    );
    expect(seed.entities.find((e) => e.acronym === 'TWINCARE-EU')?.id).toMatch(/^org:/);
  });
});

// (a ministry's EHDS news, blind round 50)
describe('a funding facility', () => {
  it('"the Recovery and Resilience Facility (RRF)" is a programme, not an organisation', async () => {
    const seed = await draftOf(
      news(
        'Dr Ilse Vanbrabant said €24 million comes from the Recovery and Resilience Facility (RRF).',
      ),
    );
    expect(seed.entities.find((e) => e.acronym === 'RRF')?.id).toMatch(/^initiative:/);
  });

  it('a research facility stays an organisation', async () => {
    const seed = await draftOf(
      news('Dr Ilse Vanbrabant works at the Biomedical Imaging Facility (BIF) in Ghent.'),
    );
    expect(seed.entities.find((e) => e.acronym === 'BIF')?.id).toMatch(/^org:/);
  });

  it('"X, a Horizon Europe project", "The X pilot", "X will be coordinated by": a project, not an organisation', async () => {
    for (const text of [
      'The research was carried out within LUNGTWIN, a Horizon Europe project coordinated by Charles University, said Dr Ana Costa.',
      'The LUNGTWIN pilot enrols patients this year, said Dr Ana Costa.',
      'LUNGTWIN will be coordinated by Charles University, said Dr Ana Costa.',
    ]) {
      const seed = await draftOf(text);
      expect(seed.names('project:')).toContain('LUNGTWIN');
      expect(seed.names('org:')).not.toContain('LUNGTWIN');
    }
  });
});
