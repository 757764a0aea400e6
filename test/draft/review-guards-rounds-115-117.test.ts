import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Counter-examples a reviewer wrote against the rules of rounds 115–117 (issue 22): each failed
// on the first version of those rules.

const { draftOf, role } = articleDrafter('pg-draft-review-115-');
const titles = (seed: Awaited<ReturnType<typeof draftOf>>) =>
  seed.relationships.filter((r) => r.type === 'HOLDS_ROLE').map((r) => [r.from, r.to, r.title]);

describe('review of rounds 115–117', () => {
  it('reads no delegation from a report’s country sections', async () => {
    const seed = await draftOf(
      [
        'Country notes, Agence Exemple, 3 March 2026',
        '',
        'Finland:',
        'Dr Mikko Laine     Chief Medical Information Officer',
        '',
        'Germany:',
        'Prof. Anna Schmidt, a data protection expert, warned that hospitals need more time.',
      ].join('\n'),
    );
    expect(seed.names('org:').filter((n) => n.startsWith('Government'))).toEqual([]);
  });

  it('gives no post from a programme’s labels over speakers, with no directory lines', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple',
        '',
        'Keynote',
        'KOWALCZYK Agnieszka',
        '',
        'Researcher of the month',
        'COSTA Ana',
      ].join('\n'),
    );
    expect(titles(seed)).toEqual([]);
  });

  it('reads no unit in a report’s numbered sections', async () => {
    const seed = await draftOf(
      [
        'Annex to the study by Agence Exemple, 3 March 2026',
        '',
        'A.2 Unit Costs and Assumptions',
        'B.1 Head and Neck Cancer Cohort',
        'B.2 Data Sources',
        'Unit prices came from the hospitals, said Dr Ana Costa.',
      ].join('\n'),
    );
    expect(seed.entities.filter((e) => e.kind === 'UNIT')).toEqual([]);
  });

  it('reads no person in a table of products, nor a journey in a chat’s shape', async () => {
    const seed = await draftOf(
      [
        'Products, Agence Exemple, 3 March 2026 (Dr Ana Costa)',
        '',
        'Name                 Company              Category',
        'Heart Mirror Pro     Charles University   Cardiac simulation',
        '',
        '08:15  From Brussels Midi to Luxembourg Gare:',
      ].join('\n'),
    );
    expect(seed.names('person:')).toEqual(['Ana Costa']);
  });

  it('keeps a page’s own title over a "Topic:" line', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple Webinar #4: Regulatory pathways for twins',
        'Topic: Regulatory science',
        'Date: Thursday 22 January 2026, 14:00–15:30',
        '',
        'Dr Ana Costa of Agence Exemple will moderate.',
      ].join('\n'),
    );
    expect(seed.names('event:')).not.toContain('Regulatory science');
  });

  it('gives a CV’s post to the person it is about, at the employer, not a funder', async () => {
    const seed = await draftOf(
      [
        'Curriculum vitae',
        'Dr Ana Costa',
        '',
        '2022–2025   Principal Investigator, Charles University, funded by Agence Exemple',
        '2019–2022   Postdoctoral researcher, Charles University',
        '2021   Young Investigator Award, Agence Exemple',
      ].join('\n'),
    );
    expect(titles(seed).filter((t) => t[1] === 'org:agence-exemple')).toEqual([]);
    expect(role(seed, 'person:ana-costa', 'org:charles-university')).toBeDefined();
  });

  it('gives a contact under a partner’s paragraph no role at the partner', async () => {
    const seed = await draftOf(
      [
        'Agence Exemple provides the platform for the symposium on 3 March 2026.',
        'Contact: Anna Berg, Communication Officer, Charles University',
      ].join('\n'),
    );
    expect(role(seed, 'person:anna-berg', 'org:agence-exemple')).toBeUndefined();
  });

  it('reads no event in a seminar one teaches, nor in a seminar room', async () => {
    const seed = await draftOf(
      'Dr Ana Costa of Agence Exemple. Since 12 February 2024 she teaches a master’s seminar on health data law and books the seminar room.\n',
    );
    expect(seed.names('event:')).toEqual([]);
  });

  it('keeps a person named before their country, and "Adviser to the Rector"', async () => {
    const seed = await draftOf(
      [
        'Panel, Agence Exemple, 3 March 2026',
        '',
        'Mary Byrne, Ireland',
        'Chief Nursing Officer, Department of Health',
        '',
        'Charles University, whose Adviser to the Rector Anna Peeters chaired the panel, said "yes".',
        'Agence Exemple will send its ten proposals to Executive Vice-President Agnieszka Kowalczyk.',
      ].join('\n'),
    );
    expect(seed.names('person:')).toContain('Mary Byrne');
    expect(role(seed, 'person:anna-peeters', 'org:charles-university')?.title).toBe(
      'Adviser to the Rector',
    );
    expect(role(seed, 'person:agnieszka-kowalczyk', 'org:agence-exemple')).toBeUndefined();
  });
});
