import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';

/**
 * Relationships of one type and direction between two labels: the most on one node, all of them,
 * and how many a node reached by following a relationship has on average (Σd² / Σd: a random
 * relationship leads to a busy node more often than a random node is busy).
 */
export interface FanOut {
  readonly maxDegree: number;
  readonly total: number;
  readonly reached: number;
}

/**
 * The graph's real shape, read from Neo4j (cypher/shape/*.cypher): what the cost model bounds each
 * list by. Keys: fanOut `Label|TYPE|OUT|EndLabel`, valueMax `Label.property`.
 */
export interface GraphShape {
  /** Entities per label. */
  readonly nodes: Readonly<Record<string, number>>;
  readonly fanOut: Readonly<Record<string, FanOut>>;
  /** The most entities of a label sharing one value of a property (a `where … eq` matches ≤ that). */
  readonly valueMax: Readonly<Record<string, number>>;
  /** The properties valueMax was read for (any other property bounds nothing). */
  readonly readProperties: readonly string[];
  /** The most claims (claims, quantities) one entity of a label has. */
  readonly maxClaims: Readonly<Record<string, number>>;
  /** The most source documents one entity of a label has. */
  readonly maxSources: Readonly<Record<string, number>>;
  /** `nodes:relationships` from the count store when read: a change means read again. */
  readonly signature: string;
}

export const fanOutKey = (label: string, type: string, out: boolean, end: string): string =>
  `${label}|${type}|${out ? 'OUT' : 'IN'}|${end}`;

type Row = Record<string, unknown>;

/** One scan of the shape may take this long before Neo4j stops it (the old shape stays). */
export const SHAPE_READ_TIMEOUT_MS = 300_000;
const num = (value: unknown): number => Number(value ?? 0);

async function rows(
  driver: Driver,
  database: string,
  path: string,
  params: Row = {},
): Promise<Row[]> {
  const result = await driver.executeQuery(cypherFile(path), params, {
    database,
    routing: 'READ',
    transactionConfig: { timeout: SHAPE_READ_TIMEOUT_MS },
  });
  return result.records.map((r) => r.toObject() as Row);
}

/** The count-store signature (constant time). */
export async function readSignature(driver: Driver, database: string): Promise<string> {
  const [row] = await rows(driver, database, 'shape/signature.cypher');
  return `${num(row?.nodes)}:${num(row?.relationships)}`;
}

/**
 * Reads the whole shape: three scans of the graph, one after another (under a second for 10k
 * entities here; about a minute or more for a million).
 */
export async function readGraphShape(
  driver: Driver,
  database: string,
  properties: readonly string[],
): Promise<GraphShape> {
  const signature = await readSignature(driver, database);
  // One scan at a time: the server's own questions keep the other core.
  const fan = await rows(driver, database, 'shape/fan-out.cypher');
  const labels = await rows(driver, database, 'shape/nodes.cypher');
  const values = await rows(driver, database, 'shape/values.cypher', { properties });
  const fanOut: Record<string, FanOut> = {};
  for (const r of fan) {
    const key = `${String(r.label)}|${String(r.type)}|${String(r.direction)}|${String(r.end)}`;
    fanOut[key] = { maxDegree: num(r.maxDegree), total: num(r.total), reached: num(r.reached) };
  }
  const byLabel = (column: string) =>
    Object.fromEntries(labels.map((r) => [String(r.label), num(r[column])]));
  return {
    nodes: byLabel('nodes'),
    fanOut,
    valueMax: Object.fromEntries(
      values.map((r) => [`${String(r.label)}.${String(r.property)}`, num(r.maxSharing)]),
    ),
    readProperties: properties,
    maxClaims: byLabel('maxClaims'),
    maxSources: byLabel('maxSources'),
    signature,
  };
}
