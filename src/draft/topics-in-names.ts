import { headedOrgRuns } from './headed-orgs.js';
import type { KnownMatch } from './known-matches.js';
import { orgRun } from './name-runs.js';
import type { Token } from './tokens.js';
import type { UnitName } from './unit-names.js';

/**
 * A topic's words inside an organisation's name are the organisation's: "Unit C.3 “Digital Health
 * …”", "the Danish Health Data Authority" (with "Health Data" a known topic).
 */
export function withoutTopicsInNames(
  text: string,
  tokens: readonly Token[],
  known: readonly KnownMatch[],
  units: readonly UnitName[],
): KnownMatch[] {
  // (the names are read a second time only when a topic or a unit may sit inside one)
  const bodies = known.filter((k) => namesBody(text, k));
  if (!units.length && !bodies.length && !known.some((k) => k.entity.label === 'Topic'))
    return [...known];
  const blocked = new Set<number>();
  for (const k of known)
    if (k.entity.label !== 'Topic') for (let t = k.first; t < k.last; t++) blocked.add(t);
  const names = headedOrgRuns(text, tokens, new Set(blocked)).flatMap((i) => {
    const run = orgRun(text, tokens, i, blocked);
    return run ? [run] : [];
  });
  const inside = (k: KnownMatch, n: { start: number; end: number }) =>
    n.start <= k.start && k.end <= n.end && n.end - n.start > k.end - k.start;
  return known.filter(
    (k) =>
      !bodies.includes(k) &&
      !(k.entity.label !== 'Organisation' && units.some((u) => inside(k, u))) &&
      !(k.entity.label === 'Topic' && names.some((n) => inside(k, n))),
  );
}

/** Heads of the bodies a policy or a project has: "the EHDS Board", "the VHT Community". */
const BODY_AFTER =
  /^ (?:Board|Secretariat|Consortium|Community|Panel|Steering Group|Coordination Group|Expert Group)\b(?!\s+(?:meetings?|events?|position|vote|members?|calls?|pages?|website|newsletter|reports?|days?)\b)/;

/** "EHDS Board": a known initiative's or project's name that opens a body's name. */
const namesBody = (text: string, k: KnownMatch): boolean =>
  (k.entity.label === 'Initiative' || k.entity.label === 'Project') &&
  BODY_AFTER.test(text.slice(k.end, k.end + 30)) &&
  // ("a seat in the future EHDS Board": a body still to be set up is no organisation yet)
  !/\b(?:future|planned|proposed|envisaged|new)\s+$/i.test(
    text.slice(Math.max(0, k.start - 12), k.start),
  );
