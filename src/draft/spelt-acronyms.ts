import type { Introduced } from './introduced.js';
import { labelOf } from './introduced-labels.js';
import { hasHead } from './name-before-acronym.js';
import { ROLE_WORDS } from './vocabulary.js';
import { GENERIC_ORG } from './generic-orgs.js';

/**
 * "EPDHN NEWSLETTER" over "European Patients' Digital Health Network", then "By X, Policy Officer,
 * EPDHN": an acronym in capitals the text never brackets, whose letters are the initials of one
 * organisation's name it writes in full (a name with a head word). The acronym is that name's.
 */
const BARE = /(?<![\p{L}\p{N}&-])(\p{Lu}{3,8})(?![\p{L}\p{N}&-])/gu;
const FULL =
  /\p{Lu}[\p{L}'’-]*(?:[ \t]+(?:(?:of|for|and|the|de|in|on|to)[ \t]+)*\p{Lu}[\p{L}'’-]*){2,8}/gu;

export function speltAcronyms(text: string, found: readonly Introduced[]): Introduced[] {
  const acronyms = new Set([...text.matchAll(BARE)].map((m) => m[1]!));
  if (!acronyms.size) return [];
  // (a name as written, not a possessive's "European Innovation Council's", nor a title's "Member
  // of the European Parliament")
  const names = new Set(
    [...text.matchAll(FULL)]
      .map((m) => m[0].replace(/^The\s+/, ''))
      .filter((n) => !/['’]s$/.test(n) && !GENERIC_ORG.test(n))
      .filter((n) => !ROLE_WORDS.has(n.split(/\s+/)[0]!.toLowerCase().replace(/s$/, ''))),
  );
  const out: Introduced[] = [];
  for (const acronym of acronyms) {
    if (found.some((f) => f.acronym === acronym)) continue;
    const spelt = [...names].filter((n) => initials(n) === acronym && hasHead(n));
    if (spelt.length !== 1) continue;
    const name = spelt[0]!;
    out.push({ name, acronym, written: name, ...labelOf(name, '') });
  }
  return out;
}

/** The first letters of a name's capitalised words: "European Patients' Digital …" → "EPD…". */
const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
