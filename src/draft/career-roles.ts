import type { Affiliation } from './affiliations.js';
import { isJobTitle } from './appointments.js';
import { isTitle } from './job-titles.js';
import type { Mention, Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';
import { ROLE_WORDS } from './vocabulary.js';

/**
 * A portrait's or a tribute's career, told of "she" or "he": "She joined the BICM in 2009", "in
 * 1997 she moved to Stockholm as a research physicist at Karolinska University Hospital", "She sat
 * on the board of the VPH Institute". Each is a role of the person the text named last before the
 * pronoun (within a few paragraphs), at the organisation right after the words.
 */
const CAREER: readonly (readonly [RegExp, ((m: RegExpExecArray) => string | undefined)?])[] = [
  // "X, who came to Aarhus from Karolinska Institutet in 2017", "she joined the hospital in 2023
  // from the HSE": where they were before
  [
    /(?:\b(?:[Ss]he|[Hh]e)|,\s+who)\s+(?:later\s+|then\s+)?(?:came|moved|switched|returned|transferred)\s+(?:(?:back\s+)?to\s+(?:the\s+)?[\p{L}'’ -]{1,40}?\s+)?(?:in\s+\d{4}\s+)?from\s+(?:the\s+)?(?=\p{Lu})/gu,
  ],
  [
    /(?:\b(?:[Ss]he|[Hh]e)|,\s+who)\s+(?:later\s+|then\s+)?joined\s+(?:the\s+(?:hospital|university|institute|centre|center|company|agency|team|unit|lab|laboratory|foundation|ministry|commission|department|group)|(?:the\s+)?(?:\p{Lu}[\p{L}'’&.-]*\s+){0,5}\p{Lu}[\p{L}'’&.-]*)\s+(?:in\s+\d{4}\s+)?from\s+(?:the\s+)?(?=\p{Lu})/gu,
  ],
  [/\b(?:[Ss]he|[Hh]e)\s+(?:later\s+|then\s+|also\s+)?joined\s+(?:the\s+)?(?=\p{Lu})/gu],
  [
    /\b(?:[Ss]he|[Hh]e)\s+(?:sat|sits|served|serves|has served)\s+on\s+the\s+(?:\p{Ll}+\s+)?board\s+of\s+(?:the\s+)?(?=\p{Lu})/gu,
    () => 'Board member',
  ],
  [
    /\b(?:[Ss]he|[Hh]e)\s+(?:\p{L}+\s+){1,4}?as\s+(?:an?\s+|the\s+)?(\p{Ll}[\p{Ll} -]{2,50}?)\s+(?:at|of)\s+(?:the\s+)?(?=\p{Lu})/gu,
    (m) => (isTitle(m[1]!) ? m[1] : undefined),
  ],
  [
    /(?:\b(?:[Ss]he|[Hh]e)|,\s+who)\s+(?:previously\s+|formerly\s+|also\s+|then\s+|later\s+)?(?:works|worked|has worked|had worked)\s+(?:at|for)\s+(?:the\s+)?(?=\p{Lu})/gu,
  ],
  // "Before that she spent five years at Sciensano" (years, not "three nights at a hospital")
  [
    /(?:\b(?:[Ss]he|[Hh]e)|,\s+who)\s+(?:spent|has spent|had spent)\s+(?:[\p{L}\p{N}-]+\s+){0,2}(?:years?|decades?)\s+(?:[\p{L}-]+\s+){0,3}?(?:at|with)\s+(?:the\s+)?(?=\p{Lu})/gu,
  ],
  // "she was a Marie Skłodowska-Curie fellow at EPFL (…) and then a junior group leader at Inria",
  // "He was previously a research engineer at Dassault Systèmes"
  [
    /\b(?:[Ss]he|[Hh]e)\s+(?:was|has been|had been)\s+(?:previously\s+|formerly\s+|also\s+|first\s+)?(?:appointed\s+|elected\s+|named\s+)?(?:an?\s+)?((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(?:at|of|with)\s+(?:the\s+)?(?=\p{Lu})/gu,
    (m) => post(m[1]!),
  ],
  // (the first clause a post too: not "she was taken to the emergency room and then a surgeon at
  // … removed her appendix")
  [
    /\b(?:[Ss]he|[Hh]e)\s+(?:was|has been|had been)\s+(?:an?\s+)?((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(?:at|of|with)\s+[^.;\n]{3,100}?\s+and\s+then\s+(?:as\s+)?an?\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s+(?:at|of|with)\s+(?:the\s+)?(?=\p{Lu})/gu,
    (m) => (post(m[1]!) ? post(m[2]!) : undefined),
  ],
];

/** A post ("research engineer" → "Research engineer"), not a part played ("keynote speaker"). */
const post = (title: string): string | undefined =>
  isJobTitle(title) && !/^the\s/i.test(title) && !/\bauthors?\b/i.test(title)
    ? capitalised(title)
    : undefined;

/** "research engineer" as a title is written "Research engineer". */
const capitalised = (title: string): string => title[0]!.toUpperCase() + title.slice(1);

const OTHER_PERSON =
  /\b(?:her|his|their)\s+(?:late\s+|former\s+|long-time\s+)?(?:predecessor|successor|husband|wife|father|mother|son|daughter|brother|sister|colleague|mentor)\b/i;

/** How far back (in characters) the person a pronoun stands for may have been named. */
const REACH = 1500;

export function careerRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  const out: Affiliation[] = [];
  for (const [re, titleOf] of CAREER) {
    for (const m of text.matchAll(re)) {
      // (", who …": the person the clause is about, named right before it)
      const person = m[0].startsWith(',')
        ? whoseClause(text, mentions.people, m.index)
        : onlyPersonBefore(text, mentions.people, m.index);
      const end = m.index + m[0].length;
      const org = person && mentions.orgAt(tokenAt(tokens, end), { newOnlyIfTyped: true });
      if (!person || !org || org.entity.label !== 'Organisation') continue;
      // ("joined the Commission's press conference": the organisation's event, not a role)
      if (/^['’]s\b/.test(text.slice(org.end, org.end + 3))) continue;
      const title = titleOf?.(m);
      if (titleOf && !title) continue; // "hailed as a friend of …": no title, no role
      out.push({
        person,
        org,
        ...(title ? { title } : {}),
        evidence: text.slice(m.index, org.end).replace(/^,\s+/, ''),
      });
    }
  }
  return out;
}

/** "Tomasz Wiśniewski, the hospital's deputy CIO, who …": the person named just before. */
function whoseClause(text: string, people: readonly Mention[], at: number): Mention | undefined {
  const last = people.filter((p) => p.end <= at).at(-1);
  // (right before the clause, or before an apposition: not "X welcomed the participants, who …")
  const between = last ? text.slice(last.end, at) : '';
  return last && /^(?:,\s+[^,.!?;\n]{1,100})?$/.test(between) ? last : undefined;
}

/**
 * The person "she" or "he" stands for: the last one named before it, unless another one is named
 * in the same or the previous sentence ("Commissioner X welcomed Professor Y. She joined …": who?).
 */
function onlyPersonBefore(
  text: string,
  people: readonly Mention[],
  at: number,
): Mention | undefined {
  const last = people.filter((p) => p.end <= at).at(-1);
  if (!last || at - last.end > REACH) return undefined;
  // ("… paid tribute to her late predecessor … He was a professor …": someone else, unnamed)
  if (OTHER_PERSON.test(text.slice(last.end, at))) return undefined;
  const ends = [...text.slice(0, at).matchAll(/[.!?]["”’]?\s/g)].map((m) => m.index);
  const from = ends.at(-2) ?? 0;
  const near = new Set(people.filter((p) => p.start >= from && p.end <= at).map((p) => p.entity));
  return near.size <= 1 ? last : undefined;
}

/**
 * "Professor at the University of Liège and KU Leuven, Liesbet coordinated …", "Director of the
 * Institut de Neurosciences des Systèmes in Marseille, Viktor is …": a bio's sentence that opens
 * with a title and its organisations, then the first name of the person named last.
 */
const TITLE_FIRST =
  /(?:^|\n|[.!?][ \t]+)(\p{Lu}[\p{L}-]*(?:[ \t]+[\p{L}-]+){0,5}?)[ \t]+(?:at|of)[ \t]+(?:the[ \t]+)?(?=\p{Lu})/gu;

export function titleFirstRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return [...text.matchAll(TITLE_FIRST)].flatMap((m) => {
    // (a title's word first: not "Together with the President of …, Ana opened")
    if (!isTitle(m[1]!) || !ROLE_WORDS.has(m[1]!.split(/[\s-]+/)[0]!.toLowerCase())) return [];
    const orgs: Mention[] = [];
    let at = m.index + m[0].length;
    for (let k = 0; k < 2; k++) {
      const org = mentions.orgAt(tokenAt(tokens, at), { newOnlyIfTyped: true });
      if (!org) break;
      orgs.push(org);
      const and = /^(?:\s+in\s+\p{Lu}[\p{L}-]+)?\s+and\s+(?:the\s+)?(?=\p{Lu})/u.exec(
        text.slice(org.end),
      );
      if (!and) break;
      at = org.end + and[0].length;
    }
    const last = orgs.at(-1);
    const named =
      last && /^(?:\s+in\s+\p{Lu}[\p{L}-]+)?,\s+(\p{Lu}\p{Ll}+)\s/u.exec(text.slice(last.end));
    if (!named) return [];
    const person = mentions.people
      .filter((p) => p.end <= m.index && m.index - p.end < REACH)
      .at(-1);
    if (!person || person.entity.name.split(/\s+/)[0] !== named[1]) return [];
    const start = m.index + m[0].indexOf(m[1]!);
    return orgs.map((org) => ({
      person,
      org,
      title: m[1]!,
      evidence: text.slice(start, org.end),
    }));
  });
}
