import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORDIS_JUDGEMENTS, CORDIS_SUBSET } from '../../src/import/cordis/files.js';
import { importCordis } from '../../src/import/cordis/import.js';
import { EC_MEETINGS_FILES, JUDGEMENTS_FILE } from '../../src/import/ec-meetings/files.js';
import { importMeetings } from '../../src/import/ec-meetings/import.js';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { openGraph } from '../../src/export/graph-source.js';
import { parseExportRequest } from '../../src/export/request.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';

// The weighted views the dashboard draws, on the curated seed, the meetings register and the
// shipped Horizon Europe Health subset; every count is checked against hand-written Cypher.
let api: GraphQLHarness;

beforeAll(async () => {
  api = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
  await importMeetings(api.driver, api.database, EC_MEETINGS_FILES, {
    judgementsPath: JUDGEMENTS_FILE,
  });
  await importCordis(api.driver, api.database, [CORDIS_SUBSET], {
    judgementsPath: CORDIS_JUDGEMENTS,
  });
  await api.refreshShape();
}, 300_000);
afterAll(async () => api?.stop());

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

async function ask(query: string, variables?: Record<string, unknown>): Promise<Data> {
  const result = await api.run<Data>(query, variables);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as Data;
}
async function cypher(statement: string, params: Record<string, unknown> = {}): Promise<Data[]> {
  const { records } = await api.driver.executeQuery(statement, params, {
    database: api.database,
  });
  return records.map((r) => {
    const row = r.toObject();
    for (const [k, v] of Object.entries(row))
      row[k] = typeof v?.toNumber === 'function' ? v.toNumber() : v;
    return row;
  });
}

const VIEW = `query View($id: ID!, $by: WeightBy!, $depth: Int, $from: Date, $to: Date, $limit: Int, $offset: Int) {
  weightedNetwork(id: $id, by: $by, depth: $depth, from: $from, to: $to, limit: $limit, offset: $offset) {
    focus { id name ring } total shown offset truncated secondTotal
    nodes { id label name ring weight }
    edges { source target count first last amountEur }
    timeline { period count }
  }
}`;

const OFFICIALS_MET = `MATCH (o:Organisation {id: $id})-[:MET_AT]->(m:Event {kind: 'MEETING'})<-[:ATTENDED]-(p:Person)
  WHERE ($from IS NULL OR m.date >= date($from)) AND ($to IS NULL OR m.date <= date($to))
  RETURN p.id AS id, p.name AS name, count(DISTINCT m) AS n, toString(min(m.date)) AS first, toString(max(m.date)) AS last
  ORDER BY n DESC, name, id`;

