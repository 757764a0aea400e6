import type { SeedIssue } from '../issues.js';
import { NameIndex, type NamedEntity } from './name-index.js';
import type { NodeRow, RelRow } from './resolved-load.js';

/** A node being assembled from every file that states it; `origin` names the file of each value. */
export interface NodeDraft {
  readonly row: NodeRow;
  readonly origin: Map<string, string>;
}

export type RelDraft = RelRow & { readonly origin: Map<string, string> };

/** What the resolve stage builds up while it reads the files, shared by its steps. */
export interface ResolveState {
  /** Every spelling of every entity: the graph's and the files'. */
  readonly index: NameIndex;
  /** Ids already in the graph. */
  readonly knownIds: ReadonlySet<string>;
  readonly nodes: Map<string, NodeDraft>;
  readonly rels: Map<string, RelDraft>;
  readonly issues: SeedIssue[];
}

export function newResolveState(known: readonly NamedEntity[]): ResolveState {
  const index = new NameIndex();
  for (const entity of known) index.add(entity);
  return {
    index,
    knownIds: new Set(known.map((e) => e.id)),
    nodes: new Map(),
    rels: new Map(),
    issues: [],
  };
}

/** Adds spellings to a node the load writes (graph-only entities are not rows). */
export function addAliases(row: NodeRow | undefined, spellings: readonly string[]): void {
  if (!row) return;
  for (const s of spellings) if (!row.aliases.includes(s)) row.aliases.push(s);
}
