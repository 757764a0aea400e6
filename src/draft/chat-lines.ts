import type { Affiliation } from './affiliations.js';
import type { Mentions } from './mentions.js';
import { someCommonName } from './person-cues.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './tokens.js';

/**
 * A meeting's exported chat and questions: "13:58:12  From Chiara Benedetti (DG CONNECT, host) to
 * Everyone:", "From Giorgos Papadakis – ATHENA RC to Everyone:", "Q3 [14:33:20] Ülle Kask, Tartu
 * University Hospital:", "A [14:19:02] Katrin Vahtramäe (DG SANTE):". The sender is a person; the
 * organisation after the name, theirs.
 */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:[ \t]+(?:(?:van|von|de|der|den|da|di|du|del|la|le)[ \t]+)*\p{Lu}[\p{L}'’.-]*){1,3}`;
const ORG = String.raw`[^()\n,|:]{2,80}?`;
const SENT = new RegExp(
  String.raw`^[ \t]*\d{1,2}:\d{2}(?::\d{2})?[ \t]+From[ \t]+(${NAME})(?:[ \t]+\((${ORG})(?:,[^()\n]*)?\)|[ \t]+[|–—-][ \t]+(${ORG}))?[ \t]+to[ \t]+(?:Everyone|All[^\n:]{0,30}|Hosts?(?:[ \t]+and[ \t]+panell?ists)?|Panell?ists|[Mm]e|[^\n:()]{2,40}\((?:Direct Message|[Pp]rivately)\))[ \t]*:[ \t]*$`,
  'gmu',
);
const ASKED = new RegExp(
  String.raw`^[ \t]*(?:Q\d{0,3}|A)[ \t]*\[\d{1,2}:\d{2}(?::\d{2})?\][ \t]+(${NAME})(?:,[ \t]+(${ORG})|[ \t]+\((${ORG})\))?:[ \t]*$`,
  'gmu',
);

interface Sender {
  readonly start: number;
  readonly end: number;
  readonly org?: { readonly start: number; readonly end: number };
}

/** A sender the export names by what they are: "Anonymous Attendee", "Guest 3". */
const NO_NAME =
  /^(?:anonymous|unknown|guest|host|co-?host|moderator|attendee|participant|panell?ist)\b/i;

export function chatSenders(text: string): Sender[] {
  const all = [...text.matchAll(SENT), ...text.matchAll(ASKED)];
  return (
    all
      // (a person's name, not a device's: "From Galaxy Tab to Everyone:")
      .filter((m) => !NO_NAME.test(m[1]!) && !someCommonName(m[1]!))
      .map((m) => {
        const start = m.index + m[0].indexOf(m[1]!, m[0].search(/From|\]/));
        const org = m[2] ?? m[3];
        const at = org ? m.index + m[0].indexOf(org, start - m.index + m[1]!.length) : -1;
        return {
          start,
          end: start + m[1]!.length,
          ...(org ? { org: { start: at, end: at + org.trimEnd().length } } : {}),
        };
      })
  );
}

/** Runs that are a chat's or a Q&A's senders are people's names. */
export function chatSent(text: string, runs: readonly NameRun[], why: (string | undefined)[]) {
  const senders = chatSenders(text);
  runs.forEach((r, k) => {
    if (!why[k] && senders.some((s) => s.start === r.start && s.end === r.end))
      why[k] = 'a chat’s sender';
  });
}

/** Each sender at the organisation written after their name. */
export function chatRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return chatSenders(text).flatMap((s) => {
    const person = mentions.people.find((p) => p.start === s.start);
    if (!person || !s.org) return [];
    const org = mentions.orgFrom(s.org.start, { untypedIfEndingAt: s.org.end });
    if (!org || org.start !== s.org.start) return [];
    return [{ person, org, evidence: text.slice(s.start, s.org.end) }];
  });
}
