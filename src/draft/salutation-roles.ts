import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import type { Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * A speech's salutations, one per line, the title and its organisation before the name:
 * "Regional Minister of Health of the Junta de Castilla y León, Mr Ignacio Alonso Merino;",
 * "Managing Director of the Hospital Universitario Reina Leonor, Dr Beatriz Calvo Urquiza;". The
 * organisation is the name after the last "of" or "at" that reaches the comma.
 */
const SALUTATION = /^[ \t]*(\p{Lu}[^,\n]{3,120}),[ \t]+([^,;:\n]{3,80}?)[ \t]*[;,]?[ \t]*$/gmu;
const LINK = /\s(?:of|at)\s+(?:the\s+)?(?=\p{Lu})/gu;

export function salutationRoles(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return [...text.matchAll(SALUTATION)].flatMap((line) => {
    const head = line[1]!.trimEnd();
    const headStart = line.index + line[0].indexOf(head);
    const nameStart = line.index + line[0].lastIndexOf(line[2]!);
    const person = mentions.people.find(
      (p) => p.start >= nameStart && p.end <= nameStart + line[2]!.length,
    );
    if (!person || text.slice(nameStart, person.start).split(/\s+/).length > 2) return [];
    // (one current post: not "Minister of Health of Spain and President of …", "Former Director")
    if (/\sand\s|^(?:Former|Ex-|Late|Outgoing)\b/.test(head)) return [];
    for (const link of [...head.matchAll(LINK)].reverse()) {
      const title = head.slice(0, link.index);
      if (!isTitle(title)) continue;
      const at = headStart + link.index + link[0].length;
      const end = headStart + head.length;
      const org = mentions.orgAt(tokenAt(tokens, at), { untypedIfEndingAt: end });
      if (!org || org.end !== end) continue;
      return [{ person, org, title, evidence: text.slice(headStart, person.end) }];
    }
    return [];
  });
}
