/** A property value as exported: Neo4j integers, dates and lists already turned into plain values. */
export type PlainValue = string | number | boolean | PlainValue[];

export type PlainProps = Record<string, PlainValue>;

/** One entity: its id, its own label (Person, Organisation, …) and every other stored property. */
export interface ExportNode {
  readonly id: string;
  readonly label: string;
  readonly props: PlainProps;
}

/** One relationship: endpoint ids, type, and its properties (sources, evidence, title, since, …). */
export interface ExportEdge {
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly props: PlainProps;
}

/**
 * A graph as two streams. `edges` is a function so that the edge query starts only once the
 * nodes have been written: at most one result stream is open at a time.
 */
export interface GraphStream {
  readonly nodes: AsyncIterable<ExportNode>;
  readonly edges: () => AsyncIterable<ExportEdge>;
}

export const exportFormats = ['graphml', 'gexf', 'csv', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const weightedViews = ['meetings', 'projects', 'roles'] as const;
export type WeightedView = (typeof weightedViews)[number];

/**
 * What to export: everything, the neighbourhood of `around` up to `depth` hops, or — with `view` —
 * the weighted view around it (weightedNetwork: top `limit` partners in `from`…`to`).
 */
export interface ExportRequest {
  readonly format: ExportFormat;
  readonly around: string | undefined;
  readonly depth: number;
  /** ISO date (YYYY-MM-DD): HOLDS_ROLE relationships not valid on that day are left out. */
  readonly asOf: string | undefined;
  readonly view?: WeightedView;
  readonly from?: string;
  readonly to?: string;
  readonly limit?: number;
}
