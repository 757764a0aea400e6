import type { Label } from '../../model/labels.js';
import type { Props } from '../validate/valid-seed.js';
import type { SeedIssue } from '../issues.js';
import type { StatedClaims } from '../claims/stated-claims.js';

/** A node as the load wants it: declared properties, and every spelling seen (new aliases). */
export interface NodeRow {
  readonly id: string;
  readonly label: Label;
  readonly props: Props;
  readonly aliases: string[];
  /** What the files state, value by value, with their documents (absent in bulk bench rows). */
  readonly claims?: StatedClaims;
}

/** A relationship as the load wants it, identified by type, endpoints and identity properties. */
export interface RelRow {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  /** Properties that tell two relationships between the same nodes apart (HOLDS_ROLE.title). */
  readonly identity: Props;
  readonly props: Props;
  readonly sources: string[];
  readonly claims?: StatedClaims;
}

export interface ResolvedLoad {
  readonly nodes: NodeRow[];
  readonly relationships: RelRow[];
  readonly issues: SeedIssue[];
}

/**
 * One string per relationship: type, ends and identity properties (sorted). Built for every
 * relationship a load states, so the common case (no identity property) is a plain join; ids and
 * types never hold a NUL.
 */
export function relKey(r: Pick<RelRow, 'type' | 'from' | 'to' | 'identity'>): string {
  const base = `${r.type}\0${r.from}\0${r.to}`;
  let identity: [string, unknown][] | undefined;
  for (const k in r.identity) (identity ??= []).push([k, r.identity[k]]);
  return identity ? `${base}\0${JSON.stringify(identity.sort())}` : base;
}
