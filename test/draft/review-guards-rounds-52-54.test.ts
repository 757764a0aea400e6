import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A second reviewer's cases against the rules of this stop (issue 22), and the saints' names of
// blind round 52: each was confirmed wrong before its fix.

const { draftOf } = articleDrafter('pg-draft-review-52-54-');
const news = (sentence: string) => ['News', '', `BRUSSELS, 3 March 2026 – ${sentence}`].join('\n');

describe('second review: names', () => {
  it('"to the EU" adds nothing to a long representation’s length', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa, Health Attaché at the Permanent Representation of the Republic of Cyprus to the EU, said yes.',
      ),
    );
    expect(seed.names('org:')).toContain(
      'Permanent Representation of the Republic of Cyprus to the EU',
    );
  });

  it('"About" opens no heading’s name but stays inside a name', async () => {
    const seed = await draftOf(news('Dr Ana Costa of the Talk About Health Foundation said yes.'));
    expect(seed.names('org:')).toContain('Talk About Health Foundation');
  });

  it('a patron’s quoted name takes the acronym after it, not a programme’s quoted name', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa of the Fondazione Policlinico Universitario "A. Gemelli" IRCCS said the Karolinska University Hospital "Smart Hospital" programme works.',
      ),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('Fondazione Policlinico Universitario "A. Gemelli" IRCCS');
    expect(orgs.filter((n) => /Karolinska.*Smart/.test(n))).toEqual([]);
  });

  it('a saint’s possessive is part of a hospital’s name, a university’s is not', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa of St Enda’s University Hospital (SEUH) and Dr Jan Berg of Uppsala University’s Faculty of Law agreed.',
      ),
    );
    const orgs = seed.names('org:');
    expect(orgs).toContain('St Enda’s University Hospital');
    expect(orgs).not.toContain('University Hospital');
  });

  it('a country’s adjective gives no alias every country’s body has', async () => {
    const seed = await draftOf(
      news('Dr Ana Costa of the Dutch Data Protection Authority said yes.'),
    );
    const dpa = seed.entities.find((e) => e.name === 'Dutch Data Protection Authority');
    expect(dpa).toMatchObject({ country: 'Netherlands' });
    expect(dpa?.aliases ?? []).toEqual([]);
  });

  it('a deliverable is named without the sentence’s opening words', async () => {
    const seed = await draftOf(
      news('In the Data Management Plan (D7.1), partners describe the data, said Dr Ana Costa.'),
    );
    expect(seed.names('doc:')).toContain('Data Management Plan');
    expect(seed.names('doc:').filter((n) => /^In /.test(n))).toEqual([]);
  });
});

describe('second review: events', () => {
  it('"meet the new requirements" is no meeting', async () => {
    const seed = await draftOf(
      news(
        'Dr Ana Costa said that by 2 August 2026 hospitals must meet the new requirements of the AI Act.',
      ),
    );
    expect(events(seed)).toEqual([]);
  });

  it('"the signing ceremony of the memorandum" names the signing', async () => {
    const seed = await draftOf(
      news(
        'The signing ceremony of the memorandum of understanding between EBRAINS and VITO took place on 2 March 2026 in Brussels, said Dr Ana Costa.',
      ),
    );
    expect(events(seed).map((e) => e.name)).toContain('Signing of the memorandum of understanding');
  });

  it('a grant’s signing is no event, whatever ceremony is near; "the signing stage" is nobody at one', async () => {
    const grant = await draftOf(
      news(
        'HaDEA signed the grant agreement on 2 March 2026, ahead of the award ceremony in May, said Dr Ana Costa.',
      ),
    );
    expect(events(grant).map((e) => e.name)).not.toContain('Signing of the grant agreement');
    const stage = await draftOf(
      news(
        'The Ministry and ADZ signed an agreement on 2 March 2026, said Dr Ana Costa. Questions arising at the signing stage go to the helpdesk.',
      ),
    );
    expect(events(stage).map((e) => e.name)).not.toContain('Signing of the agreement');
  });
});
