import type { Affiliation } from './affiliations.js';
import { commaNames } from './comma-names.js';
import { hasOrgWord } from './person-cues.js';
import type { Mention, Mentions } from './mentions.js';
import { runOf } from './name-runs.js';
import type { PersonRun } from './people.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * A paper's or an abstract's authors with numbered affiliations: "Ana Sofia Meireles1, Jonas
 * Vrieling2, Liesbet Geris3,4, …" over lines "1 Centre for Computational Physiology (C2P), Faculty
 * of Engineering, University of Porto, Portugal". Each name is a person, with a role at the first
 * named organisation of each of their lines (a generic department or section before it is the
 * organisation's part, not its name).
 */
/** (a preprint's marks in brackets after a space: "Hyun-Ji Park (1, 2), Jan Willemsen (3)") */
/** (or a letter after a space, a journal's: "Henrik Solberg-Aas a, Marta Quintanilla Ruiz b") */
const AUTHOR =
  /(\p{Lu}[\p{L}'’.-]+(?:[ \t]+\p{Lu}[\p{L}'’.-]+){1,3})(?:((?:\d{1,2}|\*)(?:,?(?:\d{1,2}|\*))*)|[ \t]+\((\d{1,2}(?:,[ \t]*\d{1,2})*)\)|[ \t]+([a-h](?:,[a-h])*))(?=,|[ \t]+&[ \t]|[ \t]*(?:\(|✉|$))/gmu;
/** "1 Centre for …", "1. KU Leuven", "(1) Institut de Neurosciences …", "a Institute of …". */
const AFFILIATION_LINE = /^[ \t]*\(?(\d{1,2}|[a-h])(\.?)\)?[ \t]+(\p{Lu}[^\n]{3,300})$/gmu;
/** "Faculty of Engineering", "Biomechanics Section", "Department of Mechanical Engineering". */
export const GENERIC_PART =
  /^(?:(?:Faculty|Department|Dept\.?|School|Division|Section|Chair)\s+(?:of|for)\b|[\p{L}-]+\s+(?:Section|Department|Division|Unit)$)/u;

interface Author {
  readonly run: PersonRun;
  readonly marks: readonly string[];
}

/** The author line's names (two or more, each with its marks), or none. */
export function numberedAuthors(written: string, tokens: readonly Token[]): Author[] {
  const text = plainDigits(written);
  // (no numbered affiliation lines, no author line to look for, unless three or more names carry
  // numbers: a journal's "Giulia Ferraresi1, Kai Brenninkmeijer2 & Ángel Ruiz-Cabañas5 ✉")
  const lines = affiliationLines(text).length > 0;
  // (a poster session lists many papers, each with its authors' line)
  return [...text.matchAll(/^[^\n]+$/gmu)].flatMap((line) => {
    const found = [...line[0].matchAll(AUTHOR)].filter((m) => /\d|^[a-h]/.test(marksOf(m)));
    const enough = lines ? found.length >= 2 : found.filter((m) => m[2]).length >= 3;
    if (!enough || !namesOnly(line[0], found)) return [];
    return found.flatMap((m) => {
      const start = line.index + m.index;
      const first = tokens.findIndex((t) => t.start === start);
      const last = tokenAt(tokens, start + m[1]!.length);
      if (first < 0) return [];
      const run = runOf(text, tokens, first, Math.max(last, first + 1));
      const name = { ...run, end: start + m[1]!.length, text: m[1]! };
      return [
        {
          run: { ...name, why: "an author with affiliations' numbers" },
          marks: marksOf(m).match(/\d{1,2}|\*|[a-h]/g)!,
        },
      ];
    });
  });
}

const marksOf = (m: RegExpMatchArray): string => m[2] ?? m[3] ?? m[4]!;

/** "Ingrid Solberg¹*" and "¹ Nordic Institute …": superscript marks as digits (one to one). */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const plainDigits = (text: string): string =>
  /[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(text)
    ? text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPTS.indexOf(d)))
    : text;

/**
 * The line is its authors and little else ("…, and patient groups." with footnote marks is a
 * sentence): no word in small letters but "and", a bracket's label aside ("(Guest Editors)").
 */
function namesOnly(line: string, found: readonly RegExpMatchArray[]): boolean {
  // (", on behalf of the ESCM Policy Committee": the group the authors write for, after them)
  let rest = line.replace(/,?[ \t]+(?:on behalf of|for)[ \t]+(?:the[ \t]+)?[^,]+$/, ' ');
  for (const m of found) rest = rest.replace(m[0], ' ');
  return !/\b(?!and\b|et\b|al\b)\p{Ll}+/u.test(rest.replace(/\([^()]*\)/g, ' '));
}

interface AffiliationEntry {
  readonly mark: string;
  readonly from: number;
  readonly at: number;
  readonly line: string;
}

/**
 * The numbered affiliations, one a line ("1 Centre for …") or several on one line, split by
 * semicolons ("¹ Danish Heart Patients' Association, Copenhagen; ² Inria, Sophia Antipolis").
 */
