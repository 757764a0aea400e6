/** Roles the words before a person's name give them, at an organisation named before it. */
import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import { isOrgLike, type Mention, type Mentions } from './mentions.js';
import { HONORIFIC, PERSONAL_TITLES, ROLE_NOUNS, ROLE_WORDS } from './vocabulary.js';

/** Where the sentence before `at` ended: a full stop and a space, not one of "B.V. ", "Dr. ". */
function sentenceEndBefore(text: string, at: number): number {
  for (let k = text.lastIndexOf('. ', at); k >= 0; k = text.lastIndexOf('. ', k - 1)) {
    const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, k - 12), k))?.[0] ?? '';
    if (
      !/^(?:\p{L}\.)*\p{L}$|^(?:St|No|Nr|Vol)$/u.test(word) &&
      !PERSONAL_TITLES.has(word.toLowerCase())
    )
      return k;
  }
  return -1;
}

/** Organisations before a person in the same sentence, nearest last. */
const orgsBefore = (text: string, p: Mention, mentions: Mentions): Mention[] => {
  const sentenceStart = Math.max(sentenceEndBefore(text, p.start), text.lastIndexOf('\n', p.start));
  return mentions.all.filter((m) => m.end <= p.start && m.start > sentenceStart && isOrgLike(m));
};

/** "Sweden's Karolinska Institute, where Professor X will serve as project coordinator". */
function whereRole(
  text: string,
  p: Mention,
  before: string,
  mentions: Mentions,
): Affiliation | undefined {
  const where = /,\s+where\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u.exec(before);
  if (!where) return undefined;
  const at = p.start - before.length + where.index;
  const org = orgsBefore(text, p, mentions).find((m) => m.end === at);
  if (!org) return undefined;
  const job =
    /^\s+(?:will\s+serve\s+as|serves\s+as|works\s+as|is|was|became)\s+(?:the\s+|an?\s+)?([^,.;]{2,60})/u.exec(
      text.slice(p.end, p.end + 80),
    );
  const title = job && isTitle(job[1]!) ? job[1]! : undefined;
  return { person: p, org, ...(title ? { title } : {}), evidence: text.slice(org.start, p.end) };
}

/**
 * "the Ministry of Health of the Republic of Lithuania, led by Minister of Health X": the title
 * before the name, at the organisation right before "led by".
 */
const OTHER_ROLE_BY =
  /\b(?:organi[sz]ed|funded|financed|hosted|sponsored|supported|commissioned|coordinated)\s+by\s+(?:the\s+)?$/;

/**
 * "the Ministry of Health …, led by Minister of Health X": the title before the name, at the
 * organisation right before the verb; a rank ("chaired by Professor X") gives the verb's title.
 */
function ledByTitled(
  text: string,
  p: Mention,
  before: string,
  mentions: Mentions,
): Affiliation | undefined {
  const led =
    /,\s+(led|headed|chaired|directed)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}.-]*)){0,6})\s+$/u.exec(
      before,
    );
  if (!led) return undefined;
  const rank = led[2]!
    .split(/\s+/)
    .every((w) => PERSONAL_TITLES.has(w.toLowerCase().replace(/\.$/, '')));
  if (!rank && !isTitle(led[2]!)) return undefined;
  const at = p.start - before.length + led.index;
  const org = orgsBefore(text, p, mentions).find((m) => m.end === at);
  // (the body that leads, not one named after "by": "The panel, organised by the EHMA, chaired by
  // Commissioner X" is not the EHMA's)
  if (!org || OTHER_ROLE_BY.test(text.slice(Math.max(0, org.start - 40), org.start)))
    return undefined;
  const title = rank ? headOf(led[1] === 'led' ? 'headed' : led[1]!, org) : led[2]!;
  return { person: p, org, title, evidence: text.slice(org.start, p.end) };
}

/** The title "headed by" gives: a unit's head is its Head of Unit. */
const headOf = (verb: string, org: Mention): string =>
  verb === 'headed'
    ? org.entity.fields.kind === 'UNIT' || /^Unit\b|\bUnit$/.test(org.entity.name)
      ? 'Head of Unit'
      : 'Head'
    : verb === 'directed'
      ? 'Director'
      : 'Chair';

/**
 * The role the words before a person give: "Org, a Brno company led by X", "the Unit under its
 * Head of Unit, X", "Org has appointed X as its Director", "Coordinator: Org, Country (Dr X)".
 */
