import type { Driver, Record as Neo4jRecord } from 'neo4j-driver';
import { cypherFile } from '../neo4j/cypher-file.js';
import { neighbourhood } from './neighbourhood.js';
import { streamRecords } from './records.js';
import type { ExportEdge, ExportNode, ExportRequest, GraphStream } from './types.js';
import { plainProps } from './values.js';
import { each, readWeightedView } from './weighted-source.js';

export interface ExportCounts {
  nodes: number;
  edges: number;
}

const toNode = (r: Neo4jRecord): ExportNode => ({
  id: r.get('id') as string,
  label: (r.get('label') as string | null) ?? 'Entity',
  props: plainProps(r.get('props') as Record<string, unknown>, ['id']),
});

const toEdge = (r: Neo4jRecord): ExportEdge => ({
  source: r.get('source') as string,
  target: r.get('target') as string,
  type: r.get('type') as string,
  props: plainProps(r.get('props') as Record<string, unknown>),
});

async function* mapCount<T>(
  records: AsyncIterable<Neo4jRecord>,
  map: (r: Neo4jRecord) => T,
  count: () => void,
): AsyncGenerator<T> {
  for await (const record of records) {
    count();
    yield map(record);
  }
}

/**
 * The graph to export, as lazy streams from Neo4j: the whole graph, or the neighbourhood of
 * `request.around` (resolved first, so an unknown id fails before anything is written).
 * `counts` fills in as the streams are consumed.
 */
export async function openGraph(
  driver: Driver,
  database: string,
  request: ExportRequest,
): Promise<{ graph: GraphStream; counts: ExportCounts }> {
  const asOf = request.asOf ?? null;
  const counts: ExportCounts = { nodes: 0, edges: 0 };
  if (request.view !== undefined && request.around !== undefined) {
    // The weighted view the dashboard draws: its focus checked (and redirected) as `around` is.
    const [focus] = await neighbourhood(driver, database, request.around, 0, undefined);
    const view = await readWeightedView(driver, database, {
      ...request,
      view: request.view,
      around: focus!,
    });
    Object.assign(counts, { nodes: view.nodes.length, edges: view.edges.length });
    return { graph: { nodes: each(view.nodes), edges: () => each(view.edges) }, counts };
  }
  let nodeQuery = cypherFile('export/nodes-all.cypher');
  let edgeQuery = cypherFile('export/edges-all.cypher');
  let params: Record<string, unknown> = { asOf };
  if (request.around !== undefined) {
    const ids = await neighbourhood(driver, database, request.around, request.depth, request.asOf);
    nodeQuery = cypherFile('export/nodes-by-id.cypher');
    edgeQuery = cypherFile('export/edges-by-id.cypher');
    params = { asOf, ids };
  }
  const graph: GraphStream = {
    nodes: mapCount(
      streamRecords(driver, database, nodeQuery, params),
      toNode,
      () => counts.nodes++,
    ),
    edges: () =>
      mapCount(streamRecords(driver, database, edgeQuery, params), toEdge, () => counts.edges++),
  };
  return { graph, counts };
}
