/**
 * The dashboard's weighted views (graphql/weighted.graphql): which entity each one is about (found
 * with Cypher, but for the curated ids), and the GraphQL time of each in process (p50/p95).
 */
import type { Driver } from 'neo4j-driver';
import { summarize } from '../stats.js';
import { startInProcessApi } from '../api/in-process-api.js';

export type WeightBy = 'MEETINGS' | 'PROJECTS' | 'ROLES';

export interface ViewSpec {
  readonly title: string;
  readonly by: WeightBy;
  readonly depth: number;
  readonly limit: number;
  /** Cypher answering `id`, `name` and `n` (what makes it the one), or nothing when missing. */
  readonly find: string;
  readonly params?: Record<string, unknown>;
}

export interface Entity {
  readonly id: string;
  readonly name: string;
  /** What chose it (participations, meetings attended); null for the curated ids. */
  readonly n: number | null;
}

const curated = (label: string, id: string) => ({
  find: `MATCH (e:${label} {id: $id}) RETURN e.id AS id, e.name AS name, null AS n LIMIT 1`,
  params: { id },
});

const MOST_PARTICIPATIONS = `
MATCH (o:Organisation)-[r:PARTICIPATES_IN]->(:Project)
WHERE r.droppedBy IS NULL AND ($pattern IS NULL OR o.name =~ $pattern)
RETURN o.id AS id, o.name AS name, count(r) AS n ORDER BY n DESC, id LIMIT 1`;

export const VIEWS: readonly ViewSpec[] = [
  {
    title: 'BUSINESSEUROPE meetings, depth 1',
    by: 'MEETINGS',
    depth: 1,
    limit: 25,
    ...curated('Organisation', 'org:businesseurope'),
  },
  {
    title: 'BUSINESSEUROPE meetings, depth 2',
    by: 'MEETINGS',
    depth: 2,
    limit: 25,
    ...curated('Organisation', 'org:businesseurope'),
  },
  {
    title: 'EHDS meetings, depth 2',
    by: 'MEETINGS',
    depth: 2,
    limit: 25,
    ...curated('Initiative', 'initiative:ehds'),
  },
  {
    title: 'KU Leuven projects',
    by: 'PROJECTS',
    depth: 1,
    limit: 25,
    find: MOST_PARTICIPATIONS,
    params: { pattern: '(?i).*leuven.*' },
  },
  {
    title: 'largest participant projects',
    by: 'PROJECTS',
    depth: 1,
    limit: 25,
    find: MOST_PARTICIPATIONS,
    params: { pattern: null },
  },
  {
    title: 'official meetings, depth 2',
    by: 'MEETINGS',
    depth: 2,
    limit: 25,
    find: `MATCH (p:Person)-[:ATTENDED]->(:Event)
RETURN p.id AS id, p.name AS name, count(*) AS n ORDER BY n DESC, id LIMIT 1`,
  },
  {
    title: 'person roles, depth 2',
    by: 'ROLES',
    depth: 2,
    limit: 25,
    ...curated('Person', 'person:henna-virkkunen'),
  },
];

/** The entity of a view, or undefined when the graph lacks it (e.g. no CORDIS data). */
export async function findEntity(
  driver: Driver,
  database: string,
  spec: Pick<ViewSpec, 'find' | 'params'>,
): Promise<Entity | undefined> {
  const { records } = await driver.executeQuery(spec.find, spec.params ?? {}, {
    database,
    routing: 'READ',
  });
  const r = records[0];
  if (!r) return undefined;
  const n = r.get('n') as unknown;
  return {
    id: r.get('id') as string,
    name: String(r.get('name')),
    n: n === null ? null : Number(n),
  };
}

export function weightedQuery(id: string, spec: ViewSpec): string {
  return `{ weightedNetwork(id: ${JSON.stringify(id)}, by: ${spec.by}, depth: ${spec.depth}, limit: ${spec.limit}) {
  focus { id } total shown truncated
  nodes { id label name ring weight }
  edges { source target count first last amountEur }
  timeline { period count }
} }`;
}

interface Answer {
  weightedNetwork: { total: number; shown: number; truncated: boolean; nodes: []; edges: [] };
}

export interface GraphqlRow {
  readonly view: string;
  readonly by: WeightBy;
  readonly depth: number;
  readonly entity?: Entity;
  readonly skipped?: string;
  readonly ms?: { p50: number; p95: number; min: number; max: number; n: number };
  readonly samples?: number[];
  readonly nodes?: number;
  readonly edges?: number;
  readonly total?: number;
  readonly shown?: number;
  readonly truncated?: boolean;
}

/** Each view: `warmup` runs discarded, then `rounds` timed ones (Apollo's executeOperation). */
export async function benchGraphql(
  driver: Driver,
  database: string,
  entities: ReadonlyMap<ViewSpec, Entity | undefined>,
  options: { warmup: number; rounds: number; log: (line: string) => void },
): Promise<GraphqlRow[]> {
  const api = await startInProcessApi(driver, database);
  const rows: GraphqlRow[] = [];
  try {
    for (const spec of VIEWS) {
      const head = { view: spec.title, by: spec.by, depth: spec.depth };
      const entity = entities.get(spec);
      if (!entity) {
        rows.push({ ...head, skipped: 'entity not in the graph' });
        options.log(`${spec.title}: skipped (entity not in the graph)`);
        continue;
      }
      const query = weightedQuery(entity.id, spec);
      const samples: number[] = [];
      let answer: Answer | undefined;
      for (let i = 0; i < options.warmup + options.rounds; i++) {
        const t = performance.now();
        answer = (await api.run(query).catch((error: Error) => {
          throw new Error(`${spec.title} (${entity.id}): ${error.message}`);
        })) as Answer;
        if (i >= options.warmup) samples.push(performance.now() - t);
      }
      const w = answer!.weightedNetwork;
      const s = summarize(samples);
      const row: GraphqlRow = {
        ...head,
        entity,
        ms: { p50: s.p50, p95: s.p95, min: s.min, max: s.max, n: s.n },
        samples: samples.map((x) => Math.round(x * 1000) / 1000),
        nodes: w.nodes.length,
        edges: w.edges.length,
        total: w.total,
        shown: w.shown,
        truncated: w.truncated,
      };
      rows.push(row);
      options.log(
        `${spec.title} (${entity.id}): p50 ${s.p50} / p95 ${s.p95} ms; ${row.nodes} nodes, ${row.edges} edges, total ${row.total}`,
      );
    }
  } finally {
    await api.stop();
  }
  return rows;
}
