import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { SPEAKERS, EVENT } from '../../harness/curated.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { schemaAliases, speakerChain } from '../../harness/abusive-queries.js';
import { startGraphQL, type GraphQLHarness, type GraphQLResult } from './graphql-harness.js';

// Questions a policy researcher asks, written the natural way (look up by name, nest a few lists,
// no limit on every level), against the curated seed plus the Commission's meetings register.
// Each asserts its answer; counts and rankings are checked against hand-written Cypher.
let api: GraphQLHarness;

beforeAll(async () => {
  api = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
  const report = await importMeetings(api.driver, api.database, EC_MEETINGS_FILES, {
    judgementsPath: JUDGEMENTS_FILE,
  });
  expect(report.written).toBe(true);
  await api.refreshShape();
}, 240_000);
afterAll(async () => api?.stop());

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Extensions {
  cost?: { estimated: number; limit: number; path: string };
  truncated?: { path: string; returned: number }[];
}

/** Runs a question; it must be answered (no error, not refused). */
async function ask(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const result = await api.run<Data>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Data;
}
async function answer(query: string): Promise<GraphQLResult<Data> & { extensions?: Extensions }> {
  return api.run<Data>(query) as Promise<GraphQLResult<Data> & { extensions?: Extensions }>;
}
async function cypher(statement: string, params: Record<string, unknown> = {}): Promise<Data[]> {
  const { records } = await api.driver.executeQuery(statement, params, {
    database: api.database,
    routing: 'READ',
  });
  return records.map((r) => {
    const row = r.toObject() as Data;
    for (const key of Object.keys(row)) {
      if (typeof row[key]?.toNumber === 'function') row[key] = row[key].toNumber();
    }
    return row;
  });
}
const names = (list: { name: string }[]) => list.map((x) => x.name);

describe('people, organisations and their links, by name', () => {
  it('1. who spoke at the 21 October 2025 VHT event?', async () => {
    const { events } = await ask(
      `{ events(where: { id: { eq: "${EVENT}" } }) { speakers { name } } }`,
    );
    expect(names(events[0].speakers).sort()).toEqual(SPEAKERS);
  });

  it('2. where does Henna Virkkunen work (roles with kind, aliases, partOf: the old form)?', async () => {
    const { people } = await ask(
      '{ people(where: { name: { eq: "Henna Virkkunen" } }) { roles { name kind aliases partOf { name } } } }',
    );
    expect(people[0].roles).toContainEqual(
      expect.objectContaining({ name: 'European Commission', kind: 'INSTITUTION' }),
    );
  });

  it('3. who holds a role at DG CONNECT, and with what title?', async () => {
    const { organisations } = await ask(
      '{ organisations(where: { acronym: { eq: "DG CONNECT" } }) { membersConnection { edges { properties { title } node { name } } } } }',
    );
    const members = organisations[0].membersConnection.edges.map((e: Data) => e.node.name);
    const expected = await cypher(
      "MATCH (p:Person)-[:HOLDS_ROLE]->(:Organisation {id: 'org:dg-connect'}) RETURN DISTINCT p.name AS name",
    );
    expect(members.sort()).toEqual(expected.map((r) => r.name).sort());
    expect(members.length).toBeGreaterThan(0);
  });

  it('4. the Virtual Brain Twin: coordinator, funders, partners', async () => {
    const { projects } = await ask(
      '{ projects(where: { acronym: { eq: "VBT" } }) { name coordinatedBy { name } fundedBy { name } participants { name } } }',
    );
    expect(names(projects[0].coordinatedBy)).toEqual(['EBRAINS']);
    expect(names(projects[0].fundedBy).sort()).toEqual(['European Commission', 'Horizon Europe']);
    expect(projects[0].participants.length).toBeGreaterThan(0);
  });

  it('5. what did Sandra Gallina say, about what, with sources?', async () => {
    const { people } = await ask(
      '{ people(where: { name: { eq: "Sandra Gallina" } }) { statements { text about { __typename } sources { title url } } } }',
    );
    expect(people[0].statements.length).toBeGreaterThan(0);
    for (const s of people[0].statements) expect(s.sources.length).toBeGreaterThan(0);
  });

  it('6. everything said about the EHDS, by acronym, with speakers, sources, events and documents', async () => {
    const { initiatives } = await ask(
      '{ initiatives(where: { acronym: { eq: "EHDS" } }) { name aliases statements { text madeBy { name } sources { title url } } events { name date } documents { title } mentionedIn { title } } }',
    );
    const ehds = initiatives[0];
    expect(ehds.name).toMatch(/European Health Data Space/);
    expect(ehds.statements.length).toBeGreaterThan(0);
    const [expected] = await cypher(
      "MATCH (:Initiative {id: 'initiative:ehds'})<-[:ABOUT]-(e:Event) RETURN count(DISTINCT e) AS n",
    );
    expect(ehds.events.length).toBe(Math.min(50, expected!.n));
  });

  it('7. the AI Continent Action Plan with its links', async () => {
    const { initiatives } = await ask(
      '{ initiatives(where: { name: { caseInsensitive: { contains: "ai continent" } } }) { name ledBy { name } relatesTo { name } relatedFrom { name } fundedBy { name } statements { text } mentionedIn { title } } }',
    );
    expect(initiatives).toHaveLength(1);
    expect(initiatives[0].mentionedIn.length).toBeGreaterThan(0);
  });

  it('8. organisations whose name contains "siemens", ignoring case', async () => {
    const { organisations } = await ask(
      '{ organisations(where: { name: { caseInsensitive: { contains: "siemens" } } }) { id name } }',
    );
    const expected = await cypher(
      "MATCH (o:Organisation) WHERE toLower(o.name) CONTAINS 'siemens' RETURN o.id AS id",
    );
    expect(organisations.map((o: Data) => o.id).sort()).toEqual(expected.map((r) => r.id).sort());
    expect(names(organisations)).toContain('Siemens AG');
  });
});

