/** The units an affiliation line names before its university (see numbered-affiliations.ts). */
import type { DraftBuilder } from './draft-builder.js';
import { affiliationLines, GENERIC_PART } from './numbered-affiliations.js';
import { foldedWords } from './tokens.js';

/**
 * "¹ Faculty of Medicine, University of Porto, Porto, Portugal": the faculty is a part of the
 * university the line names after it, not an organisation of its own (unless the text names it
 * elsewhere, or someone's role is there).
 */
const ACADEMIC =
  /\b(?:Universit\p{L}*|Hospital|Hôpital|Ospedale|Klinikum|Clinic|Institut\p{L}*|School|College|Polytechnic|Politecnico|Academy|Medical\s+Cent(?:re|er)|UMC)\b/u;

export function dropAffiliationUnits(text: string, builder: DraftBuilder): void {
  const entries = affiliationLines(text);
  if (!entries.length) return;
  // (a university's, a hospital's, an institute's: not "Department of Health, London", a ministry)
  const known = new Set(
    [...builder.entities.values()]
      .filter((e) => e.known)
      .flatMap((e) => [e.name, ...e.spellings].map((n) => foldedWords(n).join(' '))),
  );
  const parent = (p: string) => ACADEMIC.test(p) || known.has(foldedWords(p).join(' '));
  const units = new Set(
    entries.flatMap((e) => {
      const parts = e.line.split(/,\s*/).map((p) => p.trim());
      const named = parts.findIndex((p) => p && !GENERIC_PART.test(p));
      if (named < 1 || !parent(parts[named]!)) return [];
      return parts.slice(0, named).map((p) => foldedWords(p).join(' '));
    }),
  );
  const inLines = (name: string) =>
    text.split(name).length - 1 === entries.filter((e) => e.line.includes(name)).length;
  for (const e of [...builder.entities.values()])
    if (e.label === 'Organisation' && units.has(foldedWords(e.name).join(' ')) && inLines(e.name))
      builder.drop(e);
}
