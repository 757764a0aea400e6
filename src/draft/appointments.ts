import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import type { Mention, Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';
import { HONORIFIC } from './vocabulary.js';

/**
 * A hire, as a company's release announces it: "Dr. X joins Helixa Twin Technologies as Chief
 * Medical Officer", "Helixa … today announced the appointment of Dr. X as Chief Medical Officer"
 * (the organisation that announces is the sentence's subject). Each gives X the title there.
 */
const JOINS = /^\s+(?:has\s+|will\s+|officially\s+)?(?:joins|joined|join)\s+(?:the\s+)?(?=\p{Lu})/u;
const AS_TITLE =
  /^\s+as\s+(?:(?:an?|its|the|their|our|new|interim|acting)\s+)*([\p{L}][\p{L} &-]{1,60}?)(?=\s*(?:[,.;:(]|$)|\s+(?:on|from|effective|in|and|with|to|at|where|after|starting)\b)/mu;
const APPOINTMENT_OF = new RegExp(
  String.raw`\b(?:announced|announces|confirmed|confirms)\s+the\s+appointment\s+of\s+(?:${HONORIFIC}\s+)?$`,
  'i',
);

/** A post, not a part played at an event ("joins … as a keynote speaker", "as host"). */
export const isJobTitle = (title: string): boolean =>
  isTitle(title) &&
  !/\b(?:speakers?|keynote|host|hosts|panell?ists?|guests?|moderators?|participants?|partners?|members?|observers?)\b/i.test(
    title,
  );

export function appointments(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return mentions.people.flatMap(
    (p) => joins(text, tokens, p, mentions) ?? appointed(text, p, mentions) ?? [],
  );
}

function joins(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  mentions: Mentions,
): Affiliation[] | undefined {
  const verb = JOINS.exec(text.slice(p.end, p.end + 40));
  if (!verb) return undefined;
  const org = mentions.orgAt(tokenAt(tokens, p.end + verb[0].length), { newOnlyIfTyped: true });
  if (!org || org.entity.label !== 'Organisation') return undefined;
  const as = AS_TITLE.exec(text.slice(org.end, org.end + 90));
  if (!as || !isJobTitle(as[1]!)) return undefined;
  const end = org.end + as[0].length;
  return [{ person: p, org, title: as[1]!.trim(), evidence: text.slice(p.start, end) }];
}

function appointed(text: string, p: Mention, mentions: Mentions): Affiliation[] | undefined {
  const lineStart = Math.max(text.lastIndexOf('\n', p.start), 0);
  if (!APPOINTMENT_OF.test(text.slice(lineStart, p.start))) return undefined;
  const org = mentions.all.find(
    (m) => m.entity.label === 'Organisation' && m.start >= lineStart && m.end <= p.start,
  );
  const as = AS_TITLE.exec(text.slice(p.end, p.end + 90));
  if (!org || !as || !isJobTitle(as[1]!)) return undefined;
  // ("appointed Dr X as Executive Director of the European Medicines Agency": a post elsewhere)
  if (/\sof\s+(?:the\s+)?\p{Lu}/u.test(as[1]!)) return undefined;
  const end = p.end + as[0].length;
  return [{ person: p, org, title: as[1]!.trim(), evidence: text.slice(org.start, end) }];
}