describe('meetings with the Commission', () => {
  it('9. Siemens AG: its meetings, what about, and with whom (refused before)', async () => {
    const { organisations } = await ask(
      '{ organisations(where: { name: { eq: "Siemens AG" } }) { meetings { date subject officials { name } } } }',
    );
    const [expected] = await cypher(
      "MATCH (:Organisation {name: 'Siemens AG'})-[:MET_AT]->(e:Event) RETURN count(DISTINCT e) AS n",
    );
    expect(organisations[0].meetings).toHaveLength(Math.min(50, expected!.n));
    for (const m of organisations[0].meetings) expect(m.officials.length).toBeGreaterThan(0);
  });

  it('10. paging through all meetings: hasNextPage is true while more exist', async () => {
    const q = `query ($after: String) { eventsConnection(after: $after, where: { kind: { eq: MEETING } }) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    const first = (await ask(q)).eventsConnection;
    expect(first.edges).toHaveLength(50);
    expect(first.totalCount).toBeGreaterThan(9000);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await ask(q, { after: first.pageInfo.endCursor })).eventsConnection;
    const ids = new Set([...first.edges, ...second.edges].map((e: Data) => e.node.id));
    expect(ids.size).toBe(100);
  });

  it("11. BUSINESSEUROPE's meetings: the nested connection counts them all and says there is more", async () => {
    const { organisations } = await ask(
      '{ organisations(where: { name: { eq: "BUSINESSEUROPE" } }) { meetingsConnection { totalCount pageInfo { hasNextPage } edges { node { date } } } } }',
    );
    const c = organisations[0].meetingsConnection;
    const [expected] = await cypher(
      "MATCH (:Organisation {name: 'BUSINESSEUROPE'})-[:MET_AT]->(e:Event) RETURN count(e) AS n",
    );
    expect(c.totalCount).toBe(expected!.n);
    expect(c.pageInfo.hasNextPage).toBe(expected!.n > 50);
  });

  it('12. top 10 organisations that met the Commission about health in 2022, with how many meetings', async () => {
    const { meetingCounts } = await ask(
      '{ meetingCounts(subject: "health", from: "2022-01-01", to: "2022-12-31", groupBy: ORGANISATION) { total groupCount groups { key name meetings } } }',
    );
    const expected = await cypher(
      `MATCH (o:Organisation)-[:MET_AT]->(e:Event {kind: 'MEETING'})
       WHERE e.date >= date('2022-01-01') AND e.date <= date('2022-12-31') AND toLower(e.subject) CONTAINS 'health'
       RETURN o.id AS key, count(DISTINCT e) AS meetings ORDER BY meetings DESC, key LIMIT 10`,
    );
    expect(meetingCounts.groups.map((g: Data) => [g.key, g.meetings])).toEqual(
      expected.map((r) => [r.key, r.meetings]),
    );
    expect(meetingCounts.groups).toHaveLength(10);
  });

  it('13. which officials did BUSINESSEUROPE meet most?', async () => {
    const { meetingCounts } = await ask(
      '{ meetingCounts(organisation: "org:businesseurope", groupBy: OFFICIAL, limit: 5) { total groups { name meetings first last } } }',
    );
    const expected = await cypher(
      `MATCH (:Organisation {id: 'org:businesseurope'})-[:MET_AT]->(e:Event)<-[:ATTENDED]-(p:Person)
       WITH p, count(DISTINCT e) AS meetings
       RETURN p.name AS name, meetings ORDER BY meetings DESC, p.id LIMIT 5`,
    );
    expect(meetingCounts.groups.map((g: Data) => g.meetings)).toEqual(
      expected.map((r) => r.meetings),
    );
    expect(meetingCounts.groups[0].first <= meetingCounts.groups[0].last).toBe(true);
  });

  it('14. meetings per year, chronologically, add up to the total', async () => {
    const { meetingCounts } = await ask(
      '{ meetingCounts(groupBy: YEAR, order: KEY, limit: 50) { total groups { key meetings } } }',
    );
    const keys = meetingCounts.groups.map((g: Data) => g.key);
    expect(keys).toEqual([...keys].sort());
    const sum = meetingCounts.groups.reduce((s: number, g: Data) => s + g.meetings, 0);
    expect(sum).toBe(meetingCounts.total);
  });

  it('15. health meetings per month in 2023', async () => {
    const { meetingCounts } = await ask(
      '{ meetingCounts(subject: "health", from: "2023-01-01", to: "2023-12-31", groupBy: MONTH, order: KEY, limit: 12) { total groups { key meetings } } }',
    );
    for (const g of meetingCounts.groups) expect(g.key).toMatch(/^2023-\d\d$/);
    const [expected] = await cypher(
      `MATCH (e:Event {kind: 'MEETING'}) WHERE e.date.year = 2023 AND toLower(e.subject) CONTAINS 'health'
       RETURN count(e) AS n`,
    );
    expect(meetingCounts.total).toBe(expected!.n);
  });

  it('16. which organisations met the Commission about the EHDS?', async () => {
    const { meetingCounts } = await ask(
      '{ meetingCounts(initiative: "initiative:ehds", groupBy: ORGANISATION, limit: 500) { total groups { key } } }',
    );
    const expected = await cypher(
      `MATCH (o:Organisation)-[:MET_AT]->(e:Event {kind: 'MEETING'})-[:ABOUT]->(:Initiative {id: 'initiative:ehds'})
       RETURN DISTINCT o.id AS key`,
    );
    expect(meetingCounts.groups.map((g: Data) => g.key).sort()).toEqual(
      expected.map((r) => r.key).sort(),
    );
    expect(expected.length).toBeGreaterThan(0);
  });

  it('17. meetings whose subject says "Health Data", ignoring case, newest first', async () => {
    const { meetings, meetingCounts } = await ask(
      '{ meetings(subject: "health data") { date subject } meetingCounts(subject: "health data") { total } }',
    );
    const [expected] = await cypher(
      "MATCH (e:Event {kind: 'MEETING'}) WHERE toLower(e.subject) CONTAINS 'health data' RETURN count(e) AS n",
    );
    expect(meetingCounts.total).toBe(expected!.n);
    expect(meetings).toHaveLength(Math.min(50, expected!.n));
    for (const m of meetings) expect(m.subject.toLowerCase()).toContain('health data');
    const dates = meetings.map((m: Data) => m.date);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it("18. Sandra Gallina's meetings per year", async () => {
    const { meetingsPerYear } = await ask(
      '{ meetingsPerYear(id: "person:sandra-gallina") { year meetings } }',
    );
    const expected = await cypher(
      `MATCH (:Person {id: 'person:sandra-gallina'})-[:ATTENDED]->(e:Event {kind: 'MEETING'})
       RETURN e.date.year AS year, count(DISTINCT e) AS meetings ORDER BY year`,
    );
    expect(meetingsPerYear).toEqual(expected);
  });

  it('19. the oldest meetings of an official, with the organisations met', async () => {
    const { meetings } = await ask(
      '{ meetings(official: "person:sandra-gallina", order: OLDEST, limit: 3) { date organisations { name } } }',
    );
    const dates = meetings.map((m: Data) => m.date);
    expect(dates).toEqual([...dates].sort());
    for (const m of meetings) expect(m.organisations.length).toBeGreaterThan(0);
  });

  it('20. the review queue says how long it is', async () => {
    const { reviewQueue, reviewQueueCount } = await ask(
      '{ reviewQueue { id score } reviewQueueCount }',
    );
    const [expected] = await cypher(
      "MATCH (s:Suggestion {status: 'PENDING'}) RETURN count(s) AS n",
    );
    expect(reviewQueueCount).toBe(expected!.n);
    expect(reviewQueue).toHaveLength(Math.min(50, expected!.n));
  });
});

describe('search and honest answers', () => {
  it('21. search finds meetings by subject, and only meetings when asked', async () => {
    const { search, searchCount } = await ask(
      '{ search(text: "health data space", labels: ["Event"]) { id label subject } searchCount(text: "health data space", labels: ["Event"]) }',
    );
    // Every word matches: the count is what search can list, and it lists up to 10.
    expect(search.length).toBe(Math.min(10, searchCount));
    expect(search.length).toBeGreaterThan(0);
    for (const hit of search) expect(hit.label).toBe('Event');
    expect(search[0].subject.toLowerCase()).toContain('health data');
  });

  it('22. search for a person by a misspelt name, people only', async () => {
    const { search } = await ask(
      '{ search(text: "Galina", labels: ["Person"], limit: 3) { id label } }',
    );
    expect(search[0]).toEqual({ id: 'person:sandra-gallina', label: 'Person' });
  });

  it('23. a list cut at its default says so', async () => {
    const result = await answer('{ organisations { name } }');
    expect(result.data?.organisations).toHaveLength(50);
    expect(result.extensions?.truncated?.[0]).toMatchObject({
      path: 'organisations',
      returned: 50,
    });
    const short = await answer('{ organisations(limit: 5) { name } }');
    expect(short.extensions?.truncated).toBeUndefined();
  });

  it('24. an unknown id is NOT_FOUND with the closest ids, not []', async () => {
    const result = await answer('{ meetingsPerYear(id: "org:siemens-ag") { year meetings } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toContain('org:siemens');
  });

  it('25. an id of the wrong label is BAD_USER_INPUT', async () => {
    const result = await answer('{ meetings(official: "org:dg-connect") { id } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(
      /is an Organisation; official takes the id of a Person/,
    );
  });

  it('26. every answer carries its cost, with the costliest path', async () => {
    const result = await answer(
      '{ organisations(where: { name: { eq: "BUSINESSEUROPE" } }) { meetings { officials { name } } } }',
    );
    expect(result.extensions?.cost?.path).toMatch(
      /^organisations ×1 → Organisation.meetings ×50 → Event.officials/,
    );
    // The estimate counts the objects along that path (1 + 50 + the officials), under the limit.
    const { estimated, limit, path } = result.extensions!.cost!;
    const along = [...path.matchAll(/×([\d,]+)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(estimated).toBe(along.reduce((a, b) => a + b, 0));
    expect(estimated).toBeGreaterThan(51);
    expect(estimated).toBeLessThan(limit);
  });
});

describe('who links whom', () => {
  it('27. who links DG CONNECT and EBRAINS: several paths, shortest first', async () => {
    const { connections } = await ask(
      '{ connections(from: "org:dg-connect", to: "org:ebrains") { paths { nodes types } truncated } }',
    );
    const lengths = connections.paths.map((p: Data) => p.types.length);
    expect(lengths.length).toBeGreaterThan(1);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    for (const p of connections.paths) {
      expect([p.nodes[0], p.nodes.at(-1)]).toEqual(['org:dg-connect', 'org:ebrains']);
    }
  });

  it('28. the people and events that link two speakers', async () => {
    const { connections } = await ask(
      '{ connections(from: "person:henna-virkkunen", to: "person:sandra-gallina", via: ["Person", "Event"], k: 5) { nodes { id label } paths { nodes } } }',
    );
    expect(connections.paths.length).toBeGreaterThan(0);
    const labels = new Map(connections.nodes.map((n: Data) => [n.id, n.label]));
    for (const p of connections.paths) {
      for (const id of p.nodes.slice(1, -1)) expect(['Person', 'Event']).toContain(labels.get(id));
    }
    expect(connections.paths[0].nodes).toContain(EVENT);
  });

  it('29. what two DGs have in common, one and two steps away', async () => {
    const { near, far } = await ask(
      '{ near: commonConnections(a: "org:dg-connect", b: "org:dg-sante") { id } far: commonConnections(a: "org:dg-connect", b: "org:dg-sante", depth: 2) { id } }',
    );
    expect(near.map((n: Data) => n.id)).toContain('org:european-commission');
    expect(far.length).toBeGreaterThan(near.length);
    expect(far.map((n: Data) => n.id)).toEqual(expect.arrayContaining(near.map((n: Data) => n.id)));
  });

  it("30. BUSINESSEUROPE's meetings network in 2022", async () => {
    const { egoNetwork } = await ask(
      '{ egoNetwork(id: "org:businesseurope", types: ["MET_AT"], from: "2022-01-01", to: "2022-12-31") { nodes { id label } truncated } }',
    );
    const [expected] = await cypher(
      `MATCH (:Organisation {id: 'org:businesseurope'})-[:MET_AT]->(e:Event {kind: 'MEETING'})
       WHERE e.date.year = 2022 RETURN count(DISTINCT e) AS n`,
    );
    expect(egoNetwork.nodes.filter((n: Data) => n.label === 'Event')).toHaveLength(expected!.n);
    expect(egoNetwork.truncated).toBe(false);
  });

  it('31. BUSINESSEUROPE three steps out is cut at 500 nodes and says so', async () => {
    const { egoNetwork } = await ask(
      '{ egoNetwork(id: "org:businesseurope", depth: 3) { nodes { id } truncated } }',
    );
    const [expected] = await cypher(
      `MATCH p = ANY SHORTEST (:Organisation {id: 'org:businesseurope'}) (()-[r]-() WHERE type(r) <> 'MENTIONED_IN'){0,3} (n:Entity)
       RETURN count(DISTINCT n) AS n`,
    );
    expect(expected!.n).toBeGreaterThan(500);
    expect(egoNetwork.nodes).toHaveLength(500);
    expect(egoNetwork.truncated).toBe(true);
  });

  it('32. the most connected entities, best first', async () => {
    const { central } = await ask('{ central(limit: 5) { id score } }');
    const scores = central.map((c: Data) => c.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('help when a question finds nothing or too much', () => {
  it('33. a name that is an alias finds nothing, and the answer says which entity it names', async () => {
    const result = await answer(
      '{ initiatives(where: { name: { eq: "Virtual Human Twins Initiative" } }) { id } }',
    );
    expect(result.data?.initiatives).toEqual([]);
    const hints = (result.extensions as { hints?: { path: string; message: string }[] }).hints;
    expect(hints?.[0]?.path).toBe('initiatives');
    expect(hints?.[0]?.message).toContain('initiative:vht');
  });

  it('34. searchCount counts entities in which every word matches', async () => {
    const { both, one } = await ask(
      '{ both: searchCount(text: "pharmaceutical strategy") one: searchCount(text: "pharmaceutical") }',
    );
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThanOrEqual(one);
  });

  it('35. ranked groups cut at their limit say so', async () => {
    const result = await answer('{ meetingCounts(groupBy: ORGANISATION) { groups { key } } }');
    expect(result.extensions?.truncated?.[0]).toMatchObject({
      path: 'meetingCounts',
      returned: 10,
    });
  });

  it('36. the register meetings only: a project partner meeting of kind MEETING is not counted', async () => {
    const { meetingCounts } = await ask('{ meetingCounts { total } }');
    const [expected] = await cypher(
      "MATCH (e:Event {kind: 'MEETING'}) WHERE EXISTS { (e)<-[:ATTENDED|MET_AT]-() } RETURN count(e) AS n",
    );
    expect(meetingCounts.total).toBe(expected!.n);
    const { meetings } = await ask('{ meetings(from: "2022-11-29", to: "2022-11-29") { id } }');
    expect(meetings.map((m: Data) => m.id)).not.toContain(
      'event:2022-11-29-edith-partner-meeting-leuven',
    );
  });
});

describe('paging and misses, as the second newcomer test found them', () => {
  it("37. paging through an official's meetings with offset gives every meeting once", async () => {
    const q =
      'query ($o: Int) { meetings(official: "person:sandra-gallina", limit: 10, offset: $o) { id } }';
    const { meetings: all } = await ask(
      '{ meetings(official: "person:sandra-gallina", limit: 500) { id } }',
    );
    const pages: string[] = [];
    for (let offset = 0; offset < all.length; offset += 10) {
      pages.push(...(await ask(q, { o: offset })).meetings.map((m: Data) => m.id));
    }
    expect(pages).toEqual(all.map((m: Data) => m.id));
    expect(all.length).toBeGreaterThan(10);
  });

  it('38. a misspelt id or acronym finds nothing, and the answer says what is close', async () => {
    const byId = await answer('{ people(where: { id: { eq: "person:henna-virkunen" } }) { id } }');
    expect(byId.data?.people).toEqual([]);
    const hints = (r: unknown) =>
      (r as { extensions?: { hints?: { message: string }[] } }).extensions?.hints;
    expect(hints(byId)?.[0]?.message).toContain('person:henna-virkkunen');
    const byAcronym = await answer('{ initiatives(where: { acronym: { eq: "EDHS" } }) { id } }');
    expect(hints(byAcronym)?.[0]?.message).toContain('initiative:ehds');
  });

  it('39. "who has any meeting" cannot be asked with an empty filter that matches everyone', async () => {
    const result = await answer(
      '{ peopleConnection(where: { meetings: { some: {} } }) { totalCount } }',
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { peopleConnection } = await ask(
      '{ peopleConnection(where: { meetings: { some: { id: { startsWith: "event:" } } } }) { totalCount } }',
    );
    const [expected] = await cypher(
      'MATCH (p:Person) WHERE EXISTS { (p)-[:ATTENDED]->() } RETURN count(p) AS n',
    );
    expect(peopleConnection.totalCount).toBe(expected!.n);
  });
});

describe('abuse stays refused', () => {
  it('nested lists of 500, as literals and through variables', async () => {
    const deep = await api.run(speakerChain(15, 10, 500));
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const nested = await api.run(speakerChain(1, 4, '$n'), { n: 500 });
    expect(nested.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(nested.errors?.[0]?.message).toMatch(/Costliest path: people ×\d+ → Person.spokeAt/);
  });

  it('15 aliased introspections', async () => {
    const result = await api.run(schemaAliases(15));
    expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });
});
