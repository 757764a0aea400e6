/** Where a capitalised title starts, and the words that make a run of capitals no title. */
import { MONTH_ABBREVIATIONS, MONTHS } from './calendar-words.js';
import { opensSentence, foldedWords, type Token } from './tokens.js';
import { DOCUMENT_HEADS, ORG_CONNECTORS, ORG_HEADS, STOP_WORDS } from './vocabulary.js';

/** The first word of the capitalised title that ends at token `i` (connectors allowed inside). */
export function titleStart(text: string, tokens: readonly Token[], i: number): number {
  let first = i;
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = tokens[k]!;
    const between = text.slice(t.end, tokens[k + 1]!.start);
    // ("MyHealth@EU Annual Operational Report": a name written with an "@"; "Hospital Digital Twin
    // & EHDS Readiness Survey 2025": with an ampersand)
    if (!/^(?: |-|–|: |@| & )$/.test(between)) break;
    // ("Documents: Decision in case …": a line's or a cell's one-word label is no part of the
    // title: "References⇥Publication: Roadmap for …")
    if (
      between === ': ' &&
      /(?:^|\n|\t| {2})[ \t]*$/.test(text.slice(Math.max(0, t.start - 40), t.start))
    )
      break;
    // ("version 2.0 of the … Charter": a number that is no year opens no title)
    if (/^\d+$/.test(t.raw) && !/^(?:19|20)\d{2}$/.test(t.raw)) break;
    // ("eHealth Network Multiannual Work Plan": a name's small first letter before a capital)
    if ((t.cap || /^\p{Ll}\p{Lu}/u.test(t.raw)) && !STOP_WORDS.has(t.fold)) first = k;
    else if (t.raw === 'and' && fieldsJoined(tokens, k)) continue;
    else if (!ORG_CONNECTORS.has(t.raw) || t.raw === 'and') break;
    // ("Consider the Hospital Data Readiness Index": a sentence's first word, then "the")
    else if (t.raw === 'the' && opensSentence(text, tokens, k - 1)) break;
  }
  // "Presentation of the Roadmap for …" (a session's title): the work is what is presented
  while (first < i && ACTIVITY.test(tokens[first]!.raw) && tokens[first + 1]?.raw === 'of') {
    first += 2;
    while (first < i && (!tokens[first]!.cap || STOP_WORDS.has(tokens[first]!.fold))) first++;
  }
  // ("the 2016 Stockholm Declaration": the year it was signed is no part of its name; a
  // recurring publication's is: "the 2025 ESCM Clinical Twins Survey")
  // (nor a date's: "The 12 March 2026 Health Monitor")
  if (first < i - 2 && MONTH.test(tokens[first]!.raw) && YEAR.test(tokens[first + 1]!.raw))
    first += 2;
  const dated = MONTH.test(tokens[first - 1]?.raw ?? '');
  if (
    first < i - 1 &&
    YEAR.test(tokens[first]!.raw) &&
    (dated ||
      !/^(?:survey|report|index|barometer|monitor|scoreboard|outlook|census|review)$/.test(
        tokens[i]!.fold,
      ))
  )
    first++;
  return first;
}

/**
 * "the Data Quality and Utility Label Guidelines": "and" between two capitalised words, the words
 * before it opened by "the", joins a title's fields (not "EBRAINS and the Roadmap …").
 */
function fieldsJoined(tokens: readonly Token[], k: number): boolean {
  if (!tokens[k + 1]?.cap || !tokens[k - 1]?.cap) return false;
  let r = k - 1;
  while (r > 0 && tokens[r - 1]!.cap && !STOP_WORDS.has(tokens[r - 1]!.fold) && k - r < 4) r--;
  return tokens[r - 1]?.raw === 'the';
}

/**
 * "European Association for the Study of the Liver", "Centre for the Study of Ageing": an
 * organisation's name whose head comes before "for the Study", not a document.
 */
export const orgForTheStudy = (text: string, tokens: readonly Token[], first: number, i: number) =>
  tokens.slice(first, i).some((t) => ORG_HEADS.has(t.fold)) &&
  /\b(?:for|of)\s+the\s+$/.test(text.slice(tokens[first]!.start, tokens[i]!.start));

const ACTIVITY =
  /^(?:Presentation|Launch|Discussion|Adoption|Publication|Review|Signing|Signature|Release|Unveiling|Overview)$/;

/** A programme's line that opens with its time: "10:30 Launch of …", "09.15–10.00 Keynote …". */
export const AGENDA_LINE = /^[ \t]*\d{1,2}[:.]\d{2}\b/;

const GENRE_WORDS = new Set([
  'position',
  'policy',
  'white',
  'discussion',
  'working',
  'briefing',
  'survey',

  'final',
  'joint',
  'review',
  'evaluation',
  'interim',
  'expert',
  'work',
  'multiannual',
]);
/** A title of a genre's words only (and a year): "Position Paper", "Survey Report 2025". */
export const genreOnly = (name: string): boolean =>
  foldedWords(name).every(
    (w) => GENRE_WORDS.has(w) || DOCUMENT_HEADS.has(w) || w === 'plan' || /^\d{4}$/.test(w),
  );

const YEAR = /^(?:19|20)\d{2}$/;
const MONTH = new RegExp(`^(?:${MONTHS}|${MONTH_ABBREVIATIONS})$`);
