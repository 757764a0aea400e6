import nlp from 'compromise';
import type { NameRun } from './name-runs.js';
import { patternOf } from './person-pattern.js';
import { allCommon, employs, isDemonym, looksLikePerson } from './person-cues.js';
import type { Token } from './tokens.js';
import { HONORIFIC, ROLE_NOUNS } from './vocabulary.js';
import { listedOnLines, mostlyCommon, pluralTitled } from './line-lists.js';
import { namedInFullEarlier, titledLater } from './named-again.js';
import { namedFounders } from './founded-by.js';
import { postLabelled } from './labelled-posts.js';
import { inNameColumn } from './name-tables.js';
import { inDelimitedColumn } from './delimited-people.js';
import { chatSent } from './chat-lines.js';
import type { Span } from './text-lines.js';

/** How new people are found: the text's own patterns, compromise's tagger, or either. */
export type PersonFinder = 'patterns' | 'compromise' | 'both';

/** A run accepted as a new person, with the pattern that says so. */
export interface PersonRun extends NameRun {
  readonly why: string;
}

/**
 * The runs that are people. Patterns: a title before ("Professor X"), a role noun before ("the host
 * X"), an appositive with a job title ("X, Director of Y"), an affiliation ("X from Y", "X of Y",
 * "X (Y)"), a verb of saying ("X highlighted"), a quote ("X: “…”"), or a list of such people.
 */
export function findPeople(
  text: string,
  tokens: readonly Token[],
  runs: readonly NameRun[],
  finder: PersonFinder,
  known: readonly Span[] = [],
): PersonRun[] {
  const tagged = finder === 'patterns' ? new Set<number>() : taggedStarts(text);
  const why = runs.map((run) => {
    const pattern = finder === 'compromise' ? undefined : patternOf(text, tokens, run);
    const library = tagged.has(run.start) ? 'compromise: person' : undefined;
    return pattern ?? library;
  });
  // "X and Y (Org)", "X, Y and Z from W": a name listed next to a person is one too.
  if (finder !== 'compromise') {
    for (let k = runs.length - 2; k >= 0; k--) {
      if (why[k] || !why[k + 1]) continue;
      // (…, "X and Dr. Y of Z": a title before the next name)
      const gap = text.slice(runs[k]!.end, runs[k + 1]!.start);
      if (LISTED_GAP.test(gap)) why[k] = 'listed with a person';
    }
    // ("By Sophie Lindqvist and Rui Carvalho, in Vienna": on a byline, the name after "and" too;
    // elsewhere one the tagger reads as a person's: "written by Clara Wendt and Tomás Ferreira",
    // not "led by Professor Anna Lindqvist and Novo Nordisk")
    for (let k = 1; k < runs.length; k++) {
      if (why[k] || !why[k - 1]) continue;
      const gap = text.slice(runs[k - 1]!.end, runs[k]!.start);
      const line = text.slice(text.lastIndexOf('\n', runs[k - 1]!.start) + 1, runs[k - 1]!.start);
      // ("Founders: Dr Felix Haberland, Yasmin El-Amrani": a role's label opens the line)
      const eol = text.indexOf('\n', runs[k]!.end);
      const rest = text.slice(runs[k]!.end, eol < 0 ? undefined : eol);
      if (LISTED_GAP.test(gap) && roleLabelled(line, rest)) why[k] = 'listed with a person';
      if (!/^\s+and\s+$/.test(gap)) continue;
      if (/^[ \t]*By[ \t]+$/.test(line) || looksLikePerson(runs[k]!.text))
        why[k] = 'listed with a person';
    }
  }
  if (finder !== 'compromise') listedWithKnown(text, runs, known, why);
  if (finder !== 'compromise') listedOnLines(text, runs, known, why);
  if (finder !== 'compromise') pluralTitled(text, runs, why, LISTED_GAP);
  if (finder !== 'compromise') namedFounders(text, runs, why);
  if (finder !== 'compromise') postLabelled(text, runs, why);
  if (finder !== 'compromise') inNameColumn(text, runs, why);
  if (finder !== 'compromise') inDelimitedColumn(text, runs, why);
  if (finder !== 'compromise') chatSent(text, runs, why);
  namedInFullEarlier(tokens, runs, why);
  titledLater(text, runs, why);
  // ("… said Katarzyna Olejnik-Baran." then "Katarzyna Olejnik-Baran is a Member of …"): the same
  // full name again is the same person, wherever it stands
  const named = new Set(runs.filter((_, k) => why[k]).map((r) => r.text));
  runs.forEach((r, k) => {
    if (!why[k] && named.has(r.text)) why[k] = 'named again';
    // ("When Tereza Horáková and Ondřej Dvořák founded …": after "and" a person named again)
    const gap = k > 0 ? text.slice(runs[k - 1]!.end, r.start) : '';
    if (
      !why[k] &&
      why[k - 1] &&
      /^\s+and\s+$/.test(gap) &&
      looksLikePerson(r.text) &&
      endsName(text, r)
    )
      why[k] = 'listed with a person';
  });
  inAppositive(text, runs, why);
  return runs.flatMap((run, k) =>
    why[k] &&
    !employs(text, run.text) &&
    !notAName(run) &&
    !groupNamed(text, run) &&
    // ("Councillors Allowances Scheme": common words after a title in the plural name no one)
    !(/^job title "\p{L}+s" before/u.test(why[k]!) && mostlyCommon(run.text))
      ? [{ ...run, why: why[k]! }]
      : [],
  );
}

