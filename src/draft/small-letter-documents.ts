/**
 * Documents named in small letters: "HaDEA's evaluation summary report", "the Study on the uptake
 * of …", "a reflection paper on the credibility assessment of mechanistic models".
 */
import {
  APPOSED_TITLE,
  APPOSED_SUBTITLED,
  GENRE_ON,
  NOT_A_NAME,
  OWNED,
  PUBLISHED_TITLE,
  SENTENCE_CASE,
  TITLE_THEN_GENRE,
} from './document-patterns.js';
import { foldedWords } from './tokens.js';
import { DOCUMENT_HEADS } from './vocabulary.js';

export interface SmallLetterWork {
  readonly name: string;
  readonly kind: string;
  readonly head: string;
  readonly start: number;
}

const GENRE_AT = new RegExp(GENRE_ON.source, 'u');
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** "HaDEA's evaluation summary report": whose, then one to three words and the head. */
export function ownedDocuments(text: string): SmallLetterWork[] {
  return [...text.matchAll(OWNED)].flatMap((m) => {
    const words = m[2]!.split(/\s+/).slice(0, -1);
    const start = m.index + m[0].indexOf(m[2]!);
    // ("EAHI's policy brief Auditable AI in the Hospital", "DVKIM's position paper in January,
    // “Ten Demands …”": the title follows; found apart)
    const after = text.slice(m.index + m[0].length);
    // (or a title with its subtitle after a comma: "APPE's position paper, Nothing about us: …")
    const titled =
      /^\s+["“‘]?\p{Lu}/u.test(after) ||
      /^[^.,;\n]{0,25},\s+["“‘]\p{Lu}/u.test(after) ||
      /^,\s+\p{Lu}[^,.;\n"“”]{2,80}:\s/u.test(after);
    // ("the Agency's reflection paper on AI in …": the genre and its subject name it; found apart)
    const genre = GENRE_AT.exec(text.slice(start, m.index + m[0].length + 120));
    const about = genre?.index === 0;
    if (titled || about || words.some((w) => NOT_A_NAME.has(w))) return [];
    return [{ name: capitalised(m[2]!), kind: DOCUMENT_HEADS.get(m[3]!)!, head: m[3]!, start }];
  });
}

/** "the Study on the uptake of artificial intelligence in European hospitals, carried out …". */
export function sentenceCaseDocuments(text: string): SmallLetterWork[] {
  return [...text.matchAll(SENTENCE_CASE)].map((m) => {
    const start = m.index + m[0].indexOf(m[1]!);
    const head = m[1]!.toLowerCase();
    const name = text.slice(start, m.index + m[0].length);
    return { name, kind: DOCUMENT_HEADS.get(head) ?? 'REPORT', head, start };
  });
}

/**
 * "a reflection paper on …", "Council conclusions on …", "the own-initiative report on X" (named
 * "Report on X"); not one that a title found before names already (a headline's "reflection paper
 * on virtual human twins and in silico evidence" beside the quoted "Reflection paper on the use of
 * virtual human twins and in silico trials …").
 */
export function genreDocuments(
  text: string,
  found: readonly { entity: { name: string }; head: string }[],
): SmallLetterWork[] {
  return [...text.matchAll(GENRE_ON)].flatMap((m) => {
    const genre = (m[1] ?? m[2] ?? m[3])!;
    const start = m.index + (m[1] ? 0 : m[0].lastIndexOf(genre.replace(/^own-initiative /, '')));
    const head = genre.split(' ').at(-1)!;
    if (found.some((w) => w.head === head && sameTopic(w.entity.name, m[0]))) return [];
    // ("published Nothing About Us Without Our Data, a position paper on …": what a title found
    // before is, not another work)
    const before = text.slice(Math.max(0, start - 160), start);
    const apposed = /,\s+an?\s+$/.exec(before);
    if (apposed && found.some((w) => before.slice(0, apposed.index).endsWith(w.entity.name)))
      return [];
    const name = capitalised(text.slice(start, m.index + m[0].length));
    const kind = head === 'opinion' || head === 'letter' ? 'REPORT' : DOCUMENT_HEADS.get(head);
    return [{ name, kind: kind ?? 'REPORT', head, start }];
  });
}

/** Most words of the shorter name in the longer. */
function sameTopic(a: string, b: string): boolean {
  const [x, y] = [foldedWords(a), foldedWords(b)].sort((p, q) => p.length - q.length);
  const long = new Set(y);
  return x!.filter((w) => long.has(w)).length >= 0.6 * x!.length;
}

/**
 * "our white paper, In-silico evidence for CE marking: a practical playbook for SMEs, which …" and
 * "Twins at the Bedside, the white paper the European Society … published": a title beside its
 * genre, between commas.
 */
export function apposedTitles(text: string): SmallLetterWork[] {
  const found = [
    ...[...text.matchAll(APPOSED_TITLE)].map((m) => ({
      at: m.index,
      genre: (m[1] ?? m[2])!,
      title: m[3]!,
    })),
    ...[...text.matchAll(APPOSED_SUBTITLED)].map((m) => ({
      at: m.index,
      genre: m[1]!,
      title: m[2]!,
    })),
    ...[...text.matchAll(TITLE_THEN_GENRE)].map((m) => ({
      at: m.index,
      genre: m[2]!,
      title: m[1]!,
    })),
    ...[...text.matchAll(PUBLISHED_TITLE)].map((m) => ({
      at: m.index,
      genre: (m[2] ?? m[3])!,
      title: m[1]!,
    })),
  ];
  return found.flatMap(({ at, genre, title }) => {
    if (title.split(/\s+/).length < 3) return [];
    const head = genre.split(' ').at(-1)!;
    const start = text.indexOf(title, at);
    return [{ name: title, kind: DOCUMENT_HEADS.get(head) ?? 'REPORT', head, start }];
  });
}
