import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Round 19 shapes (issue 22): an MEP's byline and colleagues named with their political group and
// country in brackets.

const { draftOf, role } = articleDrafter('pg-draft-parliament-');

describe('members of the European Parliament', () => {
  it('"X, MEP (Group, Country)": a role at the Parliament titled MEP and one at the group', async () => {
    const seed = await draftOf(
      [
        'Opinion: data we can trust',
        '',
        'By Karin Holmqvist, MEP (Renew Europe, Sweden)',
        '',
        'Last week my colleague Petr Dvořák (Greens/EFA, Czechia) asked the Commission for a plan.',
      ].join('\n'),
    );
    expect(role(seed, 'person:karin-holmqvist', 'org:european-parliament')?.title).toBe('MEP');
    expect(role(seed, 'person:karin-holmqvist', 'org:renew-europe')).toBeDefined();
    // a word and an acronym joined by a slash are one group's name
    expect(seed.names('org:')).toContain('Greens/EFA');
    expect(role(seed, 'person:petr-dvorak', 'org:greens-efa')).toBeDefined();
  });

  it('an organisation’s acronym in brackets is not a second organisation', async () => {
    const seed = await draftOf(
      [
        'Speakers',
        '',
        '• Dr. Lena Vogt, Group Leader, Karolinska Institutet (KI)',
        '• Dr. Omar Haddad, Director, SANTE/CONNECT joint task force',
      ].join('\n'),
    );
    expect(seed.names('org:')).not.toContain('KI');
    expect(seed.names('org:')).not.toContain('SANTE/CONNECT');
  });
});
