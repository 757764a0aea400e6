/** Names before an acronym that the acronym does not spell: a DG's code, a name in another language. */
import type { Token } from './tokens.js';
import { ORG_HEADS, STOP_WORDS } from './vocabulary.js';

/** "Directorate-General for Research and Innovation" ending at token `last`, on one line. */
export function directorateBefore(
  text: string,
  tokens: readonly Token[],
  last: number,
): string | undefined {
  for (let k = last - 1; k >= 0 && last - k < 12; k--) {
    if (/\n/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return undefined;
    if (tokens[k]!.fold === 'directorate' && tokens[k + 1]?.fold === 'general')
      return text.slice(tokens[k]!.start, tokens[last]!.end);
    // ("DG Research and Innovation (DG RTD)": the DG's name after its short title)
    if (tokens[k]!.raw === 'DG') return text.slice(tokens[k]!.start, tokens[last]!.end);
  }
  return undefined;
}

/**
 * "the Health and Welfare Information Systems Centre (TEHIK)": an acronym of the name in another
 * language (Tervise ja Heaolu Infosüsteemide Keskus) after an English name that ends with its
 * head word: the capitalised words back to "the" or any other small word.
 */
export function headedBefore(
  text: string,
  tokens: readonly Token[],
  last: number,
  acronym: string,
): string | undefined {
  // ("the Dutch Medicines Evaluation Board (CBG-MEB)": a name's two acronyms, joined; "the
  // Ministry of Health of the Slovak Republic (MZ SR)": the ministry's, then the country's)
  if (!/^\p{Lu}{3,}$|^\p{Lu}{2,}[- ]\p{Lu}{2,}$/u.test(acronym)) return undefined;
  if (!ORG_HEADS.has(tokens[last]!.fold)) return headFirstBefore(text, tokens, last, acronym);
  let first = last;
  for (let k = last - 1; k >= 0 && last - k < 8; k--) {
    const t = tokens[k]!;
    if (!/^[ -]$/.test(text.slice(t.end, tokens[k + 1]!.start))) break;
    if (t.cap && !STOP_WORDS.has(t.fold)) first = k;
    else if (!['and', 'of', 'for'].includes(t.raw)) break;
  }
  return last - first >= 2 ? text.slice(tokens[first]!.start, tokens[last]!.end) : undefined;
}

/**
 * "the Committee on Public Health (SANT)", "the Norwegian University of Science and Technology
 * (NTNU)": a name whose head word comes before "of", "on" or "for", capitalised words after it
 * and before it back to "the" or any other small word.
 */
function headFirstBefore(
  text: string,
  tokens: readonly Token[],
  last: number,
  acronym: string,
): string | undefined {
  for (let k = last - 1; k >= 1 && last - k < 8; k--) {
    const [t, link] = [tokens[k - 1]!, tokens[k]!];
    // ("the Ministry of Health, Welfare and Sport (VWS)": a list of capitalised words in the name)
    const gap = text.slice(t.end, link.start);
    // (a list ends with "and": "Committee on Public Health, Annelies Verhoeven (EPP)" is two names)
    const listed =
      gap === ', ' && link.cap && /\sand\s/.test(text.slice(link.start, tokens[last]!.end));
    if (!/^[ -]$/.test(gap) && !listed) return undefined;
    if (t.cap && ORG_HEADS.has(t.fold) && /^(?:of|on|for)$/.test(link.raw)) {
      // with the capitalised words before the head: "the Standing Committee of …"
      let first = k - 1;
      while (first > 0 && capitalBefore(text, tokens, first)) first--;
      first = ownerBefore(text, tokens, first, acronym);
      return text.slice(tokens[first]!.start, tokens[last]!.end);
    }
    if (!(link.cap || ['and', 'of', 'for', 'on', 'the', 'to'].includes(link.raw))) return undefined;
  }
  return undefined;
}

/**
 * "Shared Services of the Ministry of Health (SPMS)": the body named "of the" one found, when the
 * acronym starts with its first letter and not with the one found.
 */
function ownerBefore(
  text: string,
  tokens: readonly Token[],
  first: number,
  acronym: string,
): number {
  const initial = (k: number) => tokens[k]!.fold[0];
  const wanted = acronym[0]!.toLowerCase();
  if (initial(first) === wanted || first < 3) return first;
  if (tokens[first - 1]!.raw !== 'the' || tokens[first - 2]!.raw !== 'of') return first;
  let k = first - 3;
  if (!tokens[k]!.cap || text.slice(tokens[k]!.end, tokens[k + 1]!.start) !== ' ') return first;
  while (k > 0 && capitalBefore(text, tokens, k)) k--;
  return initial(k) === wanted ? k : first;
}

const capitalBefore = (text: string, tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k - 1]!;
  return t.cap && !STOP_WORDS.has(t.fold) && text.slice(t.end, tokens[k]!.start) === ' ';
};

/**
 * "Committee on the European Health Data Space (EHDS Committee)": a short name of initials and a
 * head; the name its initials spell (`nameBefore`), opened by that head a few words before.
 */
export function headedShortName(
  text: string,
  tokens: readonly Token[],
  at: number,
  acronym: string,
  nameBefore: (initials: string) => string | undefined,
): string | undefined {
  const [, initials, head] = /^(\S+)\s+(\p{Lu}\p{Ll}+)$/u.exec(acronym)!;
  const spelt = nameBefore(initials!);
  if (!spelt) return undefined;
  const first = tokens.findIndex((t) => t.start === text.lastIndexOf(spelt, at));
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    // (with its own words before it: "Management Board of the European Medicines Agency")
    let from = k;
    while (
      from > k - 3 &&
      tokens[from - 1]?.cap &&
      !STOP_WORDS.has(tokens[from - 1]!.fold) &&
      text.slice(tokens[from - 1]!.end, tokens[from]!.start) === ' '
    )
      from--;
    if (tokens[k]!.raw === head) return text.slice(tokens[from]!.start, at).trimEnd();
    if (!/^(?:on|of|for|the)$/.test(tokens[k]!.raw)) return undefined;
  }
  return undefined;
}