describe('weightedNetwork by MEETINGS', () => {
  it('ranks the officials an organisation met, with counts and dates, and says it is cut', async () => {
    const expected = await cypher(OFFICIALS_MET, {
      id: 'org:businesseurope',
      from: null,
      to: null,
    });
    const result = await api.run<Data>(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      limit: 5,
    });
    const view = result.data!.weightedNetwork;
    expect(view.total).toBe(expected.length);
    expect(view.total).toBeGreaterThan(5);
    expect(view.shown).toBe(5);
    expect(view.truncated).toBe(true);
    const ring1 = view.nodes.filter((n: Data) => n.ring === 1);
    expect(ring1.map((n: Data) => n.id)).toEqual(expected.slice(0, 5).map((r) => r.id));
    for (const row of expected.slice(0, 5)) {
      const edge = view.edges.find((e: Data) => e.target === row.id);
      expect(edge).toMatchObject({ source: 'org:businesseurope', count: row.n });
      expect(edge).toMatchObject({ first: row.first, last: row.last, amountEur: null });
    }
    const notices = (result as { extensions?: Data }).extensions?.truncated as Data[];
    expect(notices.map((n) => n.message).join()).toContain(`top 5 of ${expected.length} partners`);
  });

  it('counts only the meetings of the period, and its timeline covers every date', async () => {
    const period = { from: '2021-01-01', to: '2021-12-31' };
    const expected = await cypher(OFFICIALS_MET, { id: 'org:businesseurope', ...period });
    const { weightedNetwork: view } = await ask(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      ...period,
      limit: 500,
    });
    expect(view.total).toBe(expected.length);
    expect(view.truncated).toBe(false);
    const counts = Object.fromEntries(view.edges.map((e: Data) => [e.target, e.count]));
    expect(counts).toEqual(Object.fromEntries(expected.map((r) => [r.id, r.n])));
    const [all] = await cypher(
      `MATCH (:Organisation {id: 'org:businesseurope'})-[:MET_AT]->(m:Event {kind: 'MEETING'}) RETURN count(DISTINCT m) AS n`,
    );
    expect(view.timeline.reduce((s: number, p: Data) => s + p.count, 0)).toBe(all!.n);
    expect(view.timeline.every((p: Data) => /^\d{4}-\d{2}$/.test(p.period))).toBe(true);
  });

  it('at depth 2 adds the organisations those officials met, linked to them', async () => {
    const { weightedNetwork: view } = await ask(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      depth: 2,
      limit: 5,
    });
    const ring = new Map(view.nodes.map((n: Data) => [n.id, n]));
    const ring2 = view.nodes.filter((n: Data) => n.ring === 2);
    expect(ring2).toHaveLength(5);
    expect(view.secondTotal).toBeGreaterThan(5);
    for (const node of ring2) expect(node.label).toBe('Organisation');
    for (const edge of view.edges) {
      expect((ring.get(edge.source) as Data).label).toBe('Organisation');
      expect((ring.get(edge.target) as Data).ring).toBe(1);
    }
    for (const node of view.nodes) {
      const sum = view.edges
        .filter((e: Data) => e.source === node.id || e.target === node.id)
        .reduce((s: number, e: Data) => s + e.count, 0);
      expect(node.weight).toBe(sum);
    }
  });

  it('around an initiative: the organisations that met about it, then their officials', async () => {
    const expected = await cypher(
      `MATCH (:Initiative {id: 'initiative:ehds'})<-[:ABOUT]-(m:Event {kind: 'MEETING'})<-[:MET_AT]-(o:Organisation)
       RETURN o.id AS id, o.name AS name, count(DISTINCT m) AS n ORDER BY n DESC, name`,
    );
    expect(expected.length).toBeGreaterThan(0);
    const { weightedNetwork: view } = await ask(VIEW, {
      id: 'initiative:ehds',
      by: 'MEETINGS',
      depth: 2,
      limit: 100,
    });
    expect(view.total).toBe(expected.length);
    const ring1 = view.nodes.filter((n: Data) => n.ring === 1).map((n: Data) => n.id);
    expect(new Set(ring1)).toEqual(new Set(expected.map((r) => r.id)));
    expect(
      view.nodes.filter((n: Data) => n.ring === 2).every((n: Data) => n.label === 'Person'),
    ).toBe(true);
  });
});

