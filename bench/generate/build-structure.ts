import type { GraphBuilder } from './builder.js';
import { Combinations, slug } from './combinations.js';
import { randomDate } from './prng.js';
import {
  ADJECTIVES,
  CITIES,
  COMPANY_FORMS,
  DOMAINS,
  INITIATIVE_WORDS,
  SECTORS,
  SYLLABLES,
  THEMES,
} from './vocabulary.js';

/** Ids of the structural entities, hubs first (index 0 gets the most links). */
export interface Structure {
  readonly orgs: string[];
  /** Commission, DGs and agencies: where officials hold roles and events are hosted. */
  readonly euBodies: string[];
  readonly initiatives: string[];
  readonly topics: string[];
  readonly projects: string[];
}

const DGS = (
  'CNECT Communications Networks, Content and Technology|SANTE Health and Food Safety|' +
  'RTD Research and Innovation|GROW Internal Market, Industry, Entrepreneurship and SMEs|' +
  'JRC Joint Research Centre|HERA Health Emergency Preparedness and Response|' +
  'EAC Education, Youth, Sport and Culture|DIGIT Digital Services|COMP Competition|' +
  'JUST Justice and Consumers|EMPL Employment, Social Affairs and Inclusion|' +
  'REGIO Regional and Urban Policy|ENV Environment|ENER Energy|MOVE Mobility and Transport|' +
  'AGRI Agriculture and Rural Development|TRADE Trade and Economic Security|' +
  'ECFIN Economic and Financial Affairs|BUDG Budget|HOME Migration and Home Affairs|' +
  'DEFIS Defence Industry and Space|CLIMA Climate Action|INTPA International Partnerships|' +
  'SG Secretariat-General'
).split('|');

