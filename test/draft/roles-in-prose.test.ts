import { describe, expect, it } from 'vitest';
import { articleDrafter } from './draft-of.js';

// Roles said in prose rather than in an apposition (issue 22, round 10): "Its Director-General"
// after a sentence about two organisations, "the University's X", an apposition cut by a verb,
// a project named only by its acronym and coordinated by someone.

const { draftOf, role } = articleDrafter('pg-draft-roles-prose-');

describe('roles said in prose', () => {
  it('"Its <title>, X" opening a sentence is the title at the organisation that opened the sentence before', async () => {
    const seed = await draftOf(
      [
        'Network chair named',
        '',
        'The Danish Health Data Authority (DHDA) will chair the Nordic Permit Network (NPN) for two years. Its Director-General, Mette Kjærgaard-Holm, welcomed the decision.',
      ].join('\n'),
    );
    expect(
      role(seed, 'person:mette-kjaergaard-holm', 'org:danish-health-data-authority'),
    ).toMatchObject({ title: 'Director-General' });
    expect(role(seed, 'person:mette-kjaergaard-holm', 'org:nordic-permit-network')).toBeUndefined();
  });

  it('"Y’s X" is X at Y; ", led the chapter, and … with Z" gives no role at Z', async () => {
    const seed = await draftOf(
      [
        'Interview',
        '',
        'Annelies de Groot-Visser, head of regulatory affairs at Simulaire B.V., led the regulatory chapter, and we discussed it with the European Medicines Agency (EMA).',
        '',
        'I agree with the University of Padua’s Matteo Zanchetta-Ricci on this.',
      ].join('\n'),
    );
    expect(role(seed, 'person:annelies-de-groot-visser', 'org:simulaire-b-v')).toBeDefined();
    const ema = seed.entities.find((e) => e.name === 'European Medicines Agency');
    if (ema) expect(role(seed, 'person:annelies-de-groot-visser', ema.id)).toBeUndefined();
    expect(role(seed, 'person:matteo-zanchetta-ricci', 'org:university-of-padua')).toBeDefined();
  });

  it('a project named only by its acronym, as the coordinator’s project: "coordinates RENOTWIN", "scientific coordinator of HEPATWIN"', async () => {
    const seed = await draftOf(
      [
        'Two projects',
        '',
        'Katarzyna Lewandowska-Brandt is professor of nephrology at the Medical University of Gdańsk and coordinates RENOTWIN, a Horizon Europe project.',
        '',
        'Jonas Petraitis, Professor of Hepatology at Vilnius University and scientific coordinator of HEPATWIN, presented the results.',
      ].join('\n'),
    );
    expect(seed.names('project:')).toEqual(expect.arrayContaining(['RENOTWIN', 'HEPATWIN']));
    expect(role(seed, 'person:katarzyna-lewandowska-brandt', 'project:renotwin')).toMatchObject({
      title: 'Coordinator',
    });
    expect(
      role(seed, 'person:katarzyna-lewandowska-brandt', 'org:medical-university-of-gdansk'),
    ).toBeDefined();
    expect(role(seed, 'person:jonas-petraitis', 'project:hepatwin')).toBeDefined();
  });

  it('"Org, represented by its <title> X" gives X that title; "According to X, these …" gives none', async () => {
    const seed = await draftOf(
      [
        'Replies to the call',
        '',
        'Among the replies were those of Nordwind Robotics GmbH and the Baltic Patients Association. Nordwind Robotics GmbH, represented by its chief technology officer Jana Lindholm, asked for one set of rules. According to Jana Lindholm, these will follow in a European Commission guidance note.',
      ].join('\n'),
    );
    expect(role(seed, 'person:jana-lindholm', 'org:nordwind-robotics-gmbh')?.title).toBe(
      'chief technology officer',
    );
    expect(role(seed, 'person:jana-lindholm', 'org:european-commission')).toBeUndefined();
  });
});