export function affiliationLines(written: string): AffiliationEntry[] {
  const lines = [...plainDigits(written).matchAll(AFFILIATION_LINE)];
  // (lettered lines only as a list, "a …" then "b …": not a sentence's "a" opening a line)
  const lettered = (m: RegExpMatchArray) => /^[a-h]$/.test(m[1]!);
  const letters = new Set(lines.filter(lettered).map((m) => m[1]!));
  const listed = letters.has('a') && letters.has('b');
  return lines.flatMap((m) => {
    if (lettered(m) && (!listed || !NAME_ONLY.test(m[3]!.replace(/,(?=[ \t])/g, '')))) return [];
    // ("1. KU Leuven" under a record's creators: a numbered list's item is an affiliation only
    // when it is a name, no reference or description: "1. Niederer SA, Lumens J. …")
    if (m[2] && !NAME_ONLY.test(m[3]!)) return [];
    const start = m.index + m[0].indexOf(m[1]!);
    const whole = m[0].slice(m[0].indexOf(m[1]!));
    return [...whole.matchAll(/(?:^|;[ \t]*)(\d{1,2}|[a-h])\.?\)?[ \t]+([^;\n]{3,300})/g)].map(
      (p) => {
        const from = start + p.index + p[0].indexOf(p[1]!);
        return {
          mark: p[1]!,
          from,
          at: start + p.index + p[0].lastIndexOf(p[2]!),
          line: p[2]!.trim(),
        };
      },
    );
  });
}

/** A name's words, capitalised or joined by small ones ("Fundació Clínic per a la Recerca …"). */
const NAME_ONLY =
  /^(?:[\p{Lu}\d][\p{L}\d'’&.-]*|of|for|and|the|de|del|della|di|du|des|la|le|per|a|i|y|und|für|van|von|der|[–—,&(),-])(?:[ \t]+(?:[\p{Lu}\d(][\p{L}\d'’&.)-]*|of|for|and|the|de|del|della|di|du|des|la|le|per|a|i|y|und|für|van|von|der|[–—,&-]))*[ \t]*$/u;

/**
 * The first entry with that mark after the author's line: each paper numbers its own. None after
 * it, the last before it (a record's contributors share its creators' numbers).
 */
const entryFor = (entries: readonly AffiliationEntry[], mark: string, after: number) =>
  entries.find((e) => e.mark === mark && e.from > after) ??
  entries.findLast((e) => e.mark === mark && e.from < after);

/** Each numbered author's roles: the first named organisation of each of their lines. */
export function numberedRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  const entries = affiliationLines(text);
  if (!entries.length) return [];
  const authors = [...numberedAuthors(text, tokens), ...commaNames(text, tokens)];
  return authors.flatMap(({ run, marks }) => {
    const person = mentions.people.find((p) => p.start === run.start);
    if (!person) return [];
    return marks.flatMap((mark) => {
      const line = entryFor(entries, mark, person.end);
      const org = line && firstOrg(text, tokens, line.at, line.line, mentions);
      if (!org) return [];
      // ("Liesbet Geris3,4 … 4 Biomechanics Section, …, KU Leuven": the marks, then the line)
      const tail = /^[\d⁰¹²³⁴⁵⁶⁷⁸⁹*,]*/.exec(text.slice(person.end))![0].replace(/,$/, '');
      const marked = text.slice(person.start, person.end + tail.length);
      const entry = text.slice(line.from, org.end);
      // (in the text's order: the entry may stand above the name)
      const evidence = line.from > person.end ? `${marked} … ${entry}` : `${entry} … ${marked}`;
      return [{ person, org, evidence }];
    });
  });
}

function firstOrg(
  text: string,
  tokens: readonly Token[],
  at: number,
  line: string,
  mentions: Mentions,
): Mention | undefined {
  let offset = 0;
  for (const part of line.split(/,\s*/)) {
    const start = at + offset;
    offset += part.length + (line.slice(offset + part.length).match(/^,\s*/)?.[0].length ?? 0);
    const name = part.replace(/\s*\([^)]*\)\s*$/, '').trim();
    if (!name || GENERIC_PART.test(name)) continue;
    // ("Alma Mater Studiorum – University of Bologna": the name the graph knows, after the dash)
    // (not "Virtual Physiological Human Institute – KU Leuven": a name of its own before the dash)
    const dash = /\s[–—-]\s+/.exec(name);
    const own = dash && hasOrgWord(name.slice(0, dash.index));
    const after =
      dash && !own
        ? mentions.orgAt(tokenAt(tokens, start + dash.index + dash[0].length))
        : undefined;
    if (after?.entity.known && after.entity.label === 'Organisation') return after;
    const org = mentions.orgAt(tokenAt(tokens, start), { untypedIfEndingAt: start + name.length });
    if (org && org.entity.label === 'Organisation') return org;
  }
  return undefined;
}
