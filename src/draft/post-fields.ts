/** Words after "of" that name a post's field or a portfolio, not an organisation. */
import { hasOrgWord, isCommonWord, isPlainWord } from './person-cues.js';
import { fieldWords } from './portfolios.js';
import { NOT_NAME_WORDS } from './vocabulary.js';

/** A field's word: "Modelling", "Research", "Communications" (not "Mind", a charity's name). */
const fieldLike = (word: string): boolean =>
  fieldWords(word) || /(?:ing|ics|ology|tion|ment|ness|ship)$/i.test(word);

const POST_OF = /\b(?:Head|Director|Chief|Manager|Officer|Lead|Vice-President|VP)\s+of\s+$/;

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
    (post && isPlainWord(name) && fieldLike(name)) ||
    (fields && (isCommonWord(name) || NOT_NAME_WORDS.has(name.toLowerCase())))
  );
};