/** Institutions, DGs, units, agencies, universities, companies; initiatives, topics, projects. */
export function buildStructure(b: GraphBuilder, counts: Record<string, number>): Structure {
  const { rng } = b;
  const orgs: string[] = [];
  const ec = 'org:european-commission';
  b.entity(ec, 'Organisation', { name: 'European Commission', acronym: 'EC', kind: 'INSTITUTION' });
  orgs.push(ec);
  const euBodies = [ec];
  for (const dg of DGS.slice(0, Math.max(3, Math.min(DGS.length, counts.Organisation! / 10)))) {
    const [acr, ...words] = dg.split(' ');
    const id = `org:dg-${acr!.toLowerCase()}`;
    const name = `Directorate-General for ${words.join(' ')}`;
    b.entity(id, 'Organisation', { name, acronym: `DG ${acr}`, kind: 'DIRECTORATE_GENERAL' });
    b.rel('PART_OF', id, ec);
    orgs.push(id);
    euBodies.push(id);
  }
  const dgs = euBodies.slice(1);
  const units = Math.round(counts.Organisation! * 0.1);
  const unitNames = new Combinations([dgs.length, 8, 6, THEMES.length], 11);
  for (let i = 0; i < units; i++) {
    const [dg, letter, digit, theme] = unitNames.digits(i);
    const acr = DGS[dg!]!.split(' ')[0];
    const name = `${acr}.${'ABCDEFGH'[letter!]}${digit! + 1} ${THEMES[theme!]}`;
    const id = `org:${slug(name)}`;
    b.entity(id, 'Organisation', { name, kind: 'UNIT' });
    b.rel('PART_OF', id, dgs[rng.skewed(dgs.length, 2)]!);
    orgs.push(id);
    euBodies.push(id);
  }
  const others = counts.Organisation! - orgs.length;
  const orgNames = new Combinations(
    [SYLLABLES.length, SYLLABLES.length, SECTORS.length, COMPANY_FORMS.length],
    23,
  );
  const universities = new Combinations([CITIES.length, 6], 29);
  const uniForms = ['University of', 'Technical University of', 'Medical University of'];
  for (let i = 0; i < others; i++) {
    let name: string;
    let kind: string;
    if (i < universities.total / 2 && i % 4 === 0) {
      const [city, form] = universities.digits(i / 4);
      name = `${uniForms[form! % 3]} ${CITIES[city!]}${form! >= 3 ? ' Hospital' : ''}`;
      kind = form! >= 3 ? 'RESEARCH_INFRASTRUCTURE' : 'UNIVERSITY';
    } else {
      const [s1, s2, sector, form] = orgNames.digits(i);
      const stem = `${SYLLABLES[s1!]}${SYLLABLES[s2!]}`;
      name = `${stem[0]!.toUpperCase()}${stem.slice(1)} ${SECTORS[sector!]} ${COMPANY_FORMS[form!]}`;
      kind = rng.pick(['COMPANY', 'COMPANY', 'COMPANY', 'ASSOCIATION', 'NETWORK', 'AGENCY']);
    }
    const id = `org:${slug(name)}`;
    b.entity(id, 'Organisation', { name, kind, country: rng.pick(CITIES) });
    orgs.push(id);
  }

  const initiatives: string[] = [];
  const kinds = Object.keys(INITIATIVE_WORDS) as (keyof typeof INITIATIVE_WORDS)[];
  const initNames = new Combinations([ADJECTIVES.length, THEMES.length, kinds.length], 31);
  for (let i = 0; i < counts.Initiative!; i++) {
    const [adj, theme, kind] = initNames.digits(i);
    const name = `${ADJECTIVES[adj!]} ${THEMES[theme!]} ${INITIATIVE_WORDS[kinds[kind!]!]}`;
    const id = `initiative:${slug(name)}`;
    const acronym = name
      .split(/[\s-]+/)
      .map((w) => w[0])
      .join('')
      .toUpperCase();
    b.entity(id, 'Initiative', {
      name,
      acronym,
      kind: kinds[kind!]!,
      launched: randomDate(rng, 2015, 2025),
      budgetEur: rng.between(1, 500) * 1e6,
    });
    b.rel('LED_BY', id, dgs[rng.skewed(dgs.length, 2)]!);
    b.rel('FUNDED_BY', id, ec, { amountEur: rng.between(1, 200) * 1e6 });
    if (i > 0 && rng.chance(0.6)) b.rel('ALIGNED_WITH', id, initiatives[rng.skewed(i, 2)]!);
    initiatives.push(id);
  }

  const topics: string[] = [];
  const topicNames = new Combinations([THEMES.length, DOMAINS.length], 37);
  for (let i = 0; i < counts.Topic!; i++) {
    const [theme, domain] = topicNames.digits(i);
    const name = `${THEMES[theme!]} in ${DOMAINS[domain!]}`.toLowerCase();
    const id = `topic:${slug(name)}`;
    b.entity(id, 'Topic', { name });
    topics.push(id);
  }

  const projects: string[] = [];
  const acronyms = new Combinations([SYLLABLES.length, SYLLABLES.length, SYLLABLES.length], 41);
  for (let i = 0; i < counts.Project!; i++) {
    const [a, c, d] = acronyms.digits(i);
    const acronym = `${SYLLABLES[a!]}${SYLLABLES[c!]}${SYLLABLES[d!]}`.toUpperCase();
    const name = `${acronym}: ${rng.pick(THEMES)} for ${rng.pick(DOMAINS)}`;
    const id = `project:${acronym.toLowerCase()}`;
    const start = randomDate(rng, 2018, 2024);
    const end = `${Number(start.slice(0, 4)) + rng.between(2, 5)}${start.slice(4)}`;
    b.entity(id, 'Project', {
      name,
      acronym,
      programme: 'Horizon Europe',
      grantId: String(100_000_000 + i),
      start,
      end,
      fundingEur: rng.between(5, 150) * 1e5,
    });
    b.rel('CONTRIBUTES_TO', id, initiatives[rng.skewed(initiatives.length, 2.5)]!);
    b.rel('COORDINATED_BY', id, orgs[dgs.length + 1 + units + rng.skewed(others, 2)]!);
    for (const o of rng.distinctSkewed(others, rng.between(3, 12), 2))
      b.rel('PARTICIPATES_IN', orgs[dgs.length + 1 + units + o]!, id);
    projects.push(id);
  }
  return { orgs, euBodies, initiatives, topics, projects };
}
