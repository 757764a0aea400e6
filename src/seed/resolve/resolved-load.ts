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

export const relKey = (r: Pick<RelRow, 'type' | 'from' | 'to' | 'identity'>): string =>
  JSON.stringify([r.type, r.from, r.to, Object.entries(r.identity).sort()]);
