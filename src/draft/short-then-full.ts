/** "ZonMw, the Netherlands Organisation for Health Research and Development, …": a short name first. */
import type { Introduced } from './introduced.js';
import { orgKindOf } from './org-kind.js';
import { foldedWords } from './tokens.js';
import { CITIES, COUNTRIES, ORG_HEADS } from './vocabulary.js';

const isPlaceCode = (short: string): boolean =>
  /^(?:EU|EC|US|USA|UK|UN|EEA)$/.test(short) || COUNTRIES.has(short.toLowerCase());

const SHORT_THEN_FULL =
  /\b(\p{Lu}[\p{L}\p{N}&+-]{1,11}),\s+the\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:for|of|on|in|and|the|de)\s+)*\p{Lu}[\p{L}'’-]*){2,11})(?=\s*[,.;)])/gu;

/** (the list ends in what the fields are of: "… and Healthcare IT Industry"; not "…, Sanofi, Roche and Novartis Pharma") */
const LIST_TAIL =
  /^(?:,\s+\p{Lu}[\p{L}'’-]*)+,?\s+and\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}(?:Industry|Industries|Sector|Sciences|Technologies|Affairs|Services|Policies|Professions|Trades)(?=\s*[,.;)])/u;

/**
 * A short name with two capitals or more ("ZonMw", "TEHIK"), then ", the <full name>" of three
 * words or more with an organisation's head word: the full name is the organisation's, the short
 * one its acronym.
 */
export function shortThenFull(text: string, found: readonly Introduced[]): Introduced[] {
  const out: Introduced[] = [];
  for (const m of text.matchAll(SHORT_THEN_FULL)) {
    const [, short, first] = m as unknown as [string, string, string];
    // ("COCIR, the European Coordination Committee of the Radiological, Electromedical and
    // Healthcare IT Industry": the fields a body of "of" covers, listed)
    const tail = /\s(?:of|for|on)\s/.test(first)
      ? LIST_TAIL.exec(text.slice(m.index + m[0].length))?.[0]
      : undefined;
    const full = first + (tail ?? '');
    // ("speakers from Findata, the Finnish Social and Health Data Permit Authority": a one-word
    // name after a preposition, then its full name; not "Helsinki, the Finnish …")
    // (not a list: "speakers from Sanofi, the European Medicines Agency, and regulators")
    const before = text.slice(Math.max(0, m.index - 6), m.index);
    const word = (short.match(/\p{Lu}/gu) ?? []).length < 2;
    const listed = /^,\s*(?:and\b|or\b|\p{Lu})/u.test(text.slice(m.index + m[0].length));
    const named = /\b(?:from|by|at|with)\s+$/.test(before) && !listed;
    if (word && (!named || CITIES.has(short.toLowerCase()))) continue;
    if (/\b(?:the|in)\s+$/i.test(before) || isPlaceCode(short)) continue;
    // (not a list's items: "DG GROW, the JRC and the Legal Service": the short name ends a
    // longer one, the "full" one opens with capitals and runs on to the next item)
    // (not a list's items: "DG GROW, the JRC and the Legal Service": the short name ends a
    // longer one in capitals, the "full" one is an acronym (not "EU …") or runs on to the next item)
    const opensWithCode = /^(\p{Lu}{2,})\b/u.exec(full)?.[1];
    if (
      /\p{Lu}{2,}[ \t]+$/u.test(before) ||
      (opensWithCode && !isPlaceCode(opensWithCode)) ||
      /\band\s+the\s/u.test(full)
    )
      continue;
    if (!foldedWords(full).some((w) => ORG_HEADS.has(w))) continue;
    if (found.some((f) => f.acronym === short || f.name === full)) continue;
    out.push({
      name: full,
      ...(word ? { acronym: '', alias: short } : { acronym: short }),
      label: 'Organisation',
      kind: orgKindOf(full).kind,
      written: `${short}, the ${full}`,
    });
  }
  return out;
}
