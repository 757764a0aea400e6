import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer, KnownEntity } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { closeToKnown } from './name-checks.js';
import { commaNames } from './comma-names.js';
import { headingNames } from './heading-names.js';
import { runOf } from './name-runs.js';
import { allCommon, looksLikePerson } from './person-cues.js';
import type { PersonRun } from './people.js';
import { isPlace } from './places.js';
import { foldedWords, type Token } from './tokens.js';
import { titleCase } from './dateline.js';
import { TITLE_CAPITALISED } from './vocabulary.js';

/**
 * Parliament's lists write a member's surname in capitals, before or after the given name:
 * "Shadow rapporteurs:⏎KOWALCZYK Agnieszka (S&D)", "Members of the mission:⏎Ingrid SØRENSEN
 * (S&D)". A line that holds such a name (after a label, maybe, and before a bracket, a dash, a
 * comma or the line's end) names a person: surname first, when the text has two such lines or
 * the given name is a person's; given name first, when a bracket follows ("(EPP)") or the one given
 * name is a person's (not "Anna Berg EURORDIS"). Surname first, the person is named given name first.
 */
const CAPS = String.raw`\p{Lu}[\p{Lu}'’-]*\p{Lu}`;
const GIVEN = String.raw`\p{Lu}\p{Ll}[\p{Ll}'’]*(?:-\p{Lu}\p{Ll}+)?`;
/** ("Ó FLOINN", "DE VRIES-BAKKER": a particle's capital, then the surname's) */
const SURNAME = String.raw`(?:\p{Lu} )?${CAPS}(?: ${CAPS}){0,3}`;
const FORENAMES = String.raw`${GIVEN}(?: ${GIVEN})?`;
/** "Dr", "Prof.", "MUDr.": a title before the name, as written (capitalised). */
const LINE = (name: string) =>
  new RegExp(
    String.raw`^[ \t]*(?:[-•*][ \t]+)?(?:[^:\n]{1,40}:[ \t]*)?(?:${TITLE_CAPITALISED}[ \t]+)?(${name})(?=[ \t]*(?:\([^()\n]{1,30}\)|[,–—]|[ \t]{2,}|\t|$))`,
    'gmu',
  );
const SURNAME_FIRST = LINE(String.raw`(${SURNAME}) (${FORENAMES})`);
const SURNAME_LAST = LINE(String.raw`(${FORENAMES}) (${SURNAME})`);

/** Letters written after a name: a title, a degree. */
const AFTER_NAME = new Set(
  'MEP MEPS CEO CTO CFO COO CMO CSO PHD MSC BSC MBA MPH FRS FRCP OBE CBE MBE KC QC'.split(' '),
);

export interface CapitalsName {
  readonly run: PersonRun;
  /** The name as the graph writes it: given name first, surname in small letters. */
  readonly name: string;
  /** The person the graph knows by that name, if it knows one. */
  readonly known?: KnownEntity;
  /** The token after what the line says of the name (its bracket, its marks), if not the run's end. */
  readonly through?: number;
}

