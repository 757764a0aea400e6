import { DATE_FIELDS } from './entity-schemas.js';

/** A property value as a document states it: dates as written (YYYY, YYYY-MM or YYYY-MM-DD). */
export type ClaimValue = string | number | boolean;

/**
 * One value of one property with the documents that state it (Wikidata's statements with
 * references, FollowTheMoney's statements). A property may hold several claims: the same value from
 * several documents is one claim with several sources; a different value is another claim, kept
 * side by side and reported as a conflict. `preferred` marks the value the node shows.
 */
export interface Claim {
  readonly property: string;
  readonly value: ClaimValue;
  /** Document ids, sorted. Empty for a value written before claims existed (unsourced). */
  readonly sources: readonly string[];
  /** A curator's explicit choice (`prefer:` in a seed file). */
  readonly prefer?: boolean;
  readonly preferred?: boolean;
  /**
   * The date the newest of its dated sources states it as of (a dataset release, YYYY-MM-DD):
   * a later release's value is shown, an earlier release's stays a claim.
   */
  readonly asOf?: string;
}

/** Properties that hold several values at once: none of them conflicts with another. */
export const MULTI_VALUED = new Set([
  'aliases',
  'evidence',
  'asWritten',
  'quote',
  'keywords',
  'fieldsOfScience',
]);

/** Properties that are not stated by documents: bookkeeping and derived values. */
export const NOT_CLAIMED = new Set(['id', 'claims', 'sources', 'title']);

export const valueKey = (value: ClaimValue): string => JSON.stringify(value);

/** Precision of a date value: 3 for a day, 2 for a month, 1 for a year, 0 otherwise. */
const datePrecision = (property: string, value: ClaimValue): number =>
  DATE_FIELDS.has(property) && typeof value === 'string' ? value.split('-').length : 0;

/**
 * The value a property shows, whatever the load order: a curator's `prefer` first; then, for
 * dates, the more precise one (a day over a month over a year); then the value of the newer dated
 * source (a later dataset release; undated curated values come after dated ones); then the value
 * more documents state; then the smallest value (a stable tie-break, and a conflict stays
 * reported).
 */
export function preferredClaim(claims: readonly Claim[]): Claim | undefined {
  return [...claims].sort(
    (a, b) =>
      Number(Boolean(b.prefer)) - Number(Boolean(a.prefer)) ||
      datePrecision(b.property, b.value) - datePrecision(a.property, a.value) ||
      (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
      b.sources.length - a.sources.length ||
      (valueKey(a.value) < valueKey(b.value) ? -1 : valueKey(a.value) > valueKey(b.value) ? 1 : 0),
  )[0];
}

/** Claims in a stable order (property, then value), sources sorted, `preferred` set per property. */
export function normalizeClaims(claims: readonly Claim[]): Claim[] {
  const byProperty = new Map<string, Claim[]>();
  for (const c of claims) {
    const sources = [...new Set(c.sources)].sort();
    const { preferred: _p, ...rest } = c;
    const list = byProperty.get(c.property) ?? [];
    list.push({ ...rest, sources });
    byProperty.set(c.property, list);
  }
  const out: Claim[] = [];
  for (const property of [...byProperty.keys()].sort()) {
    const list = byProperty.get(property)!;
    const best = MULTI_VALUED.has(property) ? undefined : preferredClaim(list);
    list.sort((a, b) => (valueKey(a.value) < valueKey(b.value) ? -1 : 1));
    for (const c of list) out.push(c === best ? { ...c, preferred: true } : c);
  }
  return out;
}

/** Stored form: one JSON string per claim, in the stable order. */
export const encodeClaims = (claims: readonly Claim[]): string[] =>
  encodeNormalized(normalizeClaims(claims));

/** Stored form of claims already normalized (what `restate` returns). */
export const encodeNormalized = (claims: readonly Claim[]): string[] =>
  claims.map((c) => JSON.stringify(c));

export function decodeClaims(stored: unknown): Claim[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((s) => {
    try {
      const c = JSON.parse(String(s)) as Claim;
      return typeof c.property === 'string' && Array.isArray(c.sources) ? [c] : [];
    } catch {
      return [];
    }
  });
}

/** Aliases are a list of their own; figures live in claims only (GraphQL `quantities`). */
export const isShownProperty = (property: string): boolean =>
  property !== 'aliases' && !property.startsWith('quantity:');

/** The values a node or relationship shows: the preferred claim of each property. */
export function shownValues(claims: readonly Claim[]): Record<string, ClaimValue> {
  const out: Record<string, ClaimValue> = {};
  for (const c of claims) {
    if (!isShownProperty(c.property)) continue;
    if (c.preferred || (MULTI_VALUED.has(c.property) && !(c.property in out)))
      out[c.property] = c.value;
  }
  return out;
}

/** Every alias the claims hold, sorted. */
export const aliasesOf = (claims: readonly Claim[]): string[] =>
  [...new Set(claims.filter((c) => c.property === 'aliases').map((c) => String(c.value)))].sort();

/**
 * The claims after some documents state theirs again (a seed load, a dataset release): a document
 * that now states another value for a property no longer supports its old one (reported through
 * `onConflict` when other documents still state it); an unsourced value gives way to a sourced one;
 * the same value from another document adds that source (and the newer `asOf`).
 */
export function restate(
  graph: readonly Claim[],
  stated: Iterable<Claim>,
  onConflict?: (claim: Claim, otherValue: ClaimValue, otherSources: readonly string[]) => void,
): Claim[] {
  const merged = new Map<string, Claim>(graph.map((c) => [claimKey(c), c]));
  for (const claim of stated) {
    const key = claimKey(claim);
    if (!MULTI_VALUED.has(claim.property)) {
      for (const [otherKey, other] of merged) {
        if (other.property !== claim.property || otherKey === key) continue;
        const rest = other.sources.filter((s) => !claim.sources.includes(s));
        if (rest.length === 0) merged.delete(otherKey);
        else {
          merged.set(otherKey, { ...other, sources: rest });
          onConflict?.(claim, other.value, rest);
        }
      }
    }
    const prior = merged.get(key);
    const asOf = [prior?.asOf, claim.asOf].filter(Boolean).sort().at(-1);
    merged.set(key, {
      ...claim,
      sources: [...new Set([...(prior?.sources ?? []), ...claim.sources])],
      ...(prior?.prefer || claim.prefer ? { prefer: true } : {}),
      ...(asOf ? { asOf } : {}),
    });
  }
  return normalizeClaims([...merged.values()]);
}

const claimKey = (c: Claim) => `${c.property}\0${valueKey(c.value)}`;
