import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import { isOrgLike, type Mention } from './mentions.js';
import { INFO_LABEL } from './press-contacts.js';
import { lineAt, lineBefore, lineEnd, paragraphStart } from './text-lines.js';

/**
 * A listing's entry: its organisation on the entry's first line ("Booth A04 | Medtwin Analytics
 * GmbH"), then its lines, then "Contact: Jonas Brandtner, CEO and co-founder". The contact holds
 * the title after their name at the entry's organisation.
 */
const ENTRY_HEAD = /^[ \t]*(?:Booth|Stand|Stall|Table|Pavilion)\b|[ \t][|][ \t]/i;
const TITLE_AFTER = /^(?:,|[ \t]+[–—-])[ \t]*([^\n]{2,120}?)[ \t]*$/m;

export function entryContacts(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  return people.flatMap((p) => {
    if (!INFO_LABEL.test(lineBefore(text, p.start))) return [];
    const title = TITLE_AFTER.exec(text.slice(p.end, lineEnd(text, p.end)))?.[1];
    const from = paragraphStart(text, p.start);
    const head = lineAt(text, from);
    // (a listing's entry, by its stand or its column: not any paragraph above a contact)
    if (!ENTRY_HEAD.test(head)) return [];
    const org = all.find((m) => isOrgLike(m) && m.start >= from && m.end <= from + head.length);
    if (!org || org.start >= p.start || (title !== undefined && !isTitle(title))) return [];
    const evidence = `${text.slice(org.start, org.end)} … ${lineAt(text, p.start).trim()}`;
    return [{ person: p, org, ...(title ? { title } : {}), evidence }];
  });
}
