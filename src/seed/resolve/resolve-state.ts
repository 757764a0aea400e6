import { StatedClaims, type Site } from '../claims/stated-claims.js';
import type { SeedIssue } from '../issues.js';
import { NameIndex, type NamedEntity } from '../../identity/name-index.js';
import type { NodeRow, RelRow } from './resolved-load.js';

export type NodeDraft = NodeRow & { readonly claims: StatedClaims };
export type RelDraft = RelRow & { readonly claims: StatedClaims };

/** What the resolve stage builds up while it reads the files, shared by its steps. */
export interface ResolveState {
  /** Every spelling of every entity: the graph's and the files'. */
  readonly index: NameIndex;
  /** Ids already in the graph. */
  readonly knownIds: ReadonlySet<string>;
  /** Nodes the load writes: declared ones, and graph entities that get a new spelling. */
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

/** The draft of a node, created empty (a patch of a graph entity) when the load has none yet. */
export function nodeDraft(state: ResolveState, id: string): NodeDraft | undefined {
  const known = state.nodes.get(id);
  if (known) return known;
  const entity = state.index.get(id);
  if (!entity) return undefined;
  const draft = { id, label: entity.label, props: {}, aliases: [], claims: new StatedClaims(id) };
  state.nodes.set(id, draft);
  return draft;
}

/**
 * Keeps a spelling of an entity as an alias with its source document, for graph entities too
 * (asWritten, a reference by another name or acronym, an accepted close spelling).
 */
export function keepSpelling(
  state: ResolveState,
  id: string,
  spelling: string,
  source: string,
  site: Site,
): void {
  const draft = nodeDraft(state, id);
  if (!draft) return;
  if (!draft.aliases.includes(spelling)) draft.aliases.push(spelling);
  draft.claims.state('aliases', spelling, source, site, state.issues);
  state.index.add(state.index.get(id)!, [spelling]);
}