describe('weightedNetwork by PROJECTS and ROLES', () => {
  it('ranks partners by shared projects, links the partners among themselves, sums EU money', async () => {
    const [top] = await cypher(
      `MATCH (o:Organisation)-[r:PARTICIPATES_IN]->() WHERE r.droppedBy IS NULL
       RETURN o.id AS id, count(*) AS n ORDER BY n DESC LIMIT 1`,
    );
    const { weightedNetwork: view } = await ask(VIEW, { id: top!.id, by: 'PROJECTS', limit: 10 });
    const shared = await cypher(
      `MATCH (a:Organisation {id: $a})-[r1:PARTICIPATES_IN]->(p:Project)<-[r2:PARTICIPATES_IN]-(b:Organisation {id: $b})
       WHERE r1.droppedBy IS NULL AND r2.droppedBy IS NULL
       WITH DISTINCT p RETURN count(p) AS n, round(sum(p.ecMaxContribution), 2) AS eur`,
      { a: top!.id, b: view.nodes[1].id },
    );
    const edge = view.edges.find(
      (e: Data) => [e.source, e.target].sort().join() === [top!.id, view.nodes[1].id].sort().join(),
    );
    expect(edge).toMatchObject({ count: shared[0]!.n, amountEur: shared[0]!.eur });
    const among = view.edges.filter((e: Data) => e.source !== top!.id && e.target !== top!.id);
    expect(among.length).toBeGreaterThan(0);
    const { sharedProjects } = await ask(
      'query S($a: ID!, $b: ID!) { sharedProjects(a: $a, b: $b, limit: 500) { id name } }',
      { a: top!.id, b: view.nodes[1].id },
    );
    expect(sharedProjects).toHaveLength(shared[0]!.n);
    // Paging: offset 1 starts at the second project (not skipped twice).
    const page = await ask(
      'query S($a: ID!, $b: ID!) { sharedProjects(a: $a, b: $b, limit: 1, offset: 1) { id } }',
      { a: top!.id, b: view.nodes[1].id },
    );
    if (shared[0]!.n > 1) expect(page.sharedProjects).toEqual([{ id: sharedProjects[1].id }]);
    expect(view.timeline.every((p: Data) => /^\d{4}$/.test(p.period))).toBe(true);
  });

  it('by ROLES links a person to the organisations of their roles', async () => {
    const expected = await cypher(
      `MATCH (p:Person {id: 'person:henna-virkkunen'})-[r:HOLDS_ROLE]->(o) RETURN DISTINCT o.id AS id`,
    );
    const { weightedNetwork: view } = await ask(VIEW, {
      id: 'person:henna-virkkunen',
      by: 'ROLES',
    });
    expect(view.total).toBe(expected.length);
    expect(view.edges.every((e: Data) => e.source === 'person:henna-virkkunen')).toBe(true);
  });

  it('pages partners: total stays the number of partners, also past the last page', async () => {
    const { weightedNetwork: all } = await ask(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      limit: 500,
    });
    const { weightedNetwork: second } = await ask(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      limit: 5,
      offset: 5,
    });
    const ring1 = (v: Data) => v.nodes.filter((n: Data) => n.ring === 1).map((n: Data) => n.id);
    expect(ring1(second)).toEqual(ring1(all).slice(5, 10));
    expect(second).toMatchObject({ total: all.total, shown: 5, offset: 5, truncated: true });
    const { weightedNetwork: past } = await ask(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      offset: all.total + 10,
    });
    expect(past).toMatchObject({ total: all.total, shown: 0 });
  });

  it('refuses an unknown id, depth 2 by PROJECTS, and a limit out of range', async () => {
    const unknown = await api.run(VIEW, { id: 'org:businesseuropa', by: 'MEETINGS' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toContain('"org:businesseuropa"');
    const deep = await api.run(VIEW, { id: 'org:businesseurope', by: 'PROJECTS', depth: 2 });
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const zero = await api.run(VIEW, { id: 'org:businesseurope', by: 'MEETINGS', limit: 0 });
    expect(zero.errors?.[0]?.message).toContain('"limit" must be between 1 and 500');
  });
});

describe('the weighted view as an export (/export?view=…, policy-graph export --view)', () => {
  it('holds the nodes and weighted edges the API answers, typed by what they count', async () => {
    const { weightedNetwork: view } = await ask(VIEW, {
      id: 'org:businesseurope',
      by: 'MEETINGS',
      from: '2021-01-01',
      limit: 5,
    });
    const request = parseExportRequest({
      format: 'json',
      around: 'org:businesseurope',
      view: 'meetings',
      from: '2021-01-01',
      limit: '5',
    });
    const { graph, counts } = await openGraph(api.driver, api.database, request);
    const nodes = [];
    for await (const node of graph.nodes) nodes.push(node);
    const edges = [];
    for await (const edge of graph.edges()) edges.push(edge);
    expect(counts).toEqual({ nodes: view.nodes.length, edges: view.edges.length });
    expect(nodes.map((n) => [n.id, n.props.weight])).toEqual(
      view.nodes.map((n: Data) => [n.id, n.weight]),
    );
    expect(edges.map((e) => [e.source, e.target, e.type, e.props.count, e.props.first])).toEqual(
      view.edges.map((e: Data) => [e.source, e.target, 'MEETINGS', e.count, e.first]),
    );
  });

  it('refuses a view without its focus, and a depth the view does not take', () => {
    expect(() => parseExportRequest({ format: 'json', view: 'meetings' })).toThrow(
      /view needs around/,
    );
    expect(() =>
      parseExportRequest({ format: 'json', around: 'org:x', view: 'projects', depth: '2' }),
    ).toThrow(/view=projects takes depth 1–1/);
    expect(() =>
      parseExportRequest({ format: 'json', around: 'org:x', from: '2021-01-01' }),
    ).toThrow(/from, to and limit go with view/);
  });
});
