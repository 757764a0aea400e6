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

/** One value of one property; sources and sites side by side (most values have one source). */
interface Stated {
  readonly property: string;
  readonly value: ClaimValue;
  readonly key: string;
  readonly sources: string[];
  readonly sites: Site[];
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
 * one document stating two values is a CONTRADICTORY_SOURCE error. Flat arrays, not maps: a load
 * holds one of these per node and relationship, each with a few values.
 */
export class StatedClaims {
  readonly #stated: Stated[] = [];
  #conflicts: PendingConflict[] | undefined;

  constructor(readonly what: string) {}

  state(
    property: string,
    value: ClaimValue,
    source: string,
    site: Site,
    issues: SeedIssue[],
    prefer = false,
  ): void {
    const key = valueKey(value);
    let known: Stated | undefined;
    for (const other of this.#stated) {
      if (other.property !== property) continue;
      if (other.key === key) known = other;
      else if (!MULTI_VALUED.has(property))
        this.#report(property, value, other, source, site, issues);
    }
    if (known) {
      if (!known.sources.includes(source)) {
        known.sources.push(source);
        known.sites.push(site);
      }
      known.prefer ||= prefer;
    } else this.#stated.push({ property, value, key, sources: [source], sites: [site], prefer });
  }

  get conflicts(): readonly PendingConflict[] {
    return this.#conflicts ?? [];
  }

  #report(
    property: string,
    value: ClaimValue,
    other: Stated,
    source: string,
    site: Site,
    issues: SeedIssue[],
  ) {
    if (other.sources.includes(source)) {
      const msg = `${this.what}.${property}: ${source} states both ${show(value)} and ${show(other.value)}; keep one`;
      issues.push(issue(site.file, site.at(), SeedIssueCode.CONTRADICTORY_SOURCE, msg));
      return;
    }
    const otherSources = [...other.sources];
    (this.#conflicts ??= []).push({
      property,
      value,
      source,
      otherValue: other.value,
      otherSources,
      site,
    });
  }

  /** The conflicts between this load's documents, as warnings (when no graph says more). */
  conflictIssues(): SeedIssue[] {
    return this.conflicts.map((c) => conflictIssue(this.what, c, c.otherSources));
  }

  /** Merges another set about the same thing (a relationship stated by two files). */
  absorb(other: StatedClaims, issues: SeedIssue[]): void {
    for (const s of other.#stated)
      s.sources.forEach((source, i) =>
        this.state(s.property, s.value, source, s.sites[i]!, issues, s.prefer),
      );
  }

  /** Every stated claim, in stable order, with the documents that state it. */
  claims(): Claim[] {
    const out = this.#stated.map((s) => ({
      property: s.property,
      value: s.value,
      sources: [...s.sources],
      ...(s.prefer ? { prefer: true } : {}),
    }));
    return normalizeClaims(out);
  }

  /** The documents of this load that state this property (any value). */
  sourcesOf(property: string, value?: ClaimValue): Set<string> {
    const out = new Set<string>();
    const key = value === undefined ? undefined : valueKey(value);
    for (const s of this.#stated)
      if (s.property === property && (key === undefined || s.key === key))
        for (const source of s.sources) out.add(source);
    return out;
  }

  /** Where a value of a property was first stated in this load. */
  siteOf(property: string, value: ClaimValue): Site | undefined {
    const key = valueKey(value);
    return this.#stated.find((s) => s.property === property && s.key === key)?.sites[0];
  }

  /** The values shown if the graph held nothing else: the preferred claim of each property. */
  shown(): Record<string, ClaimValue> {
    return shownValues(this.claims());
  }

  /** How many properties are stated. */
  get size(): number {
    return new Set(this.#stated.map((s) => s.property)).size;
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
