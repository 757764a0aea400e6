import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import {
  assembleView,
  ringTwo,
  type Pair,
  type WeightBy,
  type WeightedNetwork,
  type WeightedNode,
} from './weighted-view.js';

export interface WeightedArgs {
  readonly id: string;
  readonly by: WeightBy;
  readonly depth?: number | null;
  readonly from?: unknown;
  readonly to?: unknown;
  readonly limit?: number | null;
  readonly offset?: number | null;
}

/** A day given as "YYYY-MM-DD" (the CLI, /export) or already a neo4j Date (GraphQL). */
function day(value: unknown): unknown {
  if (typeof value !== 'string') return value ?? null;
  const [y, m, d] = value.split('-').map(Number);
  return new neo4j.types.Date(y!, m!, d!);
}

/** A neo4j temporal or number as the plain value GraphQL serialises. */
const plain = (value: unknown): unknown => {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  return value;
};

type Row = Record<string, unknown>;

function pairOf(row: Row): Pair {
  return {
    source: row.source as string,
    node: {
      id: row.id as string,
      label: row.label as string,
      name: row.name as string,
      kind: (row.kind as string | null) ?? null,
    },
    count: plain(row.count) as number,
    first: plain(row.first) as string | null,
    last: plain(row.last) as string | null,
    amountEur: plain(row.amount) as number | null,
  };
}

interface Step {
  readonly ids: readonly string[];
  readonly among?: readonly string[] | null;
  readonly exclude?: readonly string[];
  readonly top?: number | null;
  readonly skip?: number;
}

/** One run of cypher/queries/weighted/partners.cypher: pairs, and how many there are in all. */
async function partners(
  tx: ManagedTransaction,
  base: Record<string, unknown>,
  step: Step,
): Promise<{ pairs: Pair[]; total: number }> {
  const result = await tx.run(cypherFile('queries/weighted/partners.cypher'), {
    ...base,
    ids: step.ids,
    among: step.among ?? null,
    exclude: step.exclude ?? [],
    top: step.top === undefined || step.top === null ? null : neo4j.int(step.top),
    skip: neo4j.int(step.skip ?? 0),
  });
  const record = result.records[0];
  if (!record) return { pairs: [], total: 0 };
  const rows = record.get('pairs') as Row[];
  return { pairs: rows.map(pairOf), total: plain(record.get('total')) as number };
}

async function focusOf(tx: ManagedTransaction, id: string): Promise<WeightedNode> {
  const result = await tx.run(cypherFile('queries/weighted/focus.cypher'), { id });
  const record = result.records[0];
  if (!record) throw new Error(`weightedNetwork: no entity has the id "${id}".`);
  const kind = (record.get('kind') as string | null) ?? null;
  return {
    id: record.get('id') as string,
    label: record.get('label') as string,
    name: record.get('name') as string,
    kind,
    ring: 0,
    weight: 0,
  };
}

async function timeline(tx: ManagedTransaction, id: string, by: WeightBy) {
  const result = await tx.run(cypherFile('queries/weighted/timeline.cypher'), { id, by });
  return result.records.map((r) => ({
    period: r.get('period') as string,
    count: plain(r.get('count')) as number,
  }));
}

/** Around these, MEETINGS counts the meetings about the focus (ABOUT), as `meetings(initiative:)`. */
const ABOUT_LABELS = ['Initiative', 'Topic', 'Project'];

/**
 * Whether the entities shown (besides the focus) can be linked among themselves: MEETINGS and
 * ROLES only join two different labels (organisation ↔ person), so one label alone has no link to
 * find and the query is not run; PROJECTS links organisations with each other.
 */
function linksPossible(by: WeightBy, labels: readonly string[]): boolean {
  if (labels.length < 2) return false;
  return by === 'PROJECTS' || new Set(labels).size > 1;
}

/** The view in one read transaction (one snapshot): focus, ring 1, ring 2, the links among them. */
async function readView(tx: ManagedTransaction, args: WeightedArgs): Promise<WeightedNetwork> {
  const focus = await focusOf(tx, args.id);
  const about = args.by === 'MEETINGS' && ABOUT_LABELS.includes(focus.label) ? focus.id : null;
  const base = { by: args.by, from: day(args.from), to: day(args.to), about };
  const limit = args.limit ?? 25;
  const offset = args.offset ?? 0;
  const first = await partners(tx, base, { ids: [focus.id], top: limit, skip: offset });
  const ring1 = first.pairs.map((p) => p.node.id);
  let second: { ids: string[]; total: number; labels: string[] } | undefined;
  if ((args.depth ?? 1) >= 2 && ring1.length > 0) {
    const candidates = await partners(tx, base, { ids: ring1, exclude: [focus.id, ...ring1] });
    const ids = ringTwo(candidates.pairs, limit);
    const labelOf = new Map(candidates.pairs.map((p) => [p.node.id, p.node.label]));
    second = { ...ids, labels: ids.ids.map((id) => labelOf.get(id) ?? '') };
  }
  const shown = [...ring1, ...(second?.ids ?? [])];
  const among = linksPossible(args.by, [
    ...first.pairs.map((p) => p.node.label),
    ...(second?.labels ?? []),
  ])
    ? await partners(tx, base, { ids: shown, among: shown })
    : { pairs: [] };
  return assembleView({
    focus,
    by: args.by,
    ring1: first.pairs,
    ring2Ids: second?.ids ?? [],
    ring2Total: second?.total ?? null,
    links: among.pairs,
    total: first.total,
    offset,
    timeline: await timeline(tx, focus.id, args.by),
  });
}

/**
 * A weighted view (see weighted-view.ts), read in one read transaction (one snapshot): for
 * Query.weightedNetwork and for /export?view=…. An unknown id throws; callers check ids first.
 */
export async function readWeightedNetwork(
  driver: Driver,
  database: string,
  args: WeightedArgs,
  transaction: { timeout?: number; metadata?: Record<string, unknown> } = {},
): Promise<WeightedNetwork> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    return await session.executeRead((tx) => readView(tx, args), transaction);
  } finally {
    await session.close();
  }
}