export function capitalsNames(
  text: string,
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
  gaz: Gazetteer,
): CapitalsName[] {
  // (given name first, the name needs a bracket after it or a person's given name: not
  // "Insilico TRIALS" on a partner list's line; surname first, two such lines make a list)
  // (a party's group, "(S&D)", not a country: "Kinexon SPORTS (Germany)" is a partner's name)
  const inBrackets = (m: RegExpMatchArray) =>
    /^[ \t]*\(([^()\n]{1,30})\)/.exec(text.slice(m.index! + m[0].length))?.[1];
  const bracketed = (m: RegExpMatchArray) => {
    const inside = inBrackets(m);
    return inside !== undefined && !isPlace(inside, gaz);
  };
  const surnameLast = [...text.matchAll(SURNAME_LAST)].filter((m) => plausible(m[3]!, m[2]!, gaz));
  // (given name first on two lines or more, each with its bracket: a list of them, "Kristiina
  // LAUR (Estonia)", one of them a person's by its given name, and no given name twice: not a
  // partners' list, "Fraunhofer IGD (Germany)", "Fraunhofer FOKUS (Germany)", "Anna Berg EURORDIS")
  const withBracket = surnameLast.filter((m) => inBrackets(m) !== undefined);
  const givens = withBracket.map((m) => m[2]!);
  const lastListed =
    givens.length >= 2 &&
    new Set(givens).size === givens.length &&
    givens.some((g) => looksLikePerson(g));
  const found = [
    ...[...text.matchAll(SURNAME_FIRST)]
      .filter((m) => inBrackets(m) === undefined || bracketed(m))
      .map((m) => ({
        m,
        surname: m[2]!,
        given: m[3]!,
        first: true,
      })),
    ...surnameLast
      .filter(
        (m) =>
          (lastListed && inBrackets(m) !== undefined) ||
          bracketed(m) ||
          (!/\s/.test(m[2]!) && looksLikePerson(m[2]!)),
      )
      .map((m) => ({ m, surname: m[3]!, given: m[2]!, first: false })),
  ].filter(({ surname, given }) => plausible(surname, given, gaz));
  const listed = found.filter((f) => f.first).length >= 2;
  return found.flatMap(({ m, surname, given, first: surnameFirst }) => {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    const first = tokens.findIndex((t) => t.start === start);
    const last = tokens.findIndex((t) => t.start >= start + m[1]!.length);
    if (first < 0 || (surnameFirst && !listed && !looksLikePerson(given))) return [];
    const end = last < 0 ? tokens.length : last;
    for (let t = first; t < end; t++) if (covered.has(t)) return [];
    const name = `${given} ${titleCase(surname)}`;
    const known = gaz.byName.get(foldedWords(name).join(' '))?.find((e) => e.label === 'Person');
    const run = {
      ...runOf(text, tokens, first, end),
      why: 'a list’s name, the surname in capitals',
    };
    return [{ run, name, ...(known ? { known } : {}) }];
  });
}

/** A surname and given names that may be a person's (no common words, no acronym, no place). */
const plausible = (surname: string, given: string, gaz: Gazetteer): boolean =>
  !allCommon(surname) &&
  // (not "Jonas Vaitkus MEP", "Medaris AI": a title's letters, an acronym)
  !/^\p{Lu}{1,2}$/u.test(surname.split(' ').at(-1)!) &&
  !AFTER_NAME.has(surname.split(' ').at(-1)!) &&
  !allCommon(given) &&
  // (not "HORIZON-RIA Grant Agreement": a thing's noun ends no one's given names)
  !/(?:ment|tion|ness|ology)s?$/i.test(given.split(/\s+/).at(-1)!) &&
  !isPlace(given, gaz);

/**
 * The people these lines name, before any other reading of their words ("Kowalczyk Agnieszka",
 * "Nowak, Agnieszka").
 */
export function withCapitalsNames(
  text: string,
  tokens: readonly Token[],
  covered: Set<number>,
  gaz: Gazetteer,
  builder: DraftBuilder,
  people: Mention[],
): void {
  const listed = [
    ...capitalsNames(text, tokens, covered, gaz),
    ...commaNames(text, tokens, gaz),
    ...headingNames(text, tokens, gaz),
  ];
  for (const { run, name, known, through } of listed) {
    if (people.some((p) => p.first < run.last && run.first < p.last)) continue;
    const entity = known ? builder.refer(known, run.text) : builder.propose('Person', name);
    if (!known && !entity.checks.length)
      entity.checks.push(...closeToKnown(name, gaz), `new person (${run.why})`);
    for (let t = run.first; t < (through ?? run.last); t++) covered.add(t);
    people.push({ entity, first: run.first, last: run.last, start: run.start, end: run.end });
  }
}
