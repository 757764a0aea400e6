/**
 * People in a delimited table's column of people ("speakers", "moderator", "chair", "authors"):
 * a cell holds one entry or several after "|", each a name, then maybe a dash and the person's
 * post and body: "Teresa Vaz Moniz - Secretary of State for Health, Ministry of Health (Portugal)
 * | Rui Mendonça - Dean, NOVA Medical School". The name is a person's; the body after the post
 * (or the bodies, "EBRAINS / Aix-Marseille University") is where the post is held.
 */
import type { Affiliation } from './affiliations.js';
import { delimitedTables } from './delimited-tables.js';
import { CELL_TITLES } from './table-cells.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import type { Mentions } from './mentions.js';
import type { NameRun } from './name-runs.js';
import { hasOrgWord, looksLikePerson } from './person-cues.js';
import type { Span } from './text-lines.js';

const PEOPLE_COLUMN =
  /^(?:speakers?|moderators?|(?:co-?)?chairs?|presenters?|panell?ists?|authors?|(?:full )?names?|contacts?|contact persons?|rapporteurs?)$/;
const PEOPLE_BESIDE =
  /^(?:organi[sz]ations?|affiliations?|institutions?|employer|role|position|(?:job )?title|e-?mail)$/;
/** Between entries in a cell: "A | B", "A; B" (in a table split at commas). */
const ENTRY_GAP = /[ \t]*[|;][ \t]*/g;
/** Between a name and what follows it: "Name - Dean, NOVA", "Name (NOVA)", "Name, NOVA". */
const AFTER_NAME = /[ \t]+[-–—][ \t]+|[ \t]*\(|,[ \t]*/;

interface Entry {
  readonly name: Span;
  readonly text: string;
  readonly start: number;
  /** What follows the name, by offset: the post and the body. */
  readonly rest?: Span;
}

export function delimitedEntries(text: string): Entry[] {
  return delimitedTables(text).flatMap((t) => {
    // (a bare "name" column holds people only beside a column of their bodies or posts: not a
    // towns' or a products' table)
    const people = t.header.some((h) => PEOPLE_BESIDE.test(h));
    const columns = t.header.flatMap((h, k) =>
      PEOPLE_COLUMN.test(h) && (people || !/name/.test(h)) ? [k] : [],
    );
    return t.rows.flatMap((row) => columns.flatMap((k) => (row[k] ? entriesOf(row[k]) : [])));
  });
}

function entriesOf(cell: { start: number; text: string }): Entry[] {
  const out: Entry[] = [];
  let from = 0;
  for (const gap of [...cell.text.matchAll(ENTRY_GAP), { index: cell.text.length, 0: '' }]) {
    const raw = cell.text.slice(from, gap.index);
    if (raw.trim()) out.push(entryOf(raw.trim(), cell.start + from + raw.search(/\S/)));
    from = gap.index! + gap[0]!.length;
  }
  return out;
}

function entryOf(text: string, start: number): Entry {
  const titles = CELL_TITLES.exec(text)?.[0].length ?? 0;
  const after = AFTER_NAME.exec(text.slice(titles));
  const nameEnd = after ? titles + after.index : text.length;
  const name = { start: start + titles, end: start + nameEnd };
  if (!after || after[0].includes('(')) return { name, text, start };
  const restAt = nameEnd + after[0].length;
  return { name, text, start, rest: { start: start + restAt, end: start + text.length } };
}

/**
 * Runs that are a whole entry's name, of two words or more and no body's word, are people: when
 * a post follows the name ("Chiara Benedetti - CEO, InSilicoTrials") or the name opens with a
 * first name (not a product's "Oura Ring" or a company's "Philips Healthcare").
 */
export function inDelimitedColumn(
  text: string,
  runs: readonly NameRun[],
  why: (string | undefined)[],
) {
  const entries = delimitedEntries(text);
  runs.forEach((r, k) => {
    const entry = entries.find((e) => e.name.start === r.start && e.name.end === r.end);
    if (why[k] || !entry || !r.text.includes(' ') || hasOrgWord(r.text)) return;
    const rest = entry.rest ? text.slice(entry.rest.start, entry.rest.end) : '';
    if (isTitle(rest.split(',')[0]!) || looksLikePerson(r.text))
      why[k] = 'in a people column of a delimited table';
  });
}

/** Each entry's person holds the post at the body (or bodies) after it. */
export function delimitedRoles(text: string, mentions: Mentions): Affiliation[] {
  return delimitedEntries(text).flatMap((e) => {
    const person = mentions.people.find((p) => p.start === e.name.start && p.end <= e.name.end);
    if (!person || !e.rest) return [];
    const parts = partsOf(text, e.rest);
    const title = parts[0] && isTitle(parts[0].text) ? parts.shift()!.text : undefined;
    const post = title && !MEETING_PART.test(title) ? { title } : {};
    return parts.flatMap((part) => {
      // (the whole part, a bracket after it maybe: not "E" of "E-hälsomyndigheten (…)")
      const named = part.text.replace(/[ \t]*\(.*$/, '');
      // ("E-hälsomyndigheten": a letter and a word in small letters, no name a run reads whole)
      if (/^\p{Lu}-\p{Ll}/u.test(named)) return [];
      const org = mentions.orgFrom(part.start, { untypedIfEndingAt: part.start + named.length });
      if (!org || org.start !== part.start || org.end !== part.start + named.length) return [];
      return [{ person, org, ...post, evidence: e.text }];
    });
  });
}

/** The rest's parts, by offset: split at commas and at " / ". */
function partsOf(text: string, rest: Span): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  const raw = text.slice(rest.start, rest.end);
  let from = 0;
  for (const gap of [...raw.matchAll(/,[ \t]*|[ \t]+\/[ \t]+/g), { index: raw.length, 0: '' }]) {
    const part = raw.slice(from, gap.index).trim();
    if (part) out.push({ start: rest.start + from + raw.slice(from).search(/\S/), text: part });
    from = gap.index! + gap[0]!.length;
  }
  return out;
}
