import { appositive } from './appositive.js';
import { careerRoles, titleFirstRoles } from './career-roles.js';
import { appointments } from './appointments.js';
import { teamLines } from './team-lines.js';
import { founderLines } from './founder-lines.js';
import { mepRoles } from './mep-roles.js';
import { foundedBy } from './founded-by.js';
import { infoboxRoles } from './infobox-roles.js';
import { labelledRoles } from './labelled-posts.js';
import { salutationRoles } from './salutation-roles.js';
import { pressContacts } from './press-contacts.js';
import { countryListRoles } from './country-lists.js';
import { delegationLines } from './delegation-lines.js';
import { directoryRoles } from './directory-entries.js';
import { nameTableRoles } from './name-table-roles.js';
import { delimitedRoles } from './delimited-people.js';
import { chatRoles } from './chat-lines.js';
import { cvRoles } from './cv-lines.js';
import { electedLists } from './elected-lists.js';
import { boardPages } from './board-pages.js';
import { entryContacts } from './entry-contacts.js';
import { attendanceRoles } from './attendance-roles.js';
import { tableRoles } from './table-roles.js';
import { tableSeats } from './table-seats.js';
import { participantLists, participantRoles } from './participant-lists.js';
import { numberedRoles } from './numbered-affiliations.js';
import { tokenAt } from './tokens.js';
import { isTitle } from './job-titles.js';
import type { DraftBuilder } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention, Mentions } from './mentions.js';
import { projectRole } from './project-roles.js';
import { ownedUnits, ownUnit, unitParent } from './unit-parents.js';
import { nationalNodes } from './national-nodes.js';
import { roleAround } from './roles-around.js';
import { isPortfolio } from './portfolios.js';
import { COUNTRIES } from './vocabulary.js';
import { roleBefore } from './roles-before.js';
import { rolesOnNextLine } from './roles-on-next-line.js';
import { isBroadcastNote, onNameSuper } from './speaker-labels.js';
import { bracketedRoles } from './bracketed-roles.js';
import { NEW_CLAUSE, RELATIVE_CLAUSE } from './clause-openings.js';
import type { Token } from './tokens.js';
import { opensLine } from './text-lines.js';

/** A person's role at an organisation, as the text states it. */
export interface Affiliation {
  readonly person: Mention;
  readonly org: Mention;
  readonly title?: string;
  readonly evidence: string;
}

/**
 * HOLDS_ROLE (and PART_OF between nested organisations) from the words after each person:
 * "X, Director of the AI Office at DG CONNECT", "Professor X from Y", "X of Y", "X (Y and Z)";
 * "X and Y (Z)" gives Y's organisation to X too.
 */
export function findAffiliations(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  builder: DraftBuilder,
  gaz: Gazetteer,
  publisher?: Mention,
): Affiliation[] {
  ownedUnits(text, tokens, mentions, builder);
  nationalNodes(text, tokens, mentions, builder);
  const people = mentions.people;
  const found: (Affiliation[] | undefined)[] = people.map((p) =>
    withProject(
      affiliationsOf(text, tokens, p, mentions, builder, gaz),
      projectRole(text, tokens, p, mentions),
    ),
  );
  for (let k = people.length - 2; k >= 0; k--) {
    if (found[k]?.length || !found[k + 1]?.length) continue;
    if (/^\s*(?:,|and|,\s*and)\s*$/.test(text.slice(people[k]!.end, people[k + 1]!.start))) {
      // (not a title of one: "Opening by Dr X and Olivér Várhelyi, Commissioner for Health")
      if (found[k + 1]!.some((a) => a.title !== undefined && !/s$/.test(a.title))) continue;
      found[k] = found[k + 1]!.map((a) => ({
        ...a,
        person: people[k]!,
        evidence: text.slice(people[k]!.start, a.org.end),
      }));
    }
  }
  const stated = found.flatMap((list) => list ?? []);
  const career = [
    ...teamLines(text, tokens, mentions, builder),
    ...founderLines(text, tokens, mentions),
    ...foundedBy(text, people, mentions.all),
    ...infoboxRoles(text, people, mentions.all),
    ...labelledRoles(text, tokens, mentions),
    ...salutationRoles(text, tokens, mentions),
    ...numberedRoles(text, tokens, mentions),
    ...appointments(text, tokens, mentions),
    ...careerRoles(text, tokens, mentions),
    ...titleFirstRoles(text, tokens, mentions),
    ...tableRoles(text, people, mentions.all),
    ...countryListRoles(text, tokens, people, mentions, builder),
    ...directoryRoles(text, people, mentions.all),
    ...nameTableRoles(text, tokens, mentions, publisher),
    ...tableSeats(text, mentions),
    ...delimitedRoles(text, mentions),
    ...chatRoles(text, tokens, mentions),
    ...cvRoles(text, mentions),
    ...entryContacts(text, people, mentions.all),
    ...mepRoles(text, people, mentions.all),
    ...electedLists(text, people, mentions.all, publisher),
    ...boardPages(text, people, mentions.all, publisher),
    ...participantRoles(text, participantLists(text, tokens), people, mentions.all, publisher),
  ].filter((c) => !stated.some((a) => a.person === c.person && a.org.entity === c.org.entity));
  // (a press contact with no other role speaks for the organisation above, or the publisher; a
  // delegation's member is the delegation's)
  const roleless = people.filter(
    (p) => ![...stated, ...career].some((a) => a.person.entity === p.entity),
  );
  return [
    ...stated,
    ...career,
    ...pressContacts(text, roleless, mentions.all, publisher),
    ...delegationLines(text, roleless, mentions.all),
    ...attendanceRoles(text, roleless, mentions.all, publisher),
  ];
}

