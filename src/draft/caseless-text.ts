/**
 * A text written without capitals (an auto-caption transcript: "i'm kiara lombardi i coordinate
 * science communication at ebrains"), given the capitals the draft reads names by. Only the case of
 * letters changes: every offset stays, and a span of the result is a span of the text (the
 * validator matches quotes case-blind). The names the graph knows get their own spelling; a person
 * after a cue ("i'm", "professor", "doctor") or before a post ("… board member of"), an
 * organisation around its head ("hospital", "institut"), and known cities get capitals.
 */
import type { Gazetteer } from './gazetteer.js';
import { isCommonWord, isGivenName, LEXICON } from './person-cues.js';
import { CITIES, COUNTRIES, ORG_HEADS, ROLE_WORDS } from './vocabulary.js';

/** Lines of three words or more with no capital: a caseless text has many. */
const CASELESS_LINE = /^(?=(?:[^\n]*?\p{Ll}{2,}){3})[^\p{Lu}\n]*$/gmu;
const WORD = /\p{L}[\p{L}'’-]*/gu;
/** A person's title, or their own words before their name. */
const TITLE_CUE = /^(?:professor|prof|doctor|dr|mr|ms|mrs|commissioner|minister)$/;
const SELF_CUE = /^(?:i['’]m|i am|is|name['’]s)$/;
/** The small words of a sentence that end a name. */
const FUNCTION_WORDS = new Set(
  'the a an in at on with from to by one our their its his her this that these those is are was were be been and or but so we you they it as which who where when'.split(
    ' ',
  ),
);
const PARTICLES = new Set([
  'de',
  'des',
  'du',
  'di',
  'da',
  'del',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'of',
  'for',
  'and',
  'y',
  'i',
]);

interface Word {
  readonly start: number;
  readonly fold: string;
}

export function withCapitals(text: string, gaz: Gazetteer): string {
  const lines = [...text.matchAll(CASELESS_LINE)];
  const worded = text.split('\n').filter((l) => /\p{L}{2,}/u.test(l)).length;
  // (a transcript in small letters: most of its lines, not a poem or a code block in a page)
  if (lines.length < 8 || lines.length < worded * 0.5) return text;
  // (UTF-16 units, as offsets count them)
  const out = text.split('');
  const words: Word[] = lines.flatMap((l) =>
    [...l[0].matchAll(WORD)].map((w) => ({ start: l.index + w.index, fold: w[0].toLowerCase() })),
  );
  const capitalise = (w: Word) => {
    const up = w.fold[0]!.toUpperCase();
    if (up.length === 1) out[w.start] = up;
  };
  knownNames(text, words, gaz, out);
  words.forEach((w, k) => {
    // ("i", "i'm"; a title before a name: "professor", "doctor")
    if (/^i(?:['’]m)?$/.test(w.fold) || (TITLE_CUE.test(w.fold) && personAt(words, k)))
      capitalise(w);
    if (w.fold.length > 2 && (CITIES.has(w.fold) || COUNTRIES.has(w.fold))) capitalise(w);
    const person = personAt(words, k);
    person?.forEach(capitalise);
    if (person)
      postAfter(words, k + person.length + (givenName(words[k]) ? 0 : 1)).forEach(capitalise);
    if (ORG_HEADS.has(w.fold)) orgAround(text, words, k).forEach(capitalise);
  });
  return out.join('');
}

/** A name's words: not English words of things, posts, heads or particles. */
const nameLike = (w: Word | undefined): boolean =>
  !!w &&
  w.fold.length > 1 &&
  !isCommonWord(w.fold) &&
  !PARTICLES.has(w.fold) &&
  !ROLE_WORDS.has(w.fold) &&
  !ORG_HEADS.has(w.fold) &&
  !/ly$/.test(w.fold);
/** A given name the lexicon knows ("kiara", "tomasz", "victor"). */
const givenName = (w: Word | undefined): boolean => !!w && isGivenName(w.fold);

/**
 * "i'm kiara lombardi", "professor victor jirsa", "doctor marta esteve", "tomasz wieczorek board
 * member": after a cue, or a given name first, the name's words (two or three; one after a title).
 */
function personAt(words: readonly Word[], k: number): Word[] | undefined {
  const cue = [words[k - 1]?.fold, words[k]!.fold].join(' ');
  const title = TITLE_CUE.test(words[k]!.fold);
  const from =
    title || SELF_CUE.test(cue) || SELF_CUE.test(words[k]!.fold)
      ? k + 1
      : givenName(words[k])
        ? k
        : -1;
  if (from < 0 || (!nameLike(words[from]) && !givenName(words[from]))) return undefined;
  const name = [words[from]!];
  for (let n = from + 1; n <= from + 2 && nameLike(words[n]); n++) name.push(words[n]!);
  return name.length >= 2 || title ? name : undefined;
}

/** "… director", "… psychiatrist", "… head": a post's words right after a name. */
function postAfter(words: readonly Word[], from: number): Word[] {
  const post: Word[] = [];
  for (let n = from; n < from + 3 && words[n] && ROLE_WORDS.has(words[n]!.fold); n++)
    post.push(words[n]!);
  return post;
}

/**
 * "hospital clinic barcelona", "institut de neuroscience des systemes": a head, then its name's
 * words up to a small word of the sentence ("in", "one", "the").
 */
function orgAround(text: string, words: readonly Word[], k: number): Word[] {
  // (a name's words: no small word, post, word the lexicon knows, verb's "-ed" or "-ing")
  const goesOn = (w: Word | undefined, before: Word) =>
    !!w &&
    !FUNCTION_WORDS.has(w.fold) &&
    !ROLE_WORDS.has(w.fold) &&
    (PARTICLES.has(w.fold) || ORG_HEADS.has(w.fold) || LEXICON[w.fold] === undefined) &&
    !/(?:ed|ing)$/.test(w.fold) &&
    !text.slice(before.start, w.start).includes('\n');
  // (where a body is named: "at hospital clinic …", "of the institut de …")
  const at = [words[k - 1]?.fold, words[k - 2]?.fold];
  if (
    !/^(?:at|of|from)$/.test(at[0] ?? '') &&
    !(at[0] === 'the' && /^(?:at|of|from)$/.test(at[1] ?? ''))
  )
    return [];
  let to = k;
  while (to < k + 4 && goesOn(words[to + 1], words[to]!)) to++;
  while (to > k && PARTICLES.has(words[to]!.fold)) to--;
  const run = words.slice(k, to + 1);
  // (a head alone is a common noun: "the hospital", "at university")
  return run.length >= 2 ? run.filter((w) => !PARTICLES.has(w.fold)) : [];
}

/** The graph's names as it writes them: "ebrains" → "EBRAINS", "dg connect" → "DG CONNECT". */
function knownNames(text: string, words: readonly Word[], gaz: Gazetteer, out: string[]): void {
  for (let k = 0; k < words.length; k++)
    for (let n = Math.min(6, words.length - k); n >= 1; n--) {
      const key = words
        .slice(k, k + n)
        .map((w) => w.fold)
        .join(' ');
      if (n === 1 && isCommonWord(key)) continue;
      const known = gaz.byName.get(key)?.[0];
      const start = words[k]!.start;
      const end = words[k + n - 1]!.start + words[k + n - 1]!.fold.length;
      const written = [known?.name, known?.acronym].find(
        (s) => s?.toLowerCase() === text.slice(start, end),
      );
      if (!written) continue;
      for (let c = 0; c < written.length; c++) out[start + c] = written[c]!;
      k += n - 1;
      break;
    }
}
