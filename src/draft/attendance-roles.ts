import type { Affiliation } from './affiliations.js';
import { isTitle, MEETING_PART } from './job-titles.js';
import { isOrgLike, type Mention } from './mentions.js';
import { lineStart } from './text-lines.js';

/**
 * A body's minutes list who attended, each with their post: "Present (Board members): Ms X
 * (Chair); Prof. Y (Deputy Chair); Ms Z." and "In attendance: Dr W, Chief Executive Officer;
 * Mr V, Board Secretary." Each named person with no other role holds that post at the body
 * that publishes the minutes: the post in brackets or after the comma, else the list's own label
 * ("Board members" → "Board member"). Apologies and absences give no post.
 */
const LIST =
  /^[ \t]*(?:Present|In attendance|Also present|Members present|Legal (?:person|representative)[^:\n]{0,40}|Persons? (?:in charge|responsible)[^:\n]{0,40}|Responsible person|Contact person)(?:[ \t]*\(([^()\n:]{3,40})\))?[ \t]*:[ \t]*(\S[^\n]*)$/gimu;
const POST = /^\s*(?:\(([^()\n]{2,60})\)|,[ \t]*([^;()\n]{3,80}?))[ \t]*(?=[;.(]|$)/u;

export function attendanceRoles(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
  publisher: Mention | undefined,
): Affiliation[] {
  const body = publisher ?? headingOrg(text, all);
  if (!body) return [];
  return [...text.matchAll(LIST)].flatMap((line) => {
    const listStart = line.index + line[0].length - line[2]!.length;
    const lineEnd = line.index + line[0].length;
    const label = line[1] ? singular(line[1].trim()) : undefined;
    return people.flatMap((p) => {
      if (p.start < listStart || p.end > lineEnd) return [];
      const post = POST.exec(text.slice(p.end, lineEnd));
      const stated = post?.[1] ?? post?.[2];
      // (a post that names another body, "Director, Institute of …", or a country in brackets,
      // "Ms X (Sweden)", is not the page's body's; the label only for a name with nothing after it)
      const bare = /^\s*(?:[;.]|$)/.test(text.slice(p.end, lineEnd));
      const title = stated
        ? !/,/.test(stated) && isTitle(stated) && !MEETING_PART.test(stated)
          ? stated
          : undefined
        : bare && label && isTitle(label)
          ? label
          : undefined;
      if (!title) return [];
      const own = text.slice(p.start, p.end + (title === label ? 0 : post![0].length)).trim();
      const head = line[0].slice(0, line[0].indexOf(':') + 1).trim();
      const evidence = title === label ? `${head} … ${own}` : own;
      return [{ person: p, org: body, title, evidence }];
    });
  });
}

/** A part in the meeting, not a post at the body: "Rapporteur", "Observer", "Moderator". */

/** "Board members" → "Board member": the label's plural, one person's post. */
const singular = (label: string): string => label.replace(/(\p{Ll})s$/u, '$1');

/** The organisation a page is about: one named alone on a line near its top ("EAVP (EAVP)"). */
export function headingOrg(text: string, all: readonly Mention[]): Mention | undefined {
  const top = text.split('\n').slice(0, 12).join('\n').length;
  return all.find((m) => {
    if (!isOrgLike(m) || m.start > top) return false;
    const lineFrom = lineStart(text, m.start);
    const lineEnd = text.indexOf('\n', m.end);
    const rest = text.slice(m.end, lineEnd < 0 ? undefined : lineEnd);
    return !text.slice(lineFrom, m.start).trim() && /^\s*(?:\([^()]*\))?\s*$/.test(rest);
  });
}
