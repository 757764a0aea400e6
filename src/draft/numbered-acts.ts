/**
 * A national act cited by its number: "Act No. 412/2025 Coll., on the Secondary Use of Health
 * Data", "Government Resolution No. 318 of 22 April 2025 on the designation of the health data
 * access body", "Decree-Law No. 52/2022", "Resolution of the Council of Ministers no. 4/2026". Its subject after "on" belongs to its name (to an acronym in brackets, or before a quoted title); a shorter
 * citation of the same number ("Resolution No. 318") is the same act.
 */
import { DAY_WORDS } from './calendar-words.js';
import type { SmallLetterWork } from './small-letter-documents.js';

/** The kinds of act a number follows ("Act No. 12", "Decree-Law No. 4/2026"). */
export const ACT_KINDS = String.raw`Act|Law|Decree(?:-Law)?|Resolution|Ordinance`;

/** (who adopted it, then its kind: "Government Resolution", "Decree-Law") */
export const ACT_BEFORE_NUMBER = String.raw`(?:(?:Government|Cabinet|Council|Ministerial|Royal|Federal|Presidential)\s+)?(?:${ACT_KINDS})`;

/** Who adopted it, after its kind: "Resolution of the Council of Ministers no. 4/2026". */
const ADOPTED_BY = String.raw`(?:\s+of\s+the\s+(?:Council\s+of\s+Ministers|Government|Cabinet|Federal\s+Council))?`;

const NUMBERED_ACT = new RegExp(
  String.raw`\b(${ACT_BEFORE_NUMBER}${ADOPTED_BY}\s+[Nn]o\.?\s*(\d[\d/.-]*\d|\d)(?:\s+Coll\.)?)((?:,?\s+of\s+\d{1,2}\s+\p{L}+\s+\d{4})?,?\s+on\s+(?!\d|${DAY_WORDS}\b)(?:the\s+)?[^\n();"“]{3,120}?(?:\s\(\p{Lu}{2,8}\)(?=[\s.,;]|$)(?!\s*\d)|(?=\s*(?:[\n();"“]|[.,](?:\s|$)|$))))?`,
  'gu',
);

const DANGLING = /\s(?:the|a|an|of|on|for|to|and|in|its|their)$/;

export function numberedActs(text: string): SmallLetterWork[] {
  const found = [...text.matchAll(NUMBERED_ACT)].map((m) => ({
    // ('… on the "Digital Health 2030" strategy': a subject cut before a quote at a small word is
    // no subject)
    name: (m[1]! + (DANGLING.test(m[3] ?? '') ? '' : (m[3] ?? ''))).replace(/[.,;:]$/, ''),
    // (an act is its kind and number: "Decree No. 5" and "Resolution No. 5" are two)
    number: `${m[1]!
      .split(/\s+of\s+the\s|\s+[Nn]o\b/)[0]!
      .split(/\s+/)
      .at(-1)} ${m[2]!}`,
    start: m.index,
  }));
  // ("Resolution No. 318" in a timeline and its full citation in a list: one act, the full one)
  const longest = new Map<string, (typeof found)[number]>();
  for (const f of found)
    if (f.name.length > (longest.get(f.number)?.name.length ?? 0)) longest.set(f.number, f);
  return [...longest.values()].map((f) => ({
    name: f.name,
    kind: 'LEGAL_ACT',
    head: 'act',
    start: f.start,
  }));
}
