/** Shapes of the public GraphQL API answers the page uses (see graphql/network.graphql). */
export interface NetworkNode {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly kind: string | null;
}

export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly type: string;
}

export interface Network {
  readonly nodes: readonly NetworkNode[];
  readonly edges: readonly NetworkEdge[];
  /** True when the API cut the answer (500 nodes, 2,000 edges). */
  readonly truncated?: boolean;
}

export interface SearchHit {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly score: number;
}

export interface Ranked {
  readonly id: string;
  readonly score: number;
}

export interface DocumentRef {
  readonly id: string;
  readonly name: string;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly publisher?: string | null;
  readonly kind?: string | null;
}
