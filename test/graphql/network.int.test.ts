import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFoundingGraph } from '../../harness/fixture.js';
import { startGraphQL, type GraphQLHarness } from './graphql-harness.js';

// The custom @cypher queries (cypher/queries/*.cypher) on the founding document.
let api: GraphQLHarness;
const EVENT = 'event:2025-10-21-vht-high-level-event';

interface NetworkNode {
  id: string;
  label: string;
  name: string;
  kind: string | null;
}
interface Network {
  nodes: NetworkNode[];
  edges: { source: string; target: string; type: string }[];
}
const NETWORK = 'nodes { id label name kind } edges { source target type }';

beforeAll(async () => {
  api = await startGraphQL();
  await loadFoundingGraph(api.driver, api.database);
  // Test-only history (not in the article): a role that ended before the event, one that started after.
  await api.driver.executeQuery(
    `MATCH (p:Person {id: 'person:sandra-gallina'}), (ec:Organisation {id: 'org:european-commission'})
     CREATE (p)-[:HOLDS_ROLE {title: 'test: former role', since: date('2010-01-01'), until: date('2019-12-31'),
       sources: ['doc:test']}]->(:Organisation:Entity {id: 'org:test-former-employer', name: 'Former employer', aliases: []})
     CREATE (p)-[:HOLDS_ROLE {title: 'test: future role', since: date('2030-01-01'), sources: ['doc:test']}]->(ec)`,
    {},
    { database: api.database },
  );
});
afterAll(async () => api?.stop());

async function data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await api.run<T>(query, variables);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

describe('search', () => {
  const search = (text: string, limit = 10) =>
    data<{ search: { id: string; label: string; name: string; score: number }[] }>(
      'query ($text: String!, $limit: Int) { search(text: $text, limit: $limit) { id label name score } }',
      { text, limit },
    ).then((r) => r.search);

  it('"Virkunnen" (the article\'s typo) finds Henna Virkkunen first', async () => {
    const hits = await search('Virkunnen');
    expect(hits[0]).toMatchObject({
      id: 'person:henna-virkkunen',
      label: 'Person',
      name: 'Henna Virkkunen',
    });
  });

  it('is fuzzy beyond the recorded aliases ("Virkunen", "Galina") and finds prefixes ("Rademak")', async () => {
    expect((await search('Virkunen'))[0]?.id).toBe('person:henna-virkkunen');
    expect((await search('Sandra Galina'))[0]?.id).toBe('person:sandra-gallina');
    expect((await search('Rademak'))[0]?.id).toBe('person:frank-rademakers');
  });

  it('covers acronyms, aliases and statement texts', async () => {
    expect((await search('EDHS'))[0]?.id).toBe('initiative:ehds');
    const hits = await search('multimorbidity');
    expect(hits.map((h) => h.id)).toEqual(
      expect.arrayContaining([
        'topic:multimorbidity',
        'statement:2025-10-21-benson-multimorbidity',
      ]),
    );
    expect(hits.find((h) => h.label === 'Statement')?.name).toBe(
      'Mikael Benson on multimorbidity, 2025-10-21',
    );
  });

  it('respects the limit and returns nothing for blank text', async () => {
    expect(await search('European', 2)).toHaveLength(2);
    expect(await search('   ')).toEqual([]);
  });
});

