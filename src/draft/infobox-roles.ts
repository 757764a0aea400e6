import type { Affiliation } from './affiliations.js';
import { headingOrg } from './attendance-roles.js';
import { isTitle } from './job-titles.js';
import type { Mention } from './mentions.js';

/**
 * An encyclopedia's infobox, its labels and values split by a tab: "Founders⇥Katharina
 * Oberländer, Tomasz Wiśniewski" and "Key people⇥Katharina Oberländer (CEO)⏎Tomasz Wiśniewski
 * (CTO)". The box is about the organisation named alone on a line at the page's top: each founder
 * founded it, and each key person holds the post in brackets there. A value goes on over the
 * next lines until another label.
 */
const FIELD = /^[ \t]*(Founders?|Co-?founders?|Key people)\t([^\n]*(?:\n(?![^\n]*\t)[^\n]+)*)/gimu;
const BRACKETED = /^[ \t]*\(([^()\n]{2,60})\)/;

export function infoboxRoles(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  const fields = [...text.matchAll(FIELD)];
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
      if (!title || !isTitle(title)) return [];
      const evidence = founders
        ? `${f[1]}\t${text.slice(start, person.end)}`
        : text.slice(person.start, person.end + 2 + post!.length + 1);
      return [
        { person, org, title, evidence: founders ? evidence.slice(0, 300) : evidence.trim() },
      ];
    });
  });
}