/** A person's roles, and the project their sentence says they coordinate, if another one. */
const withProject = (roles: Affiliation[], project: Affiliation | undefined): Affiliation[] =>
  project && !roles.some((r) => r.org.entity === project.org.entity) ? [...roles, project] : roles;

function affiliationsOf(
  text: string,
  tokens: readonly Token[],
  p: Mention,
  mentions: Mentions,
  builder: DraftBuilder,
  gaz: Gazetteer,
): Affiliation[] {
  const from = p.title ? tokens[p.first - 1]!.start : p.start; // "Professor X from Y"
  const after = text.slice(p.end, p.end + 300);
  const next = tokenAfter(tokens, p.last, p.end);
  const link = /^(?:\s+(?:from|of|at)|,\s+(?:from|of))\s+(?:the\s+)?/.exec(after);
  if (link) {
    // (a country's possessive before the name: "Elke Van Rompaey from Belgium's Health Data Agency")
    const country = /^(\p{Lu}[\p{L}-]+)['’]s\s+/u.exec(after.slice(link[0].length));
    const skip = country && COUNTRIES.has(country[1]!.toLowerCase()) ? country[0].length : 0;
    const named = mentions.orgAt(tokenAt(tokens, p.end + link[0].length + skip));
    const own = named && (ownUnit(text, tokens, named, mentions, builder) ?? named);
    const nested = own && unitParent(text, tokens, own, mentions, builder);
    const org = nested ? nested.unit : own;
    return org
      ? [
          {
            person: p,
            org,
            ...(p.title && !HONORIFIC.test(p.title) ? { title: p.title } : {}),
            evidence: text.slice(from, (nested ? nested.parent : org).end),
          },
        ]
      : [];
  }
  const input = { text, tokens, p, from, mentions, builder, gaz };
  const underName = rolesOnNextLine(input, after);
  if (underName?.length) return underName;
  // ("Joris Vermeulen (@jvermeulen), University of Amsterdam": a handle, then the apposition)
  const handle = /^[ \t]*\(@[\w.-]{2,40}\),[ \t]+(?=\p{Lu})/u.exec(after);
  if (handle) return appositive({ ...input, at: p.end + handle[0].length });
  const paren = /^\s*\(([^)]{2,160})\)/.exec(after);
  if (paren && !isPortfolio(paren[1]!) && !isBroadcastNote(paren[1]!, text.slice(p.start, p.end)))
    return bracketedRoles(input, after, paren);
  const before = roleBefore(text, p, mentions) ?? roleAround(text, tokens, p, from, mentions);
  // "X, Director, Org" and, on a speakers' line, "X – Director, Org"
  // ("Jonas Vaitkus MEP (Renew Europe, Lithuania)": the title right after the name; "Eamon
  // Kinsella TD, Minister of State …": the apposition after a post-nominal)
  // (an author's line: "X is a Member of the European Parliament (EPP, Poland), vice-chair of …")
  // ("[SUPER: X / Head of Unit, Org]": a name super's slash)
  const dash =
    (onNameSuper(text, p.start) ? /^[ \t]+\/[ \t]+(?=\p{Lu})/u.exec(after) : null) ??
    /^\s[–—]\s(?=\p{Lu})|^\s(?=MEP\s*\()|^\s+(?:TD|MP|MEP|MLA|MSP|MdB|QC|KC|OBE|CBE|MBE|DBE),\s(?=\p{Lu})|^\s+is\s+(?:an?|the)\s+(?=(?:\p{Lu}[\p{L}-]*\s+){1,4}(?:of|at|in|for)\s)/u.exec(
      after,
    );
  // (a name opening its line, a dash, then its post in small letters: a vox pop's "X – board
  // member, Rare Kids Europe (RKE), Bratislava")
  const lineDash = dash ?? (opensLine(text, from) ? smallPostAfterDash(after) : null);
  const opens = /^,\s/.test(after) || lineDash !== null;
  if (before && !(opens && next !== undefined)) return [before];
  if (opens && next !== undefined && !RELATIVE_CLAUSE.test(after) && !NEW_CLAUSE.test(after)) {
    const at = lineDash ? p.end + lineDash[0].length : undefined;
    const roles = appositive({
      text,
      tokens,
      p,
      from,
      mentions,
      builder,
      gaz,
      ...(at ? { at } : {}),
    });
    return before && !roles.some((r) => r.org.entity === before.org.entity)
      ? [before, ...roles]
      : roles;
  }
  return before ? [before] : [];
}

/**
 * " – board member, Rare Kids Europe": a dash, then a post in small letters (not "– formerly at
 * …", "– welcome address, European Parliament": a past post, a programme's item).
 */
function smallPostAfterDash(after: string): RegExpExecArray | null {
  const m = /^\s[–—]\s(?=\p{Ll})/u.exec(after);
  if (!m) return null;
  const first = /^[^,\n]*/.exec(after.slice(m[0].length))![0];
  return isTitle(first) && !/^(?:formerly|previously|former|ex-|until)\b/.test(first) ? m : null;
}

/** "Dr", "Ms": how a person is addressed, not the title of a role ("Professor" is one). */
const HONORIFIC = /^(?:Dr|Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Dott|Dottoressa)\.?$/;

const tokenAfter = (tokens: readonly Token[], last: number, end: number): number | undefined =>
  tokens[last] && tokens[last]!.start >= end ? last : undefined;
