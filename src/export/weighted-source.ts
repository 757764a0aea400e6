import type { Driver } from 'neo4j-driver';
import { readWeightedNetwork } from '../network/weighted-read.js';
import type { WeightBy, WeightedNetwork } from '../network/weighted-view.js';
import type { ExportEdge, ExportNode, ExportRequest, WeightedView } from './types.js';
import type { PlainProps } from './types.js';

const BY: Readonly<Record<WeightedView, WeightBy>> = {
  meetings: 'MEETINGS',
  projects: 'PROJECTS',
  roles: 'ROLES',
};

/** Drops nulls: an export writes a property only when it has a value. */
const props = (values: Record<string, string | number | null>): PlainProps =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== null)) as PlainProps;

/** A weighted view as export records: nodes with ring and weight, edges typed by what they count. */
export function weightedRecords(view: WeightedNetwork): {
  nodes: ExportNode[];
  edges: ExportEdge[];
} {
  return {
    nodes: view.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      props: props({ name: n.name, kind: n.kind, ring: n.ring, weight: n.weight }),
    })),
    edges: view.edges.map((e) => ({
      source: e.source,
      target: e.target,
      type: view.by,
      props: props({ count: e.count, first: e.first, last: e.last, amountEur: e.amountEur }),
    })),
  };
}

/** A weighted view is one read of at most a few seconds; an export never waits on it forever. */
const EXPORT_VIEW_TIMEOUT_MS = 120_000;

export async function* each<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

/** /export?view=…: the weighted view the dashboard draws, as records for any of the four formats. */
export async function readWeightedView(
  driver: Driver,
  database: string,
  request: ExportRequest & { view: WeightedView; around: string },
): Promise<{ nodes: ExportNode[]; edges: ExportEdge[] }> {
  const view = await readWeightedNetwork(
    driver,
    database,
    {
      id: request.around,
      by: BY[request.view],
      depth: request.depth,
      from: request.from ?? null,
      to: request.to ?? null,
      limit: request.limit ?? 25,
    },
    { timeout: EXPORT_VIEW_TIMEOUT_MS },
  );
  return weightedRecords(view);
}
