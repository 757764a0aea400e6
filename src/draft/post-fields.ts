/** Words after "of" that name a post's field or a portfolio, not an organisation. */
import { hasOrgWord, isCommonWord, isPlainWord } from './person-cues.js';
import { fieldWords, portfolioItem } from './portfolios.js';
import { NOT_NAME_WORDS } from './vocabulary.js';
import { lineBefore } from './text-lines.js';

/** A field's word: "Modelling", "Research", "Communications" (not "Mind", a charity's name). */
const fieldLike = (word: string): boolean =>
  fieldWords(word) || /(?:ing|ics|ology|tion|ment|ness|ship)$/i.test(word);

const POST_OF =
  /\b(?:Head|Director|Chief|Manager|Officer|Lead|Vice-President|VP|Minister)\s+of\s+$/;

/** "Digital Health Programmes", "Health Information and Standards": a field's words, all of them. */
const fieldsOnly = (name: string): boolean =>
  // (not a body's name: "Health Service Executive", "Medical Research Future Fund")
  !hasOrgWord(name.split(/\s+/).at(-1)!) &&
  !/\b(?:Executive|Fund|Service|Authority|Board|Office|Agency|Council)$/.test(name) &&
  name
    .split(/\s+/)
    .filter((w) => !/^(?:and|&)$/.test(w))
    .every((w) => fieldWords(w) || (isPlainWord(w) && !/^\p{Lu}{2,}$/u.test(w)));

/**
 * One plain word after a post and "of": the post's field, no body ("Head of Modelling"); or the
 * first of a portfolio's fields ("State Secretary X of Health, Welfare and Sport").
 */
export const postOfField = (text: string, at: number, name: string): boolean => {
  const before = text.slice(Math.max(0, at - 30), at);
  if (/\s/.test(name)) return POST_OF.test(before) && fieldsOnly(name);
  const after = text.slice(at + name.length, at + name.length + 60);
  const post = POST_OF.test(before);
  const fields =
    /\bof\s+$/.test(before) && /^(?:,\s+\p{Lu}[\p{L}-]*)*,?\s+and\s+\p{Lu}/u.test(after);
  return (
    (post && (fieldWords(name) || (isPlainWord(name) && fieldLike(name)))) ||
    (fields && (isCommonWord(name) || NOT_NAME_WORDS.has(name.toLowerCase())))
  );
};

/**
 * A government post's portfolio: "Councillor for Presidency and Institutional Relations",
 * "Councillor for Science, University and Knowledge Society", "Minister for Digital Affairs". What
 * follows "for" after such a post, up to the list's end, is its fields, no organisation (unlike a
 * spokesperson's or an ambassador's "for", which may name the body they speak for).
 */
/** A portfolio's item: a field of one to three words on one line ("Institutional Relations"). */
const ITEM = portfolioItem('[ \\t]+');
const GOVERNMENT_POST_FOR = new RegExp(
  String.raw`\b(?:(?:Deputy|Regional|Vice)[ \t]+)?(?:Minister|Councill?or|Commissioner|Secretary[ \t]+of[ \t]+State|State[ \t]+Secretary|Consejer[oa]|Consell?er|Assessora?|Senator)[ \t]+for[ \t]+(?:${ITEM}(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+))*$`,
  'u',
);

/** The list goes on to its "and": "…, University and Knowledge Society". */
const LIST_GOES_ON =
  /^(?:,[ \t]+\p{Lu}[\p{L}-]*(?:[ \t]+\p{Lu}[\p{L}-]*)*)*,?[ \t]+(?:and|&)[ \t]+\p{Lu}/u;

/**
 * The name at `at` (ending at `end`) is in such a portfolio: right after "for", or in its comma
 * list with the "and" before or after it ("Deputy Minister for Digitalisation, Ministry of Health
 * of the Czech Republic" names the ministry after the post).
 */
export function inPostPortfolio(text: string, at: number, end: number): boolean {
  const before = GOVERNMENT_POST_FOR.exec(lineBefore(text, at));
  if (!before) return false;
  const list = before[0].replace(/^.*?\bfor[ \t]+/u, '');
  // (its last item, after the "and"; not a body after a finished list, "… Digitalisation and
  // Innovation, Ministry of Health")
  // (one "and" only: "… Research and Innovation Ekaterina Zaharieva and European Innovation
  // Council" has gone past the portfolio)
  const ands = list.match(/[ \t](?:and|&)[ \t]/g)?.length ?? 0;
  if (ands > 1) return false;
  if (ands === 1) return /[ \t](?:and|&)[ \t]+$/.test(list);
  return !list.includes(',') || LIST_GOES_ON.test(text.slice(end, end + 200));
}

/** "the Councillor for Science, University and Knowledge Society, Lucía Peiró Abad": the post's holder after its portfolio. */
export const afterPostPortfolio = (text: string, at: number): boolean => {
  // (a finished list, its "and" said: not "Minister for Labour, Social Affairs, Health, …")
  const post = GOVERNMENT_POST_FOR.exec(lineBefore(text, at))?.[0];
  const list = post?.replace(/^.*?\bfor[ \t]+/u, '') ?? '';
  return /,[ \t]+$/.test(list) && /[ \t](?:and|&)[ \t]/.test(list);
};
