import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import { tokenAt } from './tokens.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import type { Token } from './tokens.js';
import { HONORIFIC, isNationality, REPORTING_VERBS, ROLE_WORDS } from './vocabulary.js';

/**
 * Roles written around a name rather than after it:
 * - "HIMKI's chief scientist, Professor Jonas Brandt" (an organisation's title, then the name);
 * - "Its chief medical information officer, Marta Lourenço" (the organisation of the sentence before);
 * - "ESPDM president Mirela Ionescu", "EACDS President Professor X" (organisation, title, name);
 * - "X … is now Scientific Director of the Lisbon Institute" (the name, then "is <title> of <Org>").
 */
export function roleAround(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  from: number,
  mentions: Mentions,
): Affiliation | undefined {
  return (
    possessive(text, p, from, mentions) ??
    prefixed(text, p, from, mentions) ??
    predicate(text, tokens, p, mentions) ??
    headsUnit(text, tokens, p, mentions)
  );
}

/** "<Org>'s <title>, " or "Its <title>, " just before the name (and its title). */
function possessive(text: string, p: Mention, from: number, mentions: Mentions) {
  // ("As its director, Doc. MUDr. Radka Novotná": academic titles between the comma and the name)
  const titles = TITLES_BEFORE.exec(text.slice(Math.max(0, from - 40), from))?.[0].length ?? 0;
  const before = text.slice(Math.max(0, from - titles - 120), from - titles);
  // "…'s chief scientist, Professor X" or, capitalised, "EAISM's Secretary-General Pieter-Jan Claes"
  // (or "EBRAINS' Chief Science Officer Viktor Jirsa": a name in -s and its apostrophe)
  const m =
    /(?:\b(its)|(['’]s|(?<=[sS])['’]))\s+([^,.;:]{2,80}),\s+$/i.exec(before) ??
    /(?:\b(Its)|(['’]s|(?<=[sS])['’]))\s+((?:\p{Lu}[\p{L}-]*\s+){1,4})$/u.exec(before);
  if (!m || !isTitle(m[3]!)) return orgsOwn(text, p, from, mentions);
  const at = from - titles - before.length + m.index;
  const org = m[1]
    ? (subjectBefore(text, at, mentions) ??
      // ("As its director, X": the organisation named last before, not a known project it joined)
      mentions.all
        .filter(
          (o) =>
            isOrgLike(o) &&
            !(o.entity.label === 'Project' && o.entity.known) &&
            o.end <= at &&
            at - o.end < 400,
        )
        .at(-1))
    : mentions.all.find((o) => isOrgLike(o) && o.end === at);
  if (!org) return undefined;
  return {
    person: p,
    org,
    title: m[3]!.trim(),
    evidence: text.slice(Math.min(org.start, at), p.end),
  };
}

