import type { Affiliation } from './affiliations.js';
import type { DraftEntity } from './draft-builder.js';
import type { Mention } from './mentions.js';
import { isTitle } from './job-titles.js';
import { withoutForm } from './legal-forms.js';
import { tokenAt, type Token } from './tokens.js';
import { lineBefore, lineStart } from './text-lines.js';

/** What may open a contact's line before the name: nothing, "Contact:", "Press contact:". */
const CONTACT_LABEL = /^[ \t]*(?:(?:Press|Media)\s+)?(?:[Cc]ontacts?:)?[ \t]*$/;
/** "European Patients' Forum: Jonas Berg": a name before the colon says whose contact it is. */
const OTHERS_LABEL =
  /(?<!\b(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries|[Pp]ress|[Mm]edia))\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|the|and|\p{Lu}[\p{L}'’-]*))+\s*:\s*$/u;
/** "Head of Communications", "Press Officer", "Spokesperson": a communications function. */
const CONTACT_TITLE =
  /^(?:(?:(?:Senior|Deputy|Chief|Global|Corporate)\s+)?(?:Head|Director|Manager|Officer|Lead|Coordinator|Adviser|Advisor|Specialist|Vice[- ]President|VP)\s+(?:of\s+|for\s+)?(?:Corporate\s+|External\s+|Internal\s+)?(?:Communications?|Press|Media(?:\s+Relations)?|Public\s+Relations|PR)|(?:(?:Senior|Chief|Deputy)\s+)?(?:Press|Media|Communications?|PR)\s+(?:Officer|Manager|Lead|Coordinator|Adviser|Advisor|Contact|Relations|Specialist)|Spokes(?:person|woman|man))$/i;
/**
 * A contact's label, and the honorifics after it, before a name on its line: "Further
 * information:", "For more information, contact", "Enquiries:", "Contact person: Dr".
 */
export const INFO_LABEL =
  /^[ \t]*(?:Further information|For (?:more|further) information(?:,? (?:please )?contact)?|(?:Press |Media )?[Cc]ontact(?:[ \t]+person)?s?|Enquiries|Inquiries)[ \t]*:?[ \t]*(?:\p{Lu}\p{L}{0,4}\.?[ \t]+)*$/u;
const TITLE_AFTER = /^(?:,[ \t]*|[ \t]*\n[ \t]*)([^,;()|\n–—]{3,60}?)[ \t]*(?=[,;|\n–—]|\s-\s|$)/;

/**
 * A press contact's line: "Jonas Eberhardt, Head of Communications" (or the title on the next
 * line). A communications function names no organisation; the contact speaks for the one named
 * on their line or the line above ("Synthera Medical", "For the European Hospital Federation:"
 * over the contact), else for the page's publisher.
 */
export function pressContacts(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
  publisher: Mention | undefined,
): Affiliation[] {
  return people.flatMap((p) => {
    const m = TITLE_AFTER.exec(text.slice(p.end));
    // (any post after a contact's label: "Further information: Laura Heikkilä, General Counsel")
    const labelled = INFO_LABEL.test(lineBefore(text, p.start)) && isTitle(m?.[1] ?? '');
    if (!m || !(CONTACT_TITLE.test(m[1]!) || labelled)) return [];
    // (a line that names whose contact it is, unread, gives no role: not the publisher's)
    const other = OTHERS_LABEL.test(lineBefore(text, p.start));
    const org = orgOnLineAbove(text, all, p) ?? (other ? undefined : publisher);
    if (!org) return [];
    const title = m[1]!;
    const evidence = m[0].includes('\n')
      ? text.slice(p.start, p.end)
      : text.slice(p.start, p.end + m[0].length);
    return [{ person: p, org, title, evidence }];
  });
}

/**
 * The organisation named first on the line above the person's ("Synthera Medical", "Press office –
 * General Secretariat of the Council" over "Contact: Nikos Andreou, Press officer").
 */
function orgOnLineAbove(text: string, all: readonly Mention[], p: Mention): Mention | undefined {
  const lineFrom = lineStart(text, p.start);
  // ("European Patients' Forum: Jonas Berg, Press Officer": the organisation on the person's line)
  const onLine = all.find(
    (m) => m.entity.label === 'Organisation' && m.start >= lineFrom && m.end <= p.start,
  );
  if (onLine) return onLine;
  if (!CONTACT_LABEL.test(text.slice(lineFrom, p.start))) return undefined;
  const aboveEnd = lineFrom - 1;
  if (aboveEnd < 0) return undefined;
  const aboveStart = lineStart(text, aboveEnd);
  // (a heading or a contact's line, not a sentence)
  if (/[.!?]\s*$/.test(text.slice(aboveStart, aboveEnd))) return undefined;
  const named = all.find(
    (m) => m.entity.label === 'Organisation' && m.start >= aboveStart && m.end <= aboveEnd,
  );
  // (or the line is the short name of one the text named: "Synthera Medical" for "… B.V.")
  const line = text.slice(aboveStart, aboveEnd).trim();
  return (
    named ?? all.find((m) => m.entity.label === 'Organisation' && sameName(m.entity.name, line))
  );
}

/** "Synthara Health GmbH" and "SYNTHARA HEALTH", "The Nørgaard Foundation": one name. */
const sameName = (a: string, b: string): boolean => {
  const key = (name: string) => withoutForm(name.replace(/^the\s+/i, '')).join(' ');
  return key(a) !== '' && key(a) === key(b);
};

/**
 * The page's publisher as a mention: where the body names the masthead's organisation, else the
 * masthead's own words at the top of the page.
 */
export function publisherMention(
  text: string,
  tokens: readonly Token[],
  all: readonly Mention[],
  masthead: string | undefined,
  entity: DraftEntity | undefined,
): Mention | undefined {
  if (!masthead) return undefined;
  const named = all.find(
    (m) =>
      m.entity.label === 'Organisation' &&
      (m.entity === entity || sameName(m.entity.name, masthead)),
  );
  if (named || !entity) return named;
  const start = text.indexOf(masthead);
  if (start < 0) return undefined;
  const end = start + masthead.length;
  return { entity, first: tokenAt(tokens, start), last: tokenAt(tokens, end), start, end };
}