export function roleBefore(text: string, p: Mention, mentions: Mentions): Affiliation | undefined {
  const before = text.slice(Math.max(0, p.start - 120), p.start);
  const given =
    appointedRole(text, p, before, mentions) ?? bracketedAfterOrg(text, p, before, mentions);
  if (given) return given;
  const led = /,\s+(?:a|an|the)\s[^,.;]{0,60}?\b(?:led|headed|founded|directed|run)\s+by\s+$/.exec(
    before,
  );
  // "its Head of Unit, X", "represented by its managing director X", "whose president X"
  const its = /\b(?:its|whose)\s+([^,.;]{2,60}?),?\s+$/.exec(before);
  // "Unit C.3 “Health Data Governance”, headed by X": right after the organisation's name
  const right = /[”"’]?,\s+(headed|directed|chaired)\s+by\s+$/.exec(before);
  const where =
    whereRole(text, p, before, mentions) ??
    ledByTitled(text, p, before, mentions) ??
    titleOfOrgBefore(text, p, mentions) ??
    officeBefore(text, p, mentions);
  if (where) return where;
  if (
    !led &&
    !right &&
    !(its && isTitle(its[1]!.split(/\s+to\s+/)[0]!) && !CLAUSE_WORD.test(its[1]!))
  )
    return undefined;
  const org = orgsBefore(text, p, mentions).at(-1);
  if (!org) return undefined;
  const adjacent = right && org.end >= p.start - before.length + right.index;
  const title = its?.[1] ?? (adjacent ? headOf(right[1]!, org) : undefined);
  if (right && !led && !its && !adjacent) return undefined;
  return { person: p, org, ...(title ? { title } : {}), evidence: text.slice(org.start, p.end) };
}

/** Words of a clause, never of a title: "its organisation to match what Commissioner X". */
const CLAUSE_WORD =
  /\b(?:what|that|which|who|when|where|while|if|will|would|shall|should|can|could|may|must|is|are|was|were|be|been|has|have|had|do|does|did)\b/;

/**
 * "said European Ombudsman Teresa Anjinho": an office whose name ends in its holder's title, right
 * before the name, is where they hold that title.
 */
function officeBefore(text: string, p: Mention, mentions: Mentions): Affiliation | undefined {
  const org = orgsBefore(text, p, mentions).at(-1);
  const last = org?.entity.name.split(/\s+/).at(-1) ?? '';
  if (!org || !HONORIFIC_GAP.test(text.slice(org.end, p.start))) return undefined;
  if (
    !(ROLE_WORDS.has(last.toLowerCase()) || ROLE_NOUNS.has(last.toLowerCase())) ||
    !text.slice(org.start, org.end).endsWith(last)
  )
    return undefined;
  return { person: p, org, title: last, evidence: text.slice(org.start, p.end) };
}

/** "Org has appointed Dr X as its new Director", "Org elected X as chair of its board". */
function appointedRole(
  text: string,
  p: Mention,
  before: string,
  mentions: Mentions,
): Affiliation | undefined {
  if (!APPOINTED.test(before)) return undefined;
  const as =
    /^\s+as\s+(?:(?:its|their|the)\s+)?(?:new\s+)?([^,.;:()]{2,60}?)(?=\s+(?:from|with effect|on|in|at|for(?!\s+\p{Lu})|since|as of)\b|[,.;:()]|$)/u.exec(
      text.slice(p.end, p.end + 90),
    );
  const title = as && isTitle(as[1]!) ? as[1]!.trim() : undefined;
  // the organisation that appoints opens the sentence ("The consortium of X, coordinated by Y, has named")
  const org = orgsBefore(text, p, mentions)[0];
  if (!title || !org) return undefined;
  // ("The Commission has appointed X as Director for Health Innovation at the Directorate-General
  // for Research and Innovation": the post is at the organisation after "at")
  const end = p.end + as![0].length;
  const at = /^\s+at\s+(?:the\s+)?(?=\p{Lu})/u.exec(text.slice(end, end + 12));
  const post = at && mentions.all.find((m) => m.start === end + at[0].length && isOrgLike(m));
  if (post) return { person: p, org: post, title, evidence: text.slice(org.start, post.end) };
  return { person: p, org, title, evidence: text.slice(org.start, end) };
}
const APPOINTED = new RegExp(
  String.raw`\b(?:appointed|named|elected|nominated|chosen|selected|hired|recruited)\s+(?:${HONORIFIC}\s+)?$`,
  'i',
);

const OPEN_BRACKET = new RegExp(String.raw`\(\s*(?:${HONORIFIC}\s+)?$`, 'i');

/** "Coordinator: Heidelberg University Hospital, Germany (Professor X)": the person at that organisation. */
function bracketedAfterOrg(
  text: string,
  p: Mention,
  before: string,
  mentions: Mentions,
): Affiliation | undefined {
  const open = OPEN_BRACKET.exec(before);
  if (!open) return undefined;
  const at = p.start - before.length + open.index;
  const org = orgsBefore(text, p, mentions).at(-1);
  // the organisation right before the bracket: its legal form (when not part of the name found)
  // and a country or city between at most
  const between = org ? text.slice(org.end, at) : '';
  if (!org || !/^(?:\s+\p{Lu}{2,6})?(?:,\s*\p{Lu}[\p{L} -]{1,30})?\s*$/u.test(between))
    return undefined;
  const said = /^,\s+([^,;()]{2,60})\)/.exec(text.slice(p.end, p.end + 70));
  const title = said && isTitle(said[1]!) ? said[1]!.trim() : undefined;
  return { person: p, org, ...(title ? { title } : {}), evidence: text.slice(org.start, p.end) };
}

/**
 * "the general director of NCZI Ing. Zuzana Halásová", "The State Secretary of MZ SR Mgr. Peter
 * Rusnák": a title and its organisation right before the name (an honorific between at most).
 */
function titleOfOrgBefore(text: string, p: Mention, mentions: Mentions): Affiliation | undefined {
  const org = orgsBefore(text, p, mentions).at(-1);
  if (!org || !HONORIFIC_GAP.test(text.slice(org.end, p.start))) return undefined;
  // (the words after the last article: "explained the general director of NCZI …")
  const lead =
    /\b(?:the|a|an)\s+((?:(?!(?:the|a|an)\b)[\p{L}-]+\s+){0,4}[\p{L}-]+)\s+of\s+(?:the\s+)?$/iu.exec(
      text.slice(Math.max(0, org.start - 60), org.start),
    );
  const title = lead?.[1];
  if (!title || !isTitle(title)) return undefined;
  return { person: p, org, title, evidence: text.slice(org.start - lead![0].length, p.end) };
}
const HONORIFIC_GAP = new RegExp(String.raw`^\s+(?:${HONORIFIC}\s+)?$`, 'i');
