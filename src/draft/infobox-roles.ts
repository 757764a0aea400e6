import type { Affiliation } from './affiliations.js';
import { headingOrg } from './attendance-roles.js';
import { isTitle } from './job-titles.js';
import type { Mention } from './mentions.js';

/**
 * An encyclopedia's infobox, its labels and values split by a tab: "Founders⇥Katharina
 * Oberländer, Tomasz Wiśniewski" and "Key people⇥Katharina Oberländer (CEO)⏎Tomasz Wiśniewski
 * (CTO)". The box is about the organisation named alone on a line at the page's top: each founder
 * founded it, and each key person holds the post in brackets there; a key people's value goes on
 * over the next lines that hold a name and a post. Two labels of an infobox make one.
 */
const FIELD =
  /^[ \t]*(Founders?|Co-?founders?|Key people)\t([^\n]*(?:\n[ \t]*\p{Lu}[^\n()\t]{2,60}\([^()\n]{2,60}\)[ \t]*(?=\n|$))*)/gimu;
/** An infobox's other labels: two of them make the tab-separated lines an infobox. */
const LABEL =
  /^[ \t]*(?:Founded|Headquarters|Industry|Website|Company type|Type|Key people|Founders?|Number of employees|Products|Revenue|Area served|Predecessor|Subsidiaries|Owner)\t/gim;
const BRACKETED = /^[ \t]*\(([^()\n]{2,60})\)/;

export function infoboxRoles(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  const fields = (text.match(LABEL) ?? []).length >= 2 ? [...text.matchAll(FIELD)] : [];
  const org = fields.length ? headingOrg(text, all) : undefined;
  if (!org) return [];
  return fields.flatMap((f) => {
    const start = f.index + f[0].length - f[2]!.length;
    const end = f.index + f[0].length;
    const founders = /founder/i.test(f[1]!);
    return people.flatMap((person) => {
      if (person.start < start || person.end > end) return [];
      const post = BRACKETED.exec(text.slice(person.end, end))?.[1]?.trim();
      const title = founders ? (/^co/i.test(f[1]!) ? 'Co-founder' : 'Founder') : post;
      // (a founder's own company in brackets, a post at another body: "Chairman of Medivant")
      if (
        !title ||
        !isTitle(title) ||
        (founders && post) ||
        /\s(?:of|at)\s+(?:the\s+)?\p{Lu}/u.test(title)
      )
        return [];
      const evidence = founders
        ? `${f[1]}\t${text.slice(start, person.end)}`
        : text.slice(person.start, person.end + 2 + post!.length + 1);
      return [
        { person, org, title, evidence: founders ? evidence.slice(0, 300) : evidence.trim() },
      ];
    });
  });
}
