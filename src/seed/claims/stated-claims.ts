import { issue, SeedIssueCode, type Position, type SeedIssue } from '../issues.js';
import {
  MULTI_VALUED,
  normalizeClaims,
  shownValues,
  valueKey,
  type Claim,
  type ClaimValue,
} from '../../model/claims.js';

/** Where a document's claim was written in this load, for messages (not stored). */
export interface Site {
  readonly file: string;
  readonly at: () => Position;
}

interface Stated {
  readonly property: string;
  readonly value: ClaimValue;
  readonly sites: Map<string, Site>;
  prefer: boolean;
}

export const show = (value: ClaimValue): string => JSON.stringify(value);

/** Two documents of one load disagree: reported unless the graph already holds both sides. */
export interface PendingConflict {
  readonly property: string;
  readonly value: ClaimValue;
  readonly source: string;
  readonly otherValue: ClaimValue;
  readonly otherSources: readonly string[];
  readonly site: Site;
}

/**
 * The claims the files of one load make about one node or relationship (`what` names it in
 * messages). A value that another document states differently is kept beside it and reported as a
 * CONFLICTING_VALUE warning (by the plan, once: not again on a reload that adds nothing to it);
 * one document stating two values is a CONTRADICTORY_SOURCE error.
 */
export class StatedClaims {
  readonly #byProperty = new Map<string, Map<string, Stated>>();
  readonly conflicts: PendingConflict[] = [];

  constructor(readonly what: string) {}

  state(
    property: string,
    value: ClaimValue,
    source: string,
    site: Site,
    issues: SeedIssue[],
    prefer = false,
  ): void {
    const values = this.#byProperty.get(property) ?? new Map<string, Stated>();
    this.#byProperty.set(property, values);
    const key = valueKey(value);
    if (!MULTI_VALUED.has(property)) {
      for (const [otherKey, other] of values) {
        if (otherKey !== key) this.#report(property, value, other, source, site, issues);
      }
    }
    const known = values.get(key);
    if (known) {
      if (!known.sites.has(source)) known.sites.set(source, site);
      known.prefer ||= prefer;
    } else values.set(key, { property, value, sites: new Map([[source, site]]), prefer });
  }

  #report(
    property: string,
    value: ClaimValue,
    other: Stated,
    source: string,
    site: Site,
    issues: SeedIssue[],
  ) {
    if (other.sites.has(source)) {
      const msg = `${this.what}.${property}: ${source} states both ${show(value)} and ${show(other.value)}; keep one`;
      issues.push(issue(site.file, site.at(), SeedIssueCode.CONTRADICTORY_SOURCE, msg));
      return;
    }
    const otherSources = [...other.sites.keys()];
    this.conflicts.push({ property, value, source, otherValue: other.value, otherSources, site });
  }

  /** The conflicts between this load's documents, as warnings (when no graph says more). */
  conflictIssues(): SeedIssue[] {
    return this.conflicts.map((c) => conflictIssue(this.what, c, c.otherSources));
  }

  /** Merges another set about the same thing (a relationship stated by two files). */
  absorb(other: StatedClaims, issues: SeedIssue[]): void {
    for (const values of other.#byProperty.values())
      for (const s of values.values())
        for (const [source, site] of s.sites)
          this.state(s.property, s.value, source, site, issues, s.prefer);
  }

  /** Every stated claim, in stable order, with the documents that state it. */
  claims(): Claim[] {
    const out: Claim[] = [];
    for (const values of this.#byProperty.values())
      for (const s of values.values())
        out.push({
          property: s.property,
          value: s.value,
          sources: [...s.sites.keys()],
          ...(s.prefer ? { prefer: true } : {}),
        });
    return normalizeClaims(out);
  }

  /** The documents of this load that state this property (any value). */
  sourcesOf(property: string, value?: ClaimValue): Set<string> {
    const out = new Set<string>();
    for (const s of this.#byProperty.get(property)?.values() ?? [])
      if (value === undefined || valueKey(s.value) === valueKey(value))
        for (const source of s.sites.keys()) out.add(source);
    return out;
  }

  /** Where a value of a property was first stated in this load. */
  siteOf(property: string, value: ClaimValue): Site | undefined {
    return this.#byProperty.get(property)?.get(valueKey(value))?.sites.values().next().value;
  }

  /** The values shown if the graph held nothing else: the preferred claim of each property. */
  shown(): Record<string, ClaimValue> {
    return shownValues(this.claims());
  }

  get size(): number {
    return this.#byProperty.size;
  }
}

export function conflictIssue(
  what: string,
  c: Pick<PendingConflict, 'property' | 'value' | 'otherValue' | 'site'>,
  otherSources: readonly string[],
): SeedIssue {
  const msg = `${what}.${c.property}: ${show(c.value)} here vs ${show(c.otherValue)} in ${otherSources.join(', ')}`;
  return issue(c.site.file, c.site.at(), SeedIssueCode.CONFLICTING_VALUE, msg);
}
