import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { neighbourhood } from '../../src/export/neighbourhood.js';
import { runMerge } from '../../src/app/merge.js';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { listSeedFiles } from '../../src/seed/read/read-text.js';
import { startGraphQL, type GraphQLHarness } from '../graphql/graphql-harness.js';
import { bearer, signToken, TEST_JWT_SECRET } from '../graphql/tokens.js';
import { seedDir, SHA } from '../seed/seed-files.js';
import { clearGraph } from '../../harness/database.js';
import { EVENT } from '../../harness/curated.js';

// Issue 13, merge with redirect: the curated seed plus a file that declares a duplicate of Henna
// Virkkunen (same role, same talk, one role more, a Wikidata id) and two more duplicates for a chain.
const KEEP = 'person:henna-virkkunen';
const DROP = 'person:h-virkkunen';
const ROLE = 'Executive Vice-President for Tech Sovereignty, Security and Democracy';
const DUP = `source:
  id: doc:dup-source
  name: A source that spells her otherwise
  kind: ARTICLE
  url: https://example.org/dup
  sha256: '${SHA}'
entities:
  - id: ${DROP}
    name: H. Virkkunen
    wikidata: Q123456
  - id: person:dup-a
    name: Dup A
  - id: person:dup-b
    name: Dup B
  - id: org:ec-duplicate
    name: EC duplicate
    kind: INSTITUTION
    wikidata: Q1
relationships:
  - from: ${DROP}
    type: HOLDS_ROLE
    to: org:european-commission
    title: ${ROLE}
  - from: ${DROP}
    type: SPOKE_AT
    to: ${EVENT}
  - from: ${DROP}
    type: HOLDS_ROLE
    to: org:ebrains
    title: Test role
`;

let api: GraphQLHarness;
let editor: string;
const files = seedDir('pg-merge-');
const paths = [...listSeedFiles(fromRoot('seed')), files.write('dup.yaml', DUP)];
const merge = (keep: string, drop: string, reason = 'same person') =>
  runMerge(api.driver, api.database, { keep, drop, reason, actor: 'cli:test', requestId: 'r1' });
const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await api.driver.executeQuery(cypher, params, { database: api.database })).records.map((r) =>
    r.toObject(),
  );

beforeAll(async () => {
  api = await startGraphQL({ jwtSecret: TEST_JWT_SECRET });
  editor = bearer(await signToken({ roles: ['editor'], sub: 'curator@example' }));
  await clearGraph(api.driver, api.database);
  const report = await loadSeeds(api.driver, api.database, paths);
  expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
});
afterAll(async () => {
  files.remove();
  await api?.stop();
});

