import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A conference abstract with numbered affiliations (held-out round 77, issue 22; fixed after it was
// scored once): the authors are people, each with a role at the first named organisation of the
// lines their numbers point to.

const { draftOf, role } = articleDrafter('pg-draft-abstracts-');

const abstract = [
  'Federated calibration of cardiac virtual twins',
  'Ana Sofia Meireles1, Jonas Vrieling2, Hélène Okafor-Lindqvist2,3,*',
  '1 Centre for Computational Physiology (C2P), Faculty of Engineering, University of Porto, Portugal\n2 Maastricht Institute of Digital Medicine (MIDM), Maastricht University, the Netherlands\n3 Biomechanics Section, Department of Mechanical Engineering, Charles University, Czechia\n* Corresponding author',
  'Background: Virtual human twins must be calibrated on large cohorts.',
].join('\n\n');

describe('an abstract with numbered affiliations', () => {
  it('takes each author for a person', async () => {
    const seed = await draftOf(abstract);
    expect(seed.names('person:')).toEqual(
      expect.arrayContaining(['Ana Sofia Meireles', 'Jonas Vrieling', 'Hélène Okafor-Lindqvist']),
    );
  });

  it('gives each author a role at the first named organisation of each of their lines', async () => {
    const seed = await draftOf(abstract);
    const [meireles, okafor] = ['person:ana-sofia-meireles', 'person:helene-okafor-lindqvist'];
    expect(role(seed, meireles, 'org:centre-for-computational-physiology')).toBeDefined();
    expect(role(seed, okafor, 'org:maastricht-institute-of-digital-medicine')).toBeDefined();
    expect(role(seed, okafor, 'org:charles-university')).toBeDefined();
    expect(seed.names('org:')).not.toContain('2 Maastricht Institute of Digital Medicine');
  });
});
