import { issue, SeedIssueCode, type Position, type SeedIssue } from '../issues.js';
import {
  isShownProperty,
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
  at(): Position;
}

/**
 * One value of one property, with the first document that states it and where; further documents
 * (rare) in `more`. A load holds hundreds of thousands of these: no arrays and no key unless needed.
 */
interface Stated {
  readonly property: string;
  readonly value: ClaimValue;
  /** valueKey(value), computed when the value is first compared with another. */
  key?: string;
  readonly source: string;
  readonly site: Site;
  more?: { readonly source: string; readonly site: Site }[];
  prefer: boolean;
}

const keyOf = (s: Stated): string => (s.key ??= valueKey(s.value));
const sourcesOf = (s: Stated): string[] =>
  s.more ? [s.source, ...s.more.map((m) => m.source)] : [s.source];
const states = (s: Stated, source: string): boolean =>
  s.source === source || (s.more?.some((m) => m.source === source) ?? false);

/** The relationship a set of claims is about. */
export interface RelationshipSubject {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

const NONE: readonly Stated[] = [];

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
  /** Allocated on the first value: most relationships state none. */
  #stated: Stated[] | undefined;
  #conflicts: PendingConflict[] | undefined;

  /** A node's id, or a relationship's ends: named in messages only, so formatted only then. */
  constructor(readonly subject: string | RelationshipSubject) {}

  /** What the claims are about, as messages name it ("HOLDS_ROLE person:x → org:y"). */
  get what(): string {
    const s = this.subject;
    return typeof s === 'string' ? s : `${s.type} ${s.from} → ${s.to}`;
  }

  get #all(): readonly Stated[] {
    return this.#stated ?? NONE;
  }

  state(
    property: string,
    value: ClaimValue,
    source: string,
    site: Site,
    issues: SeedIssue[],
    prefer = false,
  ): void {
    let key: string | undefined;
    let known: Stated | undefined;
    for (const other of this.#all) {
      if (other.property !== property) continue;
      if (keyOf(other) === (key ??= valueKey(value))) known = other;
      else if (!MULTI_VALUED.has(property))
        this.#report(property, value, other, source, site, issues);
    }
    if (known) {
      if (!states(known, source)) (known.more ??= []).push({ source, site });
      known.prefer ||= prefer;
    } else
      (this.#stated ??= []).push({
        property,
        value,
        ...(key ? { key } : {}),
        source,
        site,
        prefer,
      });
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
    if (states(other, source)) {
      const msg = `${this.what}.${property}: ${source} states both ${show(value)} and ${show(other.value)}; keep one`;
      issues.push(issue(site.file, site.at(), SeedIssueCode.CONTRADICTORY_SOURCE, msg));
      return;
    }
    const otherSources = sourcesOf(other);
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
    for (const s of other.#all) {
      this.state(s.property, s.value, s.source, s.site, issues, s.prefer);
      for (const m of s.more ?? [])
        this.state(s.property, s.value, m.source, m.site, issues, s.prefer);
    }
  }

  /** Every stated claim, in stable order, with the documents that state it. */
  claims(): Claim[] {
    const out = this.#all.map((s) => ({
      property: s.property,
      value: s.value,
      sources: sourcesOf(s),
      ...(s.prefer ? { prefer: true } : {}),
    }));
    return normalizeClaims(out);
  }

  /** The documents of this load that state this property (any value). */
  sourcesOf(property: string, value?: ClaimValue): Set<string> {
    const out = new Set<string>();
    const key = value === undefined ? undefined : valueKey(value);
    for (const s of this.#all)
      if (s.property === property && (key === undefined || keyOf(s) === key))
        for (const source of sourcesOf(s)) out.add(source);
    return out;
  }

  /** Where a value of a property was first stated in this load. */
  siteOf(property: string, value: ClaimValue): Site | undefined {
    const key = valueKey(value);
    return this.#all.find((s) => s.property === property && keyOf(s) === key)?.site;
  }

  /** The values shown if the graph held nothing else: the preferred claim of each property. */
  shown(): Record<string, ClaimValue> {
    // Most rows state one value per property: that value is shown (no ordering to work out).
    const out: Record<string, ClaimValue> = {};
    for (const s of this.#all) {
      if (!isShownProperty(s.property)) continue;
      if (s.property in out) return shownValues(this.claims());
      out[s.property] = s.value;
    }
    return out;
  }

  /** How many properties are stated. */
  get size(): number {
    return new Set(this.#all.map((s) => s.property)).size;
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
