import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import { isOrgLike, type Mention } from './mentions.js';
import { runOf } from './name-runs.js';
import nlp from 'compromise';
import { allCommon, hasOrgWord } from './person-cues.js';
import type { PersonRun } from './people.js';
import { lineEnd } from './text-lines.js';
import type { Token } from './tokens.js';

/**
 * A call's or a meeting's participants, one a line under the list's heading: "Company
 * Participants" over "Katrin Obermeier - Chief Executive Officer", "Conference Call Participants"
 * over "Aoife Gallagher - Jefferies". The name before the dash is a person's; after it stands
 * their organisation or, in the company's own list, their post there.
 */
const HEADING =
  /^[ \t]*((?:\p{L}+[ \t]+){0,3})(participants|attendees|speakers|panell?ists|executives|analysts|delegates)[ \t]*:?[ \t]*$/imu;
/** Lists whose lines may give a talk's title after the dash, not an organisation. */
const TALKS = /^(?:speakers|panell?ists)$/i;
const PARTICLE = String.raw`(?:van|von|de|der|den|da|di|del|della|du|la|le|ter|ten)`;
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:${PARTICLE}[ \t]+)*\p{Lu}[\p{L}'’.-]*){1,3}`;
const ENTRY = new RegExp(
  String.raw`^[ \t]*(?:[-•*][ \t]+)?(${NAME})[ \t]+[-–—][ \t]+(\S[^\n]{1,80}?)[ \t]*$`,
  'u',
);
/** An analyst's rating of a share, not an organisation: "Goldman Sachs - Buy". */
const RATING =
  /^(?:buy|hold|sell|overweight|underweight|equal-?weight|neutral|outperform|underperform|accumulate|reduce)$/i;
/** The list of the company's own people: their posts are at the company the page is about. */
const OWN_LIST = /^(?:company|corporate|management|executives)\b/i;

export interface Participant {
  readonly person: PersonRun;
  /** What the line gives after the dash: their organisation, or their post. */
  readonly after: { readonly start: number; readonly end: number; readonly text: string };
  readonly ownList: boolean;
  /** What follows the dash may name the participant's organisation (not a talk's title). */
  readonly orgAfter: boolean;
}

export function participantLists(text: string, tokens: readonly Token[]): Participant[] {
  const found: Participant[] = [];
  for (const heading of text.matchAll(new RegExp(HEADING.source, 'gimu'))) {
    const ownList = OWN_LIST.test(heading[1]!.trim() || heading[0].trim());
    const orgAfter = !TALKS.test(heading[2]!);
    let at = lineEnd(text, heading.index) + 1;
    for (let end = lineEnd(text, at); at < text.length && text.slice(at, end).trim();) {
      const entry = participantAt(text, tokens, at, end, ownList, orgAfter);
      if (!entry) break;
      found.push(entry);
      at = end + 1;
      end = lineEnd(text, at);
    }
  }
  return found;
}

function participantAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  ownList: boolean,
  orgAfter: boolean,
): Participant | undefined {
  const m = ENTRY.exec(text.slice(from, to));
  // (not "Goldman Sachs - Buy", "United Kingdom - Anna Taylor", "Regulatory Science - …": a name
  // is a person's, and what follows it is a post or a name)
  if (!m || hasOrgWord(m[1]!) || allCommon(m[1]!) || nlp(m[1]!).has('#Place')) return undefined;
  if (!/^\p{Lu}/u.test(m[2]!) || RATING.test(m[2]!)) return undefined;
  const start = from + m[0].indexOf(m[1]!);
  const first = tokens.findIndex((t) => t.start === start);
  const last = tokens.findIndex((t) => t.start >= start + m[1]!.length);
  if (first < 0) return undefined;
  const run = runOf(text, tokens, first, last < 0 ? tokens.length : last);
  const afterStart = from + m[0].lastIndexOf(m[2]!);
  return {
    person: { ...run, why: 'a line of a participants list' },
    after: { start: afterStart, end: afterStart + m[2]!.length, text: m[2]! },
    ownList,
    orgAfter,
  };
}

/**
 * Each listed participant's role: a post in the company's own list is held at the company the
 * page is about (its publisher, else the organisation its first line opens with); anything else
 * after the dash is the participant's organisation.
 */
export function participantRoles(
  text: string,
  listed: readonly Participant[],
  people: readonly Mention[],
  all: readonly Mention[],
  publisher: Mention | undefined,
): Affiliation[] {
  const company = publisher ?? all.find((m) => isOrgLike(m) && m.end <= lineEnd(text, 0));
  return listed.flatMap(({ person, after, ownList, orgAfter }) => {
    const p = people.find((q) => q.start === person.start);
    if (!p) return [];
    const evidence = text.slice(p.start, after.end);
    if (isTitle(after.text))
      return ownList && company ? [{ person: p, org: company, title: after.text, evidence }] : [];
    const org = orgAfter ? all.find((m) => isOrgLike(m) && m.start === after.start) : undefined;
    return org ? [{ person: p, org, evidence }] : [];
  });
}
