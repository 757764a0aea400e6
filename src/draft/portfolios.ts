/**
 * "Ministry of Health, Welfare and Sport", "Faculty of Health, Medicine and Life Sciences": after
 * "of", "on" or "for" in a name, a comma list ending "and <Words>" is the name's portfolio when
 * an acronym in brackets follows it, or when every word of it is a field's ("University of
 * Bologna, Inria and Charité" is three organisations: those are names, not fields). The place the
 * body serves may end it: "Ministry of Social Affairs, Health and Integration of Baden-Württemberg".
 */
import type { Token } from './tokens.js';

/**
 * A portfolio's item, one to three capitalised words ("Institutional Relations", "Food Chain
 * Safety", "Integration of Migrants"), the words parted by `space`.
 */
export const portfolioItem = (space: string): string =>
  String.raw`\p{Lu}[\p{L}-]*(?:${space}(?:of${space})?\p{Lu}[\p{L}-]*){0,2}`;

// (a name's words, wrapped at a line's end maybe, never across a tab: not "Environment⏎Germany⇥Bund…")
const PORTFOLIO_WORD = portfolioItem('[ \\n]');
const LIST = String.raw`^(?:${PORTFOLIO_WORD},\s)*${PORTFOLIO_WORD},?\s+(?:and|AND|&)\s+${PORTFOLIO_WORD}`;
const BEFORE_ACRONYM = new RegExp(String.raw`${LIST}(?=\s*\(\p{Lu}[\p{L}\p{N}&+-]*\))`, 'u');
/**
 * (the list ends the name: a patron's name in quotes after it, a full stop, a comma and an acronym or a small word, a bracket, the
 * line's end, or the sentence's verb: "… Health and Integration funds the pilot")
 */
const AT_END = new RegExp(
  String.raw`${LIST}(?=[ \t]+["“]\p{Lu}|\s*(?:[.;:)]|,\s*\p{Lu}{2,}\b|,\s+\p{Ll}|\n|$)|\s+\p{Ll})`,
  'u',
);

/** Words of the fields a ministry, a faculty or a department covers. */
const FIELD_WORDS = new Set(
  `health welfare sport sports care prevention medicine medical life sciences science scientific
  economic economy economics social affairs labour labor employment education research innovation
  culture family families youth children women equality environment energy climate agriculture
  food chain safety consumer consumers digital digitalisation digitalization technology technologies
  information engineering electronic electrical computer computing mathematics physics chemistry
  biology biomedical law legal finance financial industry industrial trade transport
  infrastructure justice interior defence defense foreign housing tourism development public
  policy policies quality nursing pharmacy dentistry veterinary psychology humanities arts
  communication communications media data security enterprise enterprises business management
  planning regional local government administration rural fisheries maritime mobility
  solidarity integration migration cohesion protection consumer tech sovereignty democracy animal
  budget anti-fraud fraud crisis preparedness fairness intergenerational rule startups
  productivity simplification competitiveness enlargement neighbourhood prosperity analytics
  methods systems statistics epidemiology surveillance strategy operations country`.split(/\s+/),
);

export const fieldWords = (list: string): boolean =>
  list
    .split(/[\s,&]+/)
    .filter((w) => !/^(?:and|of)$/i.test(w))
    .every((w) => FIELD_WORDS.has(w.toLowerCase()));

/** "Computational Biology", "Life Sciences": a name that ends with a field's word. */
export const endsWithField = (name: string): boolean =>
  FIELD_WORDS.has(name.split(/\s+/).at(-1)!.toLowerCase());

/**
 * "Johanna Bernsdorff (Tech Sovereignty, Security and Democracy)": a bracket that lists fields
 * only, a spokesperson's or a commissioner's portfolio, names no organisation (one name of field
 * words, "(Science Business)", may be one).
 */
export const isPortfolio = (list: string): boolean =>
  /^\p{Lu}/u.test(list.trim()) && /,|\sand\s|&/.test(list) && fieldWords(list.trim());

/** The token after the portfolio that starts at token j, or undefined. */
export function portfolioEnd(
  text: string,
  tokens: readonly Token[],
  i: number,
  j: number,
): number | undefined {
  // (or a head, then the first field's words: "Federal Public Service Health, Food Chain Safety
  // and …", "FPS Public Health, Food Chain Safety and Environment")
  const head = tokens
    .slice(i, j - 1)
    .findLastIndex((t) => /^(?:Service|Ministry|Department|Directorate|FPS|SPF|FOD)$/.test(t.raw));
  const fieldAfterHead =
    head >= 0 && tokens.slice(i + head + 1, j).every((t) => FIELD_WORDS.has(t.fold));
  if (!fieldAfterHead && !tokens.slice(i, j).some((t) => /^(?:of|on|for)$/i.test(t.raw)))
    return undefined;
  const after = text.slice(tokens[j]!.start, tokens[j]!.start + 160);
  const acronym = BEFORE_ACRONYM.exec(after);
  const m = acronym ?? AT_END.exec(after);
  // (the fields may end with the place the body serves: "… Health and Integration of Baden-Württemberg")
  const fields = m?.[0].replace(/\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u, '');
  if (!m || (!acronym && !fieldWords(fields!))) return undefined;
  const end = tokens[j]!.start + m[0].length;
  let k = j;
  while (k < tokens.length && tokens[k]!.end <= end) k++;
  return k;
}

/**
 * A body named by its fields before its head: "Employment, Social Policy, Health and Consumer
 * Affairs Council", a Council formation. Every word before the head is a field's.
 */
const LIST_THEN_HEAD = new RegExp(
  String.raw`^(?:${PORTFOLIO_WORD},\s)+${PORTFOLIO_WORD},?\s+(?:and|&)\s+${PORTFOLIO_WORD}\s+(?:Council|Committee|Ministry|Department|Directorate)\b`,
  'u',
);

/** The token after such a name's head, when the name starts at token i; else undefined. */
export function listThenHeadEnd(
  text: string,
  tokens: readonly Token[],
  i: number,
): number | undefined {
  const m = LIST_THEN_HEAD.exec(text.slice(tokens[i]!.start, tokens[i]!.start + 200));
  if (!m || !fieldWords(m[0].replace(/\s+\S+$/, ''))) return undefined;
  const end = tokens[i]!.start + m[0].length;
  let k = i;
  while (k < tokens.length && tokens[k]!.end <= end) k++;
  return k;
}
