import type { Structure } from './build-structure.js';
import { typo, type GraphBuilder } from './builder.js';
import { Combinations, slug } from './combinations.js';
import { randomDate } from './prng.js';
import {
  CAPACITIES,
  CITIES,
  DOC_WORDS,
  DOMAINS,
  EVENT_WORDS,
  FIRST_NAMES,
  LAST_NAMES,
  ROLE_TITLES,
  THEMES,
} from './vocabulary.js';

const EVENT_KINDS = ['HIGH_LEVEL_EVENT', 'CONFERENCE', 'WORKSHOP', 'LAUNCH', 'MEETING', 'WEBINAR'];
const DOC_KINDS = ['ROADMAP', 'POLICY_BRIEF', 'REPORT', 'REPORT', 'POLICY_BRIEF', 'PRESS_RELEASE'];
const SAYINGS = [
  (t: string, d: string) => `${t} must become a priority for ${d} across Europe.`,
  (t: string, d: string) => `We will not succeed in ${t} without the ${d} on board.`,
  (t: string, d: string) => `Investment in ${t} pays off first for ${d}.`,
  (t: string, d: string) => `Europe needs common rules on ${t} before ${d} can benefit.`,
];

/** People with roles, events with 10–40 speakers, statements made there, documents. */
export function buildActivity(b: GraphBuilder, s: Structure, counts: Record<string, number>): void {
  const { rng } = b;
  const people: string[] = [];
  const names = new Combinations([FIRST_NAMES.length, LAST_NAMES.length, LAST_NAMES.length], 43);
  for (let i = 0; i < counts.Person!; i++) {
    const [f, l1, l2] = names.digits(i);
    const name = `${FIRST_NAMES[f!]} ${LAST_NAMES[l1!]}-${LAST_NAMES[l2!]}`;
    const id = `person:${slug(name)}`;
    b.entity(id, 'Person', { name }, rng.chance(0.05) ? [typo(rng, name)] : undefined);
    people.push(id);
    const roles = rng.chance(0.6) ? 1 : rng.chance(0.75) ? 2 : 3;
    const official = rng.chance(0.4);
    const pool = official ? s.euBodies : s.orgs;
    for (const o of rng.distinctSkewed(pool.length, roles, official ? 2.5 : 2)) {
      const since = randomDate(rng, 2005, 2024);
      const untilYear = Number(since.slice(0, 4)) + rng.between(1, 6);
      const props: Record<string, string> = {
        title: official ? rng.pick(ROLE_TITLES.slice(0, 8)) : rng.pick(ROLE_TITLES.slice(5)),
        since,
      };
      if (rng.chance(0.4) && untilYear <= 2025) props.until = `${untilYear}${since.slice(4)}`;
      b.rel('HOLDS_ROLE', id, pool[o]!, props);
    }
  }

  const events: { id: string; speakers: string[]; said: Set<string> }[] = [];
  const eventNames = new Combinations([CITIES.length, THEMES.length, EVENT_WORDS.length], 47);
  for (let i = 0; i < counts.Event!; i++) {
    const [city, theme, word] = eventNames.digits(i);
    const date = randomDate(rng, 2019, 2025);
    const base = `${CITIES[city!]} ${THEMES[theme!]} ${EVENT_WORDS[word!]}`;
    const id = `event:${date}-${slug(base)}`;
    b.entity(id, 'Event', {
      name: `${base} ${date.slice(0, 4)}`,
      date,
      city: CITIES[city!]!,
      kind: rng.pick(EVENT_KINDS),
    });
    b.rel('HOSTED_BY', id, s.orgs[rng.skewed(s.orgs.length, 3)]!);
    b.rel('ABOUT', id, s.initiatives[rng.skewed(s.initiatives.length, 2.5)]!);
    if (rng.chance(0.5)) b.rel('ABOUT', id, s.topics[rng.skewed(s.topics.length, 2)]!);
    const speakers = rng
      .distinctSkewed(people.length, rng.between(10, 40), 1.6)
      .map((p) => people[p]!);
    for (const p of speakers) {
      b.rel('SPOKE_AT', p, id, rng.chance(0.3) ? { capacity: rng.pick(CAPACITIES) } : {});
    }
    events.push({ id, speakers, said: new Set() });
  }

  for (let i = 0; i < counts.Statement!; i++) {
    let event = rng.pick(events);
    let speaker = rng.pick(event.speakers);
    while (event.said.has(speaker)) {
      event = rng.pick(events);
      speaker = rng.pick(event.speakers);
    }
    event.said.add(speaker);
    const theme = rng.pick(THEMES);
    const domain = rng.pick(DOMAINS).toLowerCase();
    const about = rng.chance(0.7)
      ? s.initiatives[rng.skewed(s.initiatives.length, 2.5)]!
      : s.topics[rng.skewed(s.topics.length, 2)]!;
    const id = `statement:${event.id.slice(6)}-${event.said.size}`;
    b.entity(id, 'Statement', {
      name: `${b.names.get(speaker)} at ${b.names.get(event.id)}`,
      text: rng.pick(SAYINGS)(theme, domain),
      quoted: rng.chance(0.5),
      date: event.id.slice(6, 16),
    });
    b.rel('MADE_BY', id, speaker);
    b.rel('MADE_AT', id, event.id);
    b.rel('ABOUT', id, about);
  }

  const docNames = new Combinations(
    [THEMES.length, DOMAINS.length, DOC_WORDS.length, CITIES.length],
    53,
  );
  for (let i = 0; i < counts.Document!; i++) {
    const [theme, domain, word, city] = docNames.digits(i);
    const name = `${THEMES[theme!]} in ${DOMAINS[domain!]}: ${DOC_WORDS[word!]} (${CITIES[city!]})`;
    const id = `doc:${slug(name)}`;
    const producer = rng.chance(0.5)
      ? s.orgs[rng.skewed(s.orgs.length, 2)]!
      : s.projects[rng.skewed(s.projects.length, 2)]!;
    b.entity(id, 'Document', {
      name,
      kind: DOC_KINDS[word! % DOC_KINDS.length]!,
      published: randomDate(rng, 2018, 2025),
      url: `https://example.org/documents/${slug(name)}`,
    });
    b.rel('PRODUCED_BY', id, producer);
    b.rel('ABOUT', id, s.initiatives[rng.skewed(s.initiatives.length, 2.5)]!);
    if (rng.chance(0.3)) b.rel('PRESENTED_AT', id, rng.pick(events).id);
  }
}