describe('a merge is refused, with nothing written', () => {
  it('for an unknown id, the same entity twice, different labels, different external ids', async () => {
    const before = await graphFingerprint(api.driver, api.database);
    await expect(merge(KEEP, 'person:nobody')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(merge(KEEP, KEEP)).rejects.toThrow(/into itself/);
    await expect(merge(KEEP, 'org:ebrains')).rejects.toThrow(
      "Cannot merge a Organisation ('org:ebrains') into a Person ('person:henna-virkkunen'): both must have the same label.",
    );
    await expect(merge('org:european-commission', 'org:ec-duplicate')).rejects.toThrow(
      /different external ids \(wikidata: Q8880 ≠ Q1\)/,
    );
    await expect(merge(KEEP, DROP, '  ')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await graphFingerprint(api.driver, api.database)).toBe(before);
  });

  it('through GraphQL without the editor role', async () => {
    const result = await api.run(
      `mutation { mergeEntities(keep: "${KEEP}", drop: "${DROP}", reason: "x") { keep } }`,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rows('MATCH (n:Entity {id: $id}) RETURN n.id', { id: DROP })).toHaveLength(1);
  });
});

describe('mergeEntities moves, unites and redirects', () => {
  it('runs for an editor in one transaction and says what it did', async () => {
    const result = await api.run(
      `mutation Merge { mergeEntities(keep: "${KEEP}", drop: "${DROP}", reason: "same person, initial only") {
        keep drop label relationshipsMoved relationshipsUnited redirectsCollapsed changeId } }`,
      undefined,
      editor,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.mergeEntities).toMatchObject({
      keep: KEEP,
      drop: DROP,
      label: 'Person',
      // the role at EBRAINS and the mention in doc:dup-source are new to her …
      relationshipsMoved: 2,
      // … the role at the Commission and the talk she has already (sources united)
      relationshipsUnited: 2,
      redirectsCollapsed: 0,
    });
  });

  it('the dropped node is a Redirect only; the kept one has its name, aliases, claims and wikidata', async () => {
    const [redirect] = await rows(
      'MATCH (r {id: $id}) RETURN labels(r) AS labels, r.redirectTo AS to, r.reason AS reason',
      { id: DROP },
    );
    expect(redirect).toEqual({
      labels: ['Redirect'],
      to: KEEP,
      reason: 'same person, initial only',
    });
    const [kept] = await rows(
      'MATCH (n:Person {id: $id}) RETURN n.name AS name, n.aliases AS aliases, n.wikidata AS wikidata, n.claims AS claims',
      { id: KEEP },
    );
    expect(kept!.name).toBe('Henna Virkkunen');
    expect(kept!.aliases).toEqual(expect.arrayContaining(['H. Virkkunen', 'Henna Virkunnen']));
    expect(kept!.wikidata).toBe('Q123456');
    const claims = (kept!.claims as string[]).map((c) => JSON.parse(c) as Record<string, unknown>);
    expect(claims).toContainEqual(
      expect.objectContaining({
        property: 'aliases',
        value: 'H. Virkkunen',
        sources: ['doc:dup-source'],
      }),
    );
    expect(claims.filter((c) => c.property === 'name').map((c) => c.value)).toEqual([
      'Henna Virkkunen',
    ]);
  });

  it('relationships: the same one is not duplicated (sources united), a new one moves', async () => {
    const rels = await rows(
      `MATCH (:Person {id: $id})-[r]->(o) WHERE type(r) IN ['HOLDS_ROLE', 'SPOKE_AT']
       RETURN type(r) AS type, o.id AS to, r.title AS title, r.capacity AS capacity, r.sources AS sources
       ORDER BY type, to`,
      { id: KEEP },
    );
    const article = 'doc:2025-10-21-ebrains-vht-article';
    expect(rels).toContainEqual({
      type: 'HOLDS_ROLE',
      to: 'org:ebrains',
      title: 'Test role',
      capacity: null,
      sources: ['doc:dup-source'],
    });
    const same = rels.filter((r) => r.to === 'org:european-commission' && r.title === ROLE);
    expect(same).toHaveLength(1);
    expect(same[0]!.sources).toEqual(expect.arrayContaining([article, 'doc:dup-source']));
    const talk = rels.filter((r) => r.type === 'SPOKE_AT' && r.to === EVENT);
    expect(talk).toHaveLength(1);
    expect(talk[0]).toMatchObject({ capacity: 'opening remarks' });
    expect(talk[0]!.sources).toEqual(expect.arrayContaining([article, 'doc:dup-source']));
  });

  it('is in the audit trail: merged for the kept id, redirected for the dropped one', async () => {
    const query = `query ($id: ID) { changes(entityId: $id, limit: 1) { operation actor action fields } }`;
    const dropped = await api.run<{ changes: unknown[] }>(query, { id: DROP }, editor);
    expect(dropped.data?.changes).toEqual([
      {
        operation: 'merge',
        actor: 'jwt:curator@example',
        action: 'redirected',
        fields: ['same person, initial only'],
      },
    ]);
    const kept = await api.run<{ changes: { action: string }[] }>(query, { id: KEEP }, editor);
    expect(kept.data?.changes[0]?.action).toBe('merged');
  });
});

describe('a query by the old id answers with the kept entity', () => {
  it('resolveId, egoNetwork, connections, central(scope:) and /export?around=', async () => {
    const result = await api.run<{
      resolveId: string | null;
      none: string | null;
      egoNetwork: { nodes: { id: string }[] };
      connections: { nodes: { id: string }[] };
      central: { id: string }[];
      commonConnections: { id: string }[];
    }>(
      `query ($old: ID!, $event: ID!) {
        resolveId(id: $old) none: resolveId(id: "person:nobody")
        egoNetwork(id: $old) { nodes { id } }
        connections(from: $old, to: $event, maxHops: 1) { nodes { id } }
        central(scope: $old, limit: 100) { id }
        commonConnections(a: $old, b: "person:sandra-gallina") { id } }`,
      { old: DROP, event: EVENT },
    );
    expect(result.errors).toBeUndefined();
    const data = result.data!;
    expect(data.resolveId).toBe(KEEP);
    expect(data.none).toBeNull();
    const ego = data.egoNetwork.nodes.map((n) => n.id);
    expect(ego).toContain(KEEP);
    expect(ego).toContain('org:ebrains');
    expect(ego).not.toContain(DROP);
    expect(data.connections.nodes.map((n) => n.id).sort()).toEqual([EVENT, KEEP].sort());
    expect(data.central.map((r) => r.id)).toContain(KEEP);
    expect(data.commonConnections.map((n) => n.id)).toContain(EVENT);
    const around = await neighbourhood(api.driver, api.database, DROP, 1, undefined);
    expect(around).toContain(KEEP);
    expect(around).not.toContain(DROP);
    const search = await api.run<{ search: { id: string }[] }>(
      '{ search(text: "H. Virkkunen") { id } }',
    );
    expect(search.data?.search.map((h) => h.id)).not.toContain(DROP);
  });

  it('chains collapse: A→B then B→C makes A→C', async () => {
    await merge('person:dup-b', 'person:dup-a');
    const second = await merge(KEEP, 'person:dup-b');
    expect(second.redirectsCollapsed).toBe(1);
    const [a] = await rows('MATCH (r:Redirect {id: $id}) RETURN r.redirectTo AS to', {
      id: 'person:dup-a',
    });
    expect(a).toEqual({ to: KEEP });
    await expect(merge(KEEP, 'person:dup-a')).rejects.toThrow(/already merged into/);
  });
});

describe('loading the seed files again does not bring the dropped entity back', () => {
  it('declarations and references of merged-away ids go to the kept entity, stable on a second load', async () => {
    const first = await loadSeeds(api.driver, api.database, paths);
    expect(first.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const redirected = first.issues.filter((i) => i.code === 'REDIRECTED');
    expect(redirected.map((i) => i.message)).toContain(
      `'${DROP}' was merged into '${KEEP}' (a redirect): read as '${KEEP}' — use that id`,
    );
    expect(redirected.every((i) => i.severity === 'warning')).toBe(true);
    const ids = ['person:h-virkkunen', 'person:dup-a', 'person:dup-b'];
    expect(await rows('MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id', { ids })).toEqual([]);
    const [kept] = await rows('MATCH (n:Person {id: $id}) RETURN n.name AS name', { id: KEEP });
    expect(kept).toEqual({ name: 'Henna Virkkunen' });
    const once = await graphFingerprint(api.driver, api.database);
    await loadSeeds(api.driver, api.database, paths);
    expect(await graphFingerprint(api.driver, api.database)).toBe(once);
  });
});
