/**
 * A publication list's or a reference list's entry in author–date form:
 * "Vasconcelos-Lindqvist, H.; Okonkwo-Bauer, T. (2019). Trustworthy Secondary Use of Health Data:
 * Lessons from Five Member States (white paper). Brussels: …" and
 * 'European Commission (14 March 2024). "Commission launches …". Press release IP/24/1402.' and a
 * page's 'Recommended citation: Leopoldina, acatech (2026): Virtual Human Twins in Medicine: …. Halle.'
 * The title is a document; its genre, in brackets or after it, gives the kind.
 */
import { hasOrgWord } from './person-cues.js';
import { typedAuthors } from './typed-publications.js';
import { FILE_TYPE } from './document-patterns.js';
import { BOILERPLATE } from './listed-documents.js';
import type { SmallLetterWork } from './small-letter-documents.js';
import { DOCUMENT_HEADS } from './vocabulary.js';

/** Authors, "(date)." and the title up to its full stop (quoted or not). */
const ENTRY =
  /^[ \t]*(?:\d{1,3}\.[ \t]+)?[^\n()]{2,200}?[ \t]+\((?:\d{1,2}[ \t]+\p{L}+[ \t]+)?(?:19|20)\d{2}[a-z]?\)[.:][ \t]+(?:[“"]([^“”"\n]{8,200}?)[.,]?[”"]|([^\n]{8,250}?))\.(?=[ \t]|$)([^\n]*)$/gmu;

/** "(white paper)", "(policy brief)" after a title; "Press release IP/24/1402." after it. */
const GENRE = /\((white paper|policy brief|report|working paper|discussion paper|preprint)\)\s*$/i;
const PRESS_RELEASE = /^\s*Press release\b/i;

export function citedWorks(text: string): SmallLetterWork[] {
  return [...text.matchAll(ENTRY)].flatMap((m) => {
    const written = (m[1] ?? m[2])!.trim();
    const genre = GENRE.exec(written);
    const name = written.replace(GENRE, '').trim();
    if (name.split(/\s+/).length < 3 || (labelled(m[0]) && namesList(name))) return [];
    // (or the title's own head: "HD4AI Implementation Roadmap 2026–2027")
    const own = name
      .toLowerCase()
      .split(/\s+/)
      .filter((w) => !/\d/.test(w))
      .at(-1);
    const head = genre
      ? genre[1]!.toLowerCase().split(' ').at(-1)!
      : own && DOCUMENT_HEADS.has(own)
        ? own
        : 'report';
    const kind = PRESS_RELEASE.test(m[3] ?? '')
      ? 'PRESS_RELEASE'
      : (DOCUMENT_HEADS.get(head) ?? 'REPORT');
    return [{ name, kind, head, start: m.index + m[0].indexOf(written) }];
  });
}

/**
 * "Institutional members (2025): EBRAINS AISBL, Dassault Systèmes, Oslo University Hospital,
 * Inria.": a list of names after a label and its year, no title: three items or more, each a
 * short name in capitals (not "Rossi, M. (2025): Twins, Trials and Trust.", its authors first).
 */
/**
 * The entry opens with a label, a phrase in small letters, no authors: "Institutional members
 * (2025):" (not "Leopoldina, acatech (2026):", two bodies, one written in small letters).
 */
const labelled = (entry: string): boolean =>
  /\p{Lu}\p{L}*[ \t]+(?!(?:and|van|von|der|den|del|della|de|da|di|du|et|al|for|of|the|on|in|und|für)\b)\p{Ll}{3,}\b/u.test(
    entry.split('(')[0]!,
  );

const namesList = (title: string): boolean => {
  const items = title.split(/,[ \t]+|[ \t]+and[ \t]+/);
  return items.length >= 3 && items.every((i) => /^\p{Lu}/u.test(i) && i.split(/\s+/).length <= 4);
};

/**
 * A reference list's entry in Vancouver form: "[1] Brennan A, et al. A cardiac twin for
 * heart-failure triage: a prospective study. J Comput Med Physiol 2026;18:e0202." (or "1. …", or
 * a group page's list without numbers). The authors (surnames and initials), the title to its
 * full stop, the journal, its year and its volume ("2026;18"): a paper, not a report. A book's
 * entry ends with its place and publisher: "Novotná K, Vlčková Z (eds.). Virtual brain twins in
 * Czech healthcare: a roadmap to 2030. Prague: Ministry of Health; 2025." (kind by its title).
 */
/** (a particle first, "de Montjoye Y-A"; hyphenated initials, "De Smedt P-J") */
const AUTHOR = String.raw`(?:(?:de|van|von|da|di|del|der|den|le|la|du)[ \t]+)?\p{Lu}\p{Ll}[\p{L}'’-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}'’-]*){0,2}[ \t]+\p{Lu}{1,3}(?:-\p{Lu})?`;
const JOURNAL = String.raw`[^\n.]{2,120}?(?:\.[ \t]+|[ \t])(?:19|20)\d{2}\s*;\s*\d[^\n]*`;
const PUBLISHER = String.raw`(\p{Lu}[\p{L} -]{1,40}:[ \t]+[^\n;]{2,120};[ \t]+(?:19|20)\d{2}\.?)`;
/** A preprint's server and number: "arXiv:2510.14522 (2025)", "medRxiv 2025.03.01.123456". */
const PREPRINT = String.raw`(?:arXiv|bioRxiv|medRxiv|SSRN)\b[:\s][^\n]{4,80}`;
/** (after a label maybe: "Preprint describing the report generator: Fabbri C, Viceconti M. …") */
const VANCOUVER = new RegExp(
  String.raw`^[ \t]*(?:(?:\[\d{1,3}\]|\d{1,3}\.)[ \t]+|\p{Lu}[^:\n]{2,80}:[ \t]+)?${AUTHOR}(?:,[ \t]+${AUTHOR})*(?:,?[ \t]+et[ \t]+al)?(?:[ \t]+\((?:eds?|Hrsg)\.?\))?\.[ \t]+([^\n]{8,250}?[^\s.])[.?!][ \t]+(?:${JOURNAL}|${PUBLISHER}|${PREPRINT})$`,
  'gmu',
);

/** Each author of a reference list's entries, as written: "Geris L" (surname, then initials). */
export function referenceAuthors(
  text: string,
): { start: number; end: number; surname: string; initials: string }[] {
  const blocks = [
    ...[...text.matchAll(VANCOUVER)].map((m) => ({
      at: m.index,
      authors: m[0].slice(0, m[0].indexOf(m[1]!)),
    })),
    ...typedAuthors(text),
  ];
  return blocks.flatMap(({ at, authors }) => {
    return [...authors.matchAll(new RegExp(AUTHOR, 'gu'))].flatMap((a) => {
      const [, surname, initials] = /^(.*\S)[ \t]+(\p{Lu}{1,3}(?:-\p{Lu})?)$/u.exec(a[0])!;
      // ("Nuffield Trust UK": a body as author, its country's code no initials)
      if (hasOrgWord(surname!)) return [];
      const start = at + a.index;
      return [{ start, end: start + a[0].length, surname: surname!, initials: initials! }];
    });
  });
}

/**
 * … or with its title in quotes, the journal and the year after it: 'Publication: Koskinen A,
 * Kivelä L, et al. "Cohort profile: the HUS cardiac digital twin cohort". European Heart Journal
 * – Digital Health, 2025.', 'Viceconti M. et al., "In silico trials: …", Methods, 2021' (m[2]
 * stays empty: a journal's paper).
 */
const QUOTED_CITATION = new RegExp(
  String.raw`^[ \t]*(?:[-•*][ \t]+)?(?:\p{Lu}[^:\n]{2,40}:[ \t]+)?${AUTHOR}\.?(?:,[ \t]+${AUTHOR}\.?)*(?:,?[ \t]+et[ \t]+al\.?)?,?[ \t]+["“]([^"“”\n]{8,250}?)[.,]?["”][.,]?[ \t]+[^\n]{2,120}?,?[ \t]+(?:19|20)\d{2}\b`,
  'gmu',
);

export function referencedWorks(text: string): SmallLetterWork[] {
  return [...text.matchAll(VANCOUVER), ...text.matchAll(QUOTED_CITATION)].flatMap((m) => {
    const name = m[1]!.trim();
    if (name.split(/\s+/).length < 3) return [];
    const start = m.index + m[0].indexOf(name);
    // (a journal's paper, whatever its title ends in: "…: a prospective study")
    if (!m[2]) return [{ name, kind: 'ARTICLE', head: 'article', start }];
    const own = name
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.findLast((w) => DOCUMENT_HEADS.has(w));
    const head = own ?? 'report';
    return [{ name, kind: DOCUMENT_HEADS.get(head) ?? 'REPORT', head, start }];
  });
}

/**
 * "… and the Report on the evaluation of the first public tender (PDF, 1.2 MB) are available": a
 * title in sentence case that opens with a document's word, before a file's type in brackets.
 */
const ATTACHED = new RegExp(
  `\\b(\\p{Lu}\\p{Ll}+(?:[ \\t]+[\\p{L}\\p{N}'’–-]+){1,14}?)[ \\t]+\\(${FILE_TYPE}[^)\\n]*\\)`,
  'gu',
);

export function attachedWorks(text: string): SmallLetterWork[] {
  return [...text.matchAll(ATTACHED)].flatMap((m) => {
    // (from the capitalised document word: "The list and the Report on …" → "Report on …")
    const opening = /(?:^|\s)(\p{Lu}\p{Ll}+)/gu;
    const at = [...m[1]!.matchAll(opening)].find((w) => DOCUMENT_HEADS.has(w[1]!.toLowerCase()));
    if (!at) return [];
    const name = m[1]!.slice(at.index + at[0].indexOf(at[1]!));
    const head = at[1]!.toLowerCase();
    const kind = DOCUMENT_HEADS.get(head);
    const titled = /\s(?:on|of|for)\s/.test(name) && !BOILERPLATE.test(name);
    const start = m.index + m[0].indexOf(name);
    return kind && titled ? [{ name, kind, head, start }] : [];
  });
}
