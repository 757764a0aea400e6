import { describe, expect, it } from 'vitest';
import { articleDrafter, events } from './draft-of.js';

// A Council presidency's meeting page (working round 92, issue 22): the crumbs' last part is the
// page's title; the site's name is no event and no source of organisations; delegations listed
// "Organisation – Name, title"; portfolios after "Minister of" name no organisation.

const { draftOf, role } = articleDrafter('pg-draft-delegation-pages-');

const PAGE = [
  'Nordic Presidency of the Council of the European Union',
  'Home › Media › Meetings › Informal meeting of research ministers',
  '',
  'Informal meeting of research ministers',
  '23–24 April 2026 | Filoxenia Conference Centre, Nicosia',
  '',
  'Ministers at the family photo, Nicosia, 24 April 2026.',
  '',
  'Delegations met in Nicosia for an informal meeting hosted by Charles University.',
  '',
  '09:00 Opening by Dr Ana Costa and Olivér Várhelyi, Commissioner for Health and Animal Welfare',
  '',
  'Participants',
  'Belgium – Mr Pieter DE CLERCQ, Minister of Social Affairs and Public Health',
  'Poland – Ms Agnieszka WÓJCIK-ZAWADZKA, Secretary of State for Health',
  'Germany – Dr Matthias KLEINSCHMIDT, Parliamentary State Secretary, Agence Exemple',
  'European Medicines Agency (EMA) – Dr Pieter-Jan VERHOEVEN, Head of Data Analytics and Methods',
].join('\n');

describe('a presidency’s meeting page', () => {
  it('names the event by the page’s title, one event on its days in its city', async () => {
    const seed = await draftOf(PAGE);
    expect(events(seed).map((e) => [e.name, e.date, e.endDate])).toEqual([
      ['Informal meeting of research ministers', '2026-04-23', '2026-04-24'],
    ]);
    expect(seed.names('org:')).not.toContain('Council of the European Union');
  });

  it('reads each delegation line; a portfolio and a title on the line above are no names', async () => {
    const seed = await draftOf(PAGE);
    expect(seed.names('org:')).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Social Affairs|State for Health)/)]),
    );
    expect(seed.names('person:')).not.toContain('Parliamentary State');
    expect(role(seed, 'person:matthias-kleinschmidt', 'org:agence-exemple')?.title).toBe(
      'Parliamentary State Secretary',
    );
    expect(role(seed, 'person:pieter-jan-verhoeven', 'org:european-medicines-agency')?.title).toBe(
      'Head of Data Analytics and Methods',
    );
    // (the Commissioner's title is his own, not the person's named before him)
    const costa = seed.relationships.filter(
      (r) => r.from === 'person:ana-costa' && r.type === 'HOLDS_ROLE',
    );
    expect(costa).toEqual([]);
  });
});