/** "the University of Bologna's Marco Viceconti": the organisation's own person, no title said. */
function orgsOwn(text: string, p: Mention, from: number, mentions: Mentions) {
  const org = mentions.all.find(
    (o) => isOrgLike(o) && o.end < from && /^['’]s\s+$/.test(text.slice(o.end, from)),
  );
  return org ? { person: p, org, evidence: text.slice(org.start, p.end) } : undefined;
}

const ABBREVIATION = /\b(?:St|Dr|Prof|Mr|Ms|Mrs|No|Doc|Ing|Mgr|MUDr|Sr|Jr|Ste|Mt)$/;

/** Academic titles written before a name: "Doc. MUDr. ", "prof. Ing. ", "Mgr. ". */
/** "Doc. MUDr. ", "Dipl.-Ing. ": the titles written before a name. */
const TITLES_BEFORE = new RegExp(String.raw`(?:\b(?:${HONORIFIC}|Doc\.)(?:-|\s+))+$`, 'i');

/**
 * "ALDS … will chair HDAB-NET. Its Director-General, X": a sentence that opens with "Its" speaks
 * of the subject of the sentence before (the organisation that opens it), not its last one.
 */
function subjectBefore(text: string, at: number, mentions: Mentions): Mention | undefined {
  if (!/(?:^|[.!?]["”’]?\s+)$/.test(text.slice(Math.max(0, at - 3), at))) return undefined;
  const end = at - 2;
  let stop = Math.max(...['. ', '! ', '? '].map((s) => text.lastIndexOf(s, end - 1)));
  // (not an abbreviation's full stop: "St. Anne's University Hospital", "Dr. X")
  while (stop > 0 && ABBREVIATION.test(text.slice(Math.max(0, stop - 6), stop)))
    stop = Math.max(...['. ', '! ', '? '].map((s) => text.lastIndexOf(s, stop - 1)));
  const start = Math.max(stop < 0 ? 0 : stop + 2, text.lastIndexOf('\n', end) + 1);
  return mentions.all.find(
    (o) => isOrgLike(o) && o.start >= start && /^\s*(?:the\s+)?$/i.test(text.slice(start, o.start)),
  );
}

/** "<Org> <title> [Professor] Name": an organisation's name right before a title and the name. */
function prefixed(text: string, p: Mention, from: number, mentions: Mentions) {
  const org = mentions.all.filter((o) => isOrgLike(o) && o.end < from && from - o.end < 60).at(-1);
  if (!org) return undefined;
  // "Kardiosim's chief executive Dr X" as "ESPDM president X"
  const title = text.slice(org.end, from).replace(/^['’]s(?= )/, '');
  const words = title.trim().split(/[\s-]+/);
  const roleOnly = words.every(
    (w) => ROLE_WORDS.has(w.toLowerCase()) || /^(?:of|for|and|co)$/.test(w),
  );
  if (!/^ [\p{L} -]+ $/u.test(title) || !roleOnly || !isTitle(title)) return undefined;
  return { person: p, org, title: title.trim(), evidence: text.slice(org.start, p.end) };
}

/** "X has … and is now <title> of/at the <Org>", "X was elected chair of Y": in X's own sentence. */
const PREDICATE =
  /\b(?:is|was|has been|became|serves as)\s+(?:now\s+|currently\s+|also\s+)?(?:(?:re-?elected|elected|appointed|named|sworn\s+in)\s+(?:as\s+)?)?(?:the\s+|an?\s+)?((?:[\p{L}-]+\s+){0,6}?[\p{L}-]+)\s+(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/u;

function predicate(text: string, tokens: readonly Token[], p: Mention, mentions: Mentions) {
  const rest = text.slice(p.end, p.end + 240).split(/[.;]\s|\n/)[0]!;
  const m = PREDICATE.exec(rest);
  // ("is an Italian patient advocate whose son was treated at …": a clause, no title)
  if (!m || !isTitle(m[1]!) || /\b(?:whose|who|which|that|was|were|is|has|had)\b/.test(m[1]!))
    return undefined;
  // "X said Kardiotech is a founding member of Y": the verb has another subject than X
  const gap = rest
    .slice(0, m.index)
    .toLowerCase()
    .split(/[^\p{L}]+/u);
  if (gap.some((w) => w === 'that' || REPORTING_VERBS.has(w))) return undefined;
  const at = p.end + m.index + m[0].length;
  const field = /\sof\s+(?:the\s+)?$/.test(m[0])
    ? fieldThenOrg(m[1]!, text, tokens, at, mentions)
    : undefined;
  const org = field?.org ?? mentions.orgAt(tokenAt(tokens, at));
  if (!org) return undefined;
  const the = /\sthe\s+$/.test(m[0]) ? 'the ' : '';
  const title = field ? `${m[1]!} of ${the}${field.name}` : m[1]!;
  return { person: p, org, title, evidence: text.slice(p.start, org.end) };
}

const POLITICAL =
  /\b(?:minister|president|commissioner|secretary|ambassador|mayor|governor|chancellor)\b/i;
const EVENT_AFTER =
  /^['’]?s?\s+(?:summit|meeting|conference|session|negotiations|talks|congress)\b/i;

/** "X heads the Computational Physiology group at the Heidelberg Institute …": a unit one heads. */
const HEADS_UNIT =
  /^\s+(?:now\s+|currently\s+|also\s+)?(heads|leads|runs|directs|chairs)\s+the\s+((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){1,5}(?:group|lab|laboratory|team|unit|department|division|section|programme))\s+(?:at|of|in)\s+(?:the\s+)?(?=\p{Lu})/u;
const HEAD_TITLE: Record<string, string> = { directs: 'Director', chairs: 'Chair' };

function headsUnit(text: string, tokens: readonly Token[], p: Mention, mentions: Mentions) {
  const m = HEADS_UNIT.exec(text.slice(p.end, p.end + 200));
  // (not "leads the Czech team at the WHO's negotiations": a delegation at the body's event)
  if (!m || isNationality(m[2]!.split(/\s+/)[0]!.toLowerCase())) return undefined;
  const org = mentions.orgAt(tokenAt(tokens, p.end + m[0].length));
  if (!org || /^['’]s\b/.test(text.slice(org.end, org.end + 3))) return undefined;
  const title = `${HEAD_TITLE[m[1]!] ?? 'Head'} of the ${m[2]!}`;
  return { person: p, org, title, evidence: text.slice(p.start, org.end) };
}

/**
 * "is Head of Clinical Research at Hospital X": a function's name that says no organisation, then
 * "at" and the organisation (the function is the title's: "Head of Clinical Research").
 */
function fieldThenOrg(
  title: string,
  text: string,
  tokens: readonly Token[],
  at: number,
  mentions: Mentions,
) {
  // (not "Minister of Health at the European Council summit", "President of Portugal at the …":
  // an office's portfolio or country, and where its holder was)
  if (POLITICAL.test(title)) return undefined;
  if (mentions.orgAt(tokenAt(tokens, at), { newOnlyIfTyped: true })) return undefined;
  const m = /^((?:\p{Lu}[\p{L}-]*\s+(?:(?:and|&)\s+)?){1,5})at\s+(?:the\s+)?(?=\p{Lu})/u.exec(
    text.slice(at, at + 160),
  );
  const org = m && mentions.orgAt(tokenAt(tokens, at + m[0].length));
  if (!org || EVENT_AFTER.test(text.slice(org.end, org.end + 30))) return undefined;
  return { name: m![1]!.trim(), org };
}
