/** The word right before a run of capitalised words that makes it a person's name. */
import type { NameRun } from './name-runs.js';
import { allCommon, hasOrgWord, looksLikePerson, someCommonName } from './person-cues.js';
import { CREDIT_LABELS, LOWER_TITLE_BEFORE } from './person-pattern-words.js';
import type { Token } from './tokens.js';
import { ROLE_NOUNS, ROLE_WORDS } from './vocabulary.js';
import { lineBefore } from './text-lines.js';

/**
 * Reasons in the word right before the name: "the host X", "Moderator: X", "Music: X" (a credit),
 * "Deputy Director-General X", "cellist X".
 */
export function wordBefore(
  text: string,
  tokens: readonly Token[],
  run: NameRun,
): string | undefined {
  const prev = tokens[run.first - 1];
  if (!prev) return undefined;
  const gapBefore = text.slice(prev.end, run.start);
  // "Editing: X. Music: Y": a page's credits (not "Photo: Reuters"); after an e-mail's "From:",
  // "To:" or "Cc:", a name of two to four words, none common, alone on its line or before its
  // address, may be one compromise does not know ("Feedback from: Zuzana Horváthová")
  const mailed =
    /^(?:from|to|cc)$/.test(prev.fold) &&
    /^(?:[ \t]*<|[ \t]*\n|[ \t]*$)/.test(text.slice(run.end, run.end + 3)) &&
    run.last - run.first >= 2 &&
    run.last - run.first <= 4 &&
    !someCommonName(run.text) &&
    !hasOrgWord(run.text);
  const named = looksLikePerson(run.text) || mailed;
  if (photographer(text, run)) return 'a photo credit';
  if (CREDIT_LABELS.has(prev.fold) && gapBefore === ': ' && named)
    return `credit "${prev.raw}:" before`;
  // "the host X", "Moderator: X"
  // ("Contact: Parliamentary Correspondence, Tel. …": a contact may be an office)
  const office =
    prev.fold === 'contact' &&
    (hasOrgWord(run.text) || (someCommonName(run.text) && !looksLikePerson(run.text)));
  if (ROLE_NOUNS.has(prev.fold) && /^(?: |: )$/.test(gapBefore) && !office)
    return `"${prev.raw}" before`;
  // ("reports PDS board member Søren Kjærgaard": a member of a body, in small letters)
  const body = tokens[run.first - 2]?.fold ?? '';
  if (prev.raw === 'member' && gapBefore === ' ' && MEMBER_OF.test(body))
    return `"${body} member" before`;
  // "Deputy Director-General Fabienne Moreau": a capitalised job title right before the name
  const next = tokens[run.last];
  const inTitle = next !== undefined && ROLE_WORDS.has(next.fold) && next.start - run.end <= 1;
  const titleWord = prev.cap || LOWER_TITLE_BEFORE.has(prev.fold);
  if (titleWord && ROLE_WORDS.has(prev.fold) && gapBefore === ' ' && !inTitle)
    return `job title "${prev.raw}" before`; // not "Chief Medical Information Officer"
  // "cellist Maarten De Smet", "pianist X": a small-letter "-ist" is a person's trade
  if (/^\p{Ll}{3,}ist$/u.test(prev.raw) && !/sist$/.test(prev.raw) && !inTitle && gapBefore === ' ')
    return `"${prev.raw}" before`;
  return undefined;
}

/**
 * "Photo: FNUSA/Jan Procházka", "Photograph: Róisín Keane/The Sunday Ledger": a photo's credit,
 * the photographer on one side of the slash and the agency on the other (two to four words, no
 * organisation's and no common ones).
 */
function photographer(text: string, run: NameRun): boolean {
  const line = lineBefore(text, run.start);
  // (the label opens the line or follows a caption's sentence: "… Hospital. Photograph: X/Y")
  const label =
    /(?:^[ \t]*\[?|[.!?)\]][ \t]+)(?:Photo(?:graph)?s?|Credits?|Foto|Image)[ \t]*:[^\n:]*$/i;
  if (!label.test(line)) return false;
  const slashed = text[run.start - 1] === '/' || text[run.end] === '/';
  const words = run.last - run.first;
  return slashed && words >= 2 && words <= 4 && !allCommon(run.text) && !hasOrgWord(run.text);
}

/** The bodies a "… member" belongs to, before a name: "board member X", "jury member X". */
const MEMBER_OF =
  /^(?:board|staff|team|committee|council|faculty|founding|executive|jury|panel|network|consortium)$/;
