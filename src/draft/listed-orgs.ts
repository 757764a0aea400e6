import { toTheUnion } from './name-extents.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention, Mentions } from './mentions.js';
import { foldedWords, tokenAt, type Token } from './tokens.js';
import { webReferences } from './web-references.js';
import { isPlace } from './places.js';
import { isTitle } from './job-titles.js';
import { isNationality, NOT_NAME_WORDS, STOP_WORDS } from './vocabulary.js';

/**
 * "The first hospitals to connect are AZ Delta, the CHU de Liège and Jessa Ziekenhuis": in a list
 * of three or more names where one is an organisation and none is a person, the other names of
 * two words or more are organisations too (their kind is guessed; the draft says so). Places and
 * single words (a product, a region) are never taken.
 */

const WORD = String.raw`(?<![\p{L}\p{N}])\p{Lu}(?:[\p{L}\p{N}'’&-]|\.(?=\p{L}))*`;
const LINK = String.raw`(?:de|del|della|di|du|des|der|van|von|of|for|la|le|y|i|e)`;
const ITEM = String.raw`(?:[Tt]he[ \t]+)?${WORD}(?:[ \t]+(?:${LINK}[ \t]+)?${WORD})*`;
/** An item and the acronym it is given: "European Patients' Forum (EPF)". */
const NAMED = String.raw`${ITEM}(?:[ \t]+\([\p{Lu}\p{N}&/+-]{2,12}\))?`;
const LIST = new RegExp(String.raw`${NAMED}(?:,[ \t]+${NAMED})+,?[ \t]+and[ \t]+${ITEM}`, 'gu');
const ONE = new RegExp(
  String.raw`(?:[Tt]he[ \t]+)?(${WORD}(?:[ \t]+(?:${LINK}[ \t]+)?${WORD})*)`,
  'gu',
);

interface Item {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export function listedOrgs(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  gaz: Gazetteer,
): void {
  for (const list of text.matchAll(LIST)) {
    const items = itemsOf(list[0], list.index);
    if (items.length < 3) continue;
    // ("Principal Officer, EU and International Unit, Department of Health": a post and its bodies)
    if (items.some((item) => isTitle(item.text))) continue;
    // ("Policy Officer, Directorate-General for Research and Innovation": "and" inside a name)
    const across = mentions.all.some((m) =>
      items.some((item) => m.start >= item.start && m.start < item.end && m.end > item.end),
    );
    if (across) continue;
    const at = items.map((item) => mentionOf(mentions.all, item));
    if (at.some((m) => m?.entity.label === 'Person')) continue;
    if (!at.some((m) => m?.entity.label === 'Organisation')) continue;
    // ("Maria Rossi, Jan Kowalski, Ghent University Hospital and Peter Smith": names of two plain
    // words may be people's; taken only when the list's organisations are as many)
    const orgs = at.filter((m) => m?.entity.label === 'Organisation').length;
    const pairs = items.filter((item, k) => !at[k] && isPlainPair(item.text)).length;
    let found = orgs;
    // (one word may be a product or a region: "Ozempic", "Flanders"; among two organisations
    // or more, it is one: "Siemens Healthineers, Philips and Dassault Systèmes")
    for (const oneWord of [false, true]) {
      items.forEach((item, k) => {
        if (at[k] || /\s/.test(item.text) === oneWord || (oneWord && found < 2)) return;
        if (isPlace(item.text, gaz) || isSubject(item.text)) return;
        // ("… and the French start-up Owkin": a nationality, not a name)
        if (oneWord && isNationality(foldedWords(item.text)[0] ?? '')) return;
        if (isPlainPair(item.text) && pairs > orgs) return;
        const first = tokens.findIndex((t) => t.start === item.start);
        if (first >= 0 && mentions.orgAt(first, { untypedIfEndingAt: item.end })) found++;
      });
    }
  }
  organisers(text, tokens, mentions, gaz);
  // (a reference list's publishers: '"…". Süddeutsche Zeitung. 12 May 2021.')
  for (const { publisher } of webReferences(text)) {
    const item = { ...publisher, text: text.slice(publisher.start, publisher.end) };
    if (mentionOf(mentions.all, item) || isPlace(item.text, gaz)) continue;
    mentions.orgAt(tokenAt(tokens, item.start), { untypedIfEndingAt: item.end });
  }
  mentions.all.sort((a, b) => a.start - b.start);
}

const ORGANISED_BY = new RegExp(
  String.raw`\b(?:co-)?(?:organi[sz]ed|hosted|convened|coordinated|managed)\s+(?:jointly\s+)?by\s+(${ITEM}(?:(?:,\s+|,?\s+and\s+)${ITEM})*)`,
  'gu',
);

/**
 * "Roundtable organised by Sciensano and the Belgian Ministry of Health", "coordinated by the
 * Finnish Innovation Fund Sitra": who organises or coordinates is an organisation, whatever its name (a place, a subject, or a name of two plain words, which may be
 * a person's, is not taken).
 */
function organisers(text: string, tokens: readonly Token[], mentions: Mentions, gaz: Gazetteer) {
  for (const by of text.matchAll(ORGANISED_BY)) {
    const names = by[1]!;
    for (const item of itemsOf(names, by.index + by[0].length - names.length)) {
      if (mentionOf(mentions.all, item) || isPlace(item.text, gaz) || isSubject(item.text))
        continue;
      const words = foldedWords(item.text);
      if (words.length === 2 && !words.some((w) => NOT_NAME_WORDS.has(w))) continue;
      // "coordinated by the Finnish company X": a nationality, then what X is
      const described = /^\s+\p{Ll}/u.test(text.slice(item.end, item.end + 3));
      if (words.length === 1 && isNationality(words[0]!) && described) continue;
      const first = tokens.findIndex((t) => t.start === item.start);
      const end = item.end + toTheUnion(text, item.text, item.end);
      if (first >= 0) mentions.orgAt(first, { untypedIfEndingAt: end });
    }
  }
}

function itemsOf(list: string, offset: number): Item[] {
  const items: Item[] = [];
  for (const m of list.matchAll(ONE)) {
    const name = m[1]!;
    const start = offset + m.index + m[0].length - name.length;
    items.push({ start, end: start + name.length, text: name });
  }
  return items;
}

/** The mention that is this item (or its last words: "the Commission's DG CONNECT"). */
const mentionOf = (all: readonly Mention[], item: Item): Mention | undefined =>
  all.find((m) => m.start < item.end && m.end > item.start);

/** Two capitalised words, neither a subject's: a company's name or a person's. */
const isPlainPair = (name: string): boolean => {
  const words = foldedWords(name);
  return words.length === 2 && !words.some((w) => NOT_NAME_WORDS.has(w)) && !/[A-Z]{2}/.test(name);
};

/** "Health, Data and Care": subjects, and words that open sentences ("Yesterday"). */
const isSubject = (name: string): boolean => {
  const words = foldedWords(name);
  return words.every((w) => NOT_NAME_WORDS.has(w)) || STOP_WORDS.has(words[0]!);
};
