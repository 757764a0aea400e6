import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// "the Ministry of Health" is every country's: a draft names it for the text's country (issue 22).

const { draftOf, role } = articleDrafter('pg-draft-national-bodies-');

describe('a government body with a generic name', () => {
  it('is named for the country of the dateline’s capital, the text’s name an alias', async () => {
    const seed = await draftOf(
      [
        'Registry opens',
        '',
        'VILNIUS, 3 March 2026 – The Ministry of Health today opened a cancer registry. Dr Rasa Petraitė of the National Institute of Hygiene presented it.',
      ].join('\n'),
    );
    expect(seed.entities.find((e) => e.name === 'Lithuanian Ministry of Health')).toMatchObject({
      country: 'Lithuania',
      aliases: ['Ministry of Health'],
    });
    expect(seed.names('org:')).toContain('Lithuanian National Institute of Hygiene');
  });

  it('takes the country the dateline writes, and leaves a name that says its own country (or stands beside another)', async () => {
    const seed = await draftOf(
      [
        'Data permits agreed',
        '',
        'Tartu, Estonia, 3 March 2026 – The Ministry of Social Affairs today opened a data office.',
        '',
        'It signed a memorandum with the Ministry of Health of the Republic of Latvia. The Finnish Ministry of Health sent an observer.',
      ].join('\n'),
    );
    const names = seed.names('org:');
    expect(names).toContain('Estonian Ministry of Social Affairs');
    expect(names).toContain('Ministry of Health of the Republic of Latvia');
    expect(names).toContain('Finnish Ministry of Health');
  });

  it('reads "beside another country" within the whole sentence, past a title\'s dot', async () => {
    const seed = await draftOf(
      [
        'Registry compared',
        '',
        'VILNIUS, 3 March 2026 – For Poland’s registry, Prof. Jonas Petrauskas of the National Institute of Hygiene presented the results.',
      ].join('\n'),
    );
    expect(seed.names('org:')).toContain('National Institute of Hygiene');
    expect(seed.names('org:')).not.toContain('Lithuanian National Institute of Hygiene');
  });

  it('takes the country the text gives it with a possessive, dateline or none', async () => {
    const seed = await draftOf(
      'Forum held\n\nOn 17 March 2026 ministers met in Lisbon at a forum hosted by Portugal’s Ministry of Health.\n',
    );
    expect(seed.entities.find((e) => e.name === 'Portuguese Ministry of Health')).toMatchObject({
      country: 'Portugal',
    });
  });

  it('without a dateline the name stays as written', async () => {
    const seed = await draftOf(
      'Registry opens\n\nOn 3 March 2026 the Ministry of Health opened a cancer registry.\n',
    );
    expect(seed.names('org:')).toEqual(['Ministry of Health']);
  });
});

describe("a body named with its country's name", () => {
  it('takes the country into its name and its field ("the Cyprus National eHealth Authority (NeHA)")', async () => {
    const seed = await draftOf(
      'The paper was prepared with the Cyprus National eHealth Authority (NeHA), said Dr Ana Costa.',
    );
    const body = seed.entities.find((e) => e.acronym === 'NeHA');
    expect(body).toMatchObject({ name: 'Cyprus National eHealth Authority', country: 'Cyprus' });
  });
});

describe("a minister's ministry the text names with its country", () => {
  it('is that one ("the Cyprus Ministry of Health … Minister of Health of the Republic of Cyprus")', async () => {
    const seed = await draftOf(
      'The meeting was organised together with the Cyprus Ministry of Health. It was chaired by Dr Eleni Kyriakidou-Pavlou, Minister of Health of the Republic of Cyprus.',
    );
    const ministries = seed.names('org:').filter((n) => /Ministry/.test(n));
    expect(ministries).toEqual(['Cyprus Ministry of Health']);
    const role = seed.relationships.find(
      (r) => r.type === 'HOLDS_ROLE' && r.from === 'person:eleni-kyriakidou-pavlou',
    );
    expect(role).toMatchObject({
      to: 'org:cyprus-ministry-of-health',
      title: 'Minister of Health',
    });
  });

  it('a translated release: "the general director of NCZI Ing. X", "The State Secretary of MZ SR Mgr. Y"', async () => {
    const seed = await draftOf(
      [
        'Bratislava, 13 March 2026 – The Ministry of Health of the Slovak Republic (MZ SR) informs the public.',
        'The National Health Information Centre (NCZI) was designated as the access body. "One application at one place," explained the general director of NCZI Ing. Zuzana Halásová, PhD.',
        'The State Secretary of MZ SR Mgr. Peter Rusnák informed that the Government approved the Strategy for Data-Driven Healthcare of the Slovak Republic 2026–2030.',
      ].join('\n'),
    );
    expect(
      role(seed, 'person:zuzana-halasova', 'org:national-health-information-centre'),
    ).toMatchObject({
      title: 'general director',
    });
    expect(
      role(seed, 'person:peter-rusnak', 'org:ministry-of-health-of-the-slovak-republic'),
    ).toMatchObject({
      title: 'State Secretary',
    });
    expect(seed.names('person:').filter((n) => /Driven/.test(n))).toEqual([]);
  });

  it('"X, Cyprus\'s Minister of Health" holds the role at the country\'s ministry', async () => {
    const seed = await draftOf(
      '"Hospitals will benefit," said Andreas Papageorgiou, Cyprus\'s Minister of Health, who led the team.',
    );
    expect(
      role(seed, 'person:andreas-papageorgiou', 'org:ministry-of-health-of-cyprus'),
    ).toMatchObject({
      title: 'Minister of Health',
    });
  });
});
