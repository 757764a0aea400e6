import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// A conference's list of speakers (issue 22, round 7): "Title, Organisation, City" lines, a role
// word inside an organisation's name, an apposition ended by a verb in the present, figures of
// the programme.

const { draftOf, role } = articleDrafter('pg-draft-speakers-');

const PAGE = [
  'Twin Days 2026: speakers',
  '',
  'The Agency for Data, Content and Technology will hold its Twin Days 2026 conference on 21 April 2026 in Lisbon. More than 300 participants are expected, and 18 speakers will take the stage across three sessions.',
  '',
  'Spotlight: Viktor Jirsa, Chief Science Officer at Charles University, presents the Open Twin Initiative',
  'Moderator: Hanna Lindqvist, Senior Policy Analyst, Nordhealth Policy Institute, Stockholm',
  '- Dr Annelies Verbruggen, Chief Technology Officer, Medisim Twin B.V.',
  '',
  'Speakers from 11 countries have confirmed so far.',
].join('\n');

describe('a list of speakers', () => {
  it('reads each speaker’s organisation, also one with a role word in its name', async () => {
    const seed = await draftOf(PAGE);
    expect(role(seed, 'person:hanna-lindqvist', 'org:nordhealth-policy-institute')).toMatchObject({
      title: 'Senior Policy Analyst',
    });
    expect(role(seed, 'person:annelies-verbruggen', 'org:medisim-twin-b-v')).toMatchObject({
      title: 'Chief Technology Officer',
    });
    // "Technology" of "Chief Technology Officer" is not the agency's last word
    const verbruggen = seed.relationships.filter((r) => r.from === 'person:annelies-verbruggen');
    expect(verbruggen.map((r) => r.to)).not.toContain('org:agency-for-data-content-and-technology');
    // ", presents the …": the apposition ended at the verb
    const jirsa = seed.relationships.filter(
      (r) => r.type === 'HOLDS_ROLE' && r.from === 'person:viktor-jirsa',
    );
    expect(jirsa.map((r) => r.to)).toEqual(['org:charles-university']);
  });

  it('puts the programme’s figures on the event', async () => {
    const seed = await draftOf(PAGE);
    const event = seed.entities.find((e) => e.id.startsWith('event:'));
    expect(event?.quantities).toEqual(
      expect.arrayContaining([
        { counts: 'participants', value: 300, qualifier: 'more than' },
        { counts: 'sessions', value: 3 },
        { counts: 'countries', value: 11 },
      ]),
    );
  });
});