/**
 * The words after a name end it (a comma, a verb of saying, "and"): not "Sophia Antipolis mayor",
 * "Marie Curie fellows", "Johns Hopkins researchers", a place's or a programme's name before a noun.
 */
const endsName = (text: string, run: NameRun): boolean =>
  /^(?:\s*[,.;:)!?]|\s*$|[ \t]*\n|\s+(?:and|said|says|who|of|from|at|in|told|added|founded|co-founded|thank)\b)/.test(
    text.slice(run.end, run.end + 20),
  );

/**
 * "Marco Viceconti and Thomas Lindqvist, thank you": a name listed next to a person the graph
 * knows is one too, when it looks like a person's ("Commissioner for Health and Animal Welfare,
 * Olivér Várhelyi" lists no one).
 */
function listedWithKnown(
  text: string,
  runs: readonly NameRun[],
  known: readonly Span[],
  why: (string | undefined)[],
): void {
  runs.forEach((run, k) => {
    if (why[k]) return;
    const before = known.find((p) => /^\s+and\s+$/.test(text.slice(p.end, run.start)));
    const after = known.find((p) => LISTED_GAP.test(text.slice(run.end, p.start)));
    if ((after || before) && looksLikePerson(run.text) && endsName(text, run))
      why[k] = 'listed with a known person';
  });
}

/** "head of the working group Computational Clinical Neurology at the IMID": a group's name. */
const groupNamed = (text: string, run: NameRun): boolean =>
  // (in small letters: "Head of Unit Maria Rossi" is a title, then a name)
  /\b(?:group|team|lab|laboratory|unit|section|division)\s+$/.test(
    text.slice(Math.max(0, run.start - 20), run.start),
  );

/** "Founders: ", "Speakers: X, ": a line a role noun labels (the names after it are its holders). */
const roleLabelled = (line: string, rest: string): boolean => {
  const label = /^[ \t]*(\p{L}+s):[ \t]/u.exec(line)?.[1];
  // (a list of names, not of "name, organisation" pairs: "Speakers: X, Gemelia Health; Y, …")
  return label !== undefined && ROLE_NOUNS.has(label.toLowerCase()) && !/;/.test(line + rest);
};

const LISTED_GAP = new RegExp(String.raw`^\s*(?:,|;|·|and|,\s*and)\s*(?:${HONORIFIC}\s+)?$`, 'i');

/**
 * '"Commission Implementing Decision (EU) 2021/388". Official Journal of the European Union': words
 * that are all common ones make no name without a title before them ("Dr Rose Hill"); "the Sixth
 * Veldhuis Lecture" is named after a person, not one.
 */
const notAName = (run: NameRun): boolean =>
  (allCommon(run.text) && !run.title) ||
  NAMED_FOR.test(run.text) ||
  // ("led by Slovenian Renew member X": a nationality opens no one's name)
  isDemonym(run.text.split(/\s+/)[0]!);

const NAMED_FOR =
  /\s(?:Lecture|Lectures|Prize|Award|Medal|Fellowship|Fellowships|Scholarship|Building|Hall|Auditorium|Foundation|Institute|Centre|Center)$/;

/**
 * "Karin Smyth, Director Digital Health Europe, Siemens Healthineers", "Ilse De Wit, Vice-President
 * Regulatory Affairs and Quality, Medtronic": words after a person's job title are their
 * organisation or portfolio, not a second person read from the title before them.
 */
function inAppositive(text: string, runs: readonly NameRun[], why: (string | undefined)[]): void {
  for (let k = 1; k < runs.length; k++) {
    if (!why[k - 1] || !/^(?:job title|"\S+" before)/.test(why[k] ?? '')) continue;
    const between = text.slice(runs[k - 1]!.end, runs[k]!.start);
    // (not a list's next item, described with its article: "…, the Polish scientist X")
    if (
      /^,\s[^,.;:\n]{2,60}(?:,\s|\s)$/.test(between) &&
      !/\b(?:and|with|by)\b/.test(between) &&
      !/^,\s+(?:the|an?)\s/.test(between) &&
      !/\b(?:said|says|added|told|explained|noted)\b/.test(between)
    )
      why[k] = undefined;
  }
}

/** Start offsets of the people compromise tags in the text. */
function taggedStarts(text: string): Set<number> {
  const people = nlp(text).people().json({ offset: true }) as { offset: { start: number } }[];
  return new Set(people.map((p) => p.offset.start));
}