describe('egoNetwork', () => {
  const ego = (id: string, depth?: number, asOf?: string) =>
    data<{ egoNetwork: Network }>(
      `query ($id: ID!, $depth: Int, $asOf: Date) { egoNetwork(id: $id, depth: $depth, asOf: $asOf) { ${NETWORK} } }`,
      { id, depth, asOf },
    ).then((r) => r.egoNetwork);

  it('depth 1 around Sandra Gallina: DG SANTE, the event, her statements; provenance not followed', async () => {
    const network = await ego('person:sandra-gallina', 1, '2025-10-21');
    expect(network.nodes.map((n) => n.id).sort()).toEqual([
      EVENT,
      'org:dg-sante',
      'person:sandra-gallina',
      'statement:2025-10-21-gallina-ehds',
      // Quoted in EDITH's last newsletter (seed/2025-12-01-edith-last-newsletter.yaml).
      'statement:2025-12-gallina-trust-ethical-standards',
      'statement:2025-12-gallina-vht-bold-step',
    ]);
    expect(network.edges).toContainEqual({
      source: 'person:sandra-gallina',
      target: 'org:dg-sante',
      type: 'HOLDS_ROLE',
    });
    expect(network.edges.every((e) => e.type !== 'MENTIONED_IN')).toBe(true);
    expect(network.nodes.find((n) => n.id === 'org:dg-sante')).toMatchObject({
      label: 'Organisation',
      kind: 'DIRECTORATE_GENERAL',
    });
  });

  it('asOf keeps only roles held on that day (since <= asOf and until null or >= asOf)', async () => {
    const ids = async (asOf?: string) =>
      (await ego('person:sandra-gallina', 1, asOf)).nodes.map((n) => n.id);
    expect(await ids('2015-06-01')).toContain('org:test-former-employer');
    expect(await ids('2025-10-21')).not.toContain('org:test-former-employer');
    expect(await ids('2025-10-21')).not.toContain('org:european-commission');
    expect(await ids('2031-01-01')).toContain('org:european-commission');
    expect(await ids(undefined)).toEqual(
      expect.arrayContaining(['org:test-former-employer', 'org:european-commission']),
    );
  });

  it('depth 2 reaches further; edges only join returned nodes', async () => {
    const network = await ego('person:henna-virkkunen', 2);
    const ids = new Set(network.nodes.map((n) => n.id));
    expect(ids).toContain('initiative:vht');
    expect(ids).toContain('person:sandra-gallina');
    expect(network.edges.length).toBeGreaterThan(0); // else `every` below holds for nothing
    expect(network.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });

  it('an unknown id is NOT_FOUND naming the argument and the closest ids', async () => {
    const result = await api.run('{ egoNetwork(id: "person:sandra-galina") { nodes { id } } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(result.errors?.[0]?.message).toMatch(
      /egoNetwork\(id:\): no entity has the id "person:sandra-galina". Closest known ids: person:sandra-gallina/,
    );
  });
});

describe('connections', () => {
  const connections = (from: string, to: string, maxHops?: number) =>
    data<{ connections: Network }>(
      `query ($from: ID!, $to: ID!, $maxHops: Int) { connections(from: $from, to: $to, maxHops: $maxHops) { ${NETWORK} } }`,
      { from, to, maxHops },
    ).then((r) => r.connections);

  it('a path DG CONNECT → EBRAINS exists (via the Commission, which funds VBT)', async () => {
    const network = await connections('org:dg-connect', 'org:ebrains');
    const ids = network.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'org:dg-connect',
        'org:european-commission',
        'project:vbt',
        'org:ebrains',
      ]),
    );
    expect(network.edges).toContainEqual({
      source: 'project:vbt',
      target: 'org:ebrains',
      type: 'COORDINATED_BY',
    });
    expect(network.edges.every((e) => e.type !== 'MENTIONED_IN')).toBe(true);
  });

  it('maxHops bounds the path length; unknown ends give an empty network', async () => {
    expect((await connections('org:dg-connect', 'org:ebrains', 2)).nodes).toEqual([]);
    expect((await connections('org:dg-connect', 'org:european-commission', 1)).edges).toEqual([
      { source: 'org:dg-connect', target: 'org:european-commission', type: 'PART_OF' },
    ]);
    const unknown = await api.run(
      '{ connections(from: "org:dg-connect", to: "org:nowhere") { nodes { id } } }',
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(unknown.errors?.[0]?.message).toMatch(
      /connections\(to:\): no entity has the id "org:nowhere"/,
    );
  });
});

describe('commonConnections and central', () => {
  it('Henna Virkkunen and Sandra Gallina share the event', async () => {
    const { commonConnections } = await data<{ commonConnections: NetworkNode[] }>(
      '{ commonConnections(a: "person:henna-virkkunen", b: "person:sandra-gallina") { id label name kind } }',
    );
    expect(commonConnections.map((n) => n.id)).toContain(EVENT);
  });

  it('DG CONNECT and DG SANTE share the Commission', async () => {
    const { commonConnections } = await data<{ commonConnections: NetworkNode[] }>(
      '{ commonConnections(a: "org:dg-connect", b: "org:dg-sante") { id } }',
    );
    expect(commonConnections).toEqual([{ id: 'org:european-commission' }]);
  });

  it('the event and VHT are the most connected (degree centrality)', async () => {
    const { central } = await data<{ central: { id: string; score: number }[] }>(
      '{ central(limit: 3) { id label name score } }',
    );
    expect(central.map((r) => r.id).slice(0, 2)).toEqual([EVENT, 'initiative:vht']);
    expect(central[0]!.score).toBeGreaterThanOrEqual(central[1]!.score);
    expect(central).toHaveLength(3);
  });

  it('scope ranks inside the two-hop neighbourhood of an entity', async () => {
    const { central } = await data<{ central: { id: string }[] }>(
      '{ central(scope: "project:vbt", limit: 100) { id score } }',
    );
    const ids = central.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining(['project:vbt', 'initiative:vht', 'org:ebrains']));
    expect(ids).not.toContain('person:matt-truppo');
  });
});
