import nlp from 'compromise';
import { isPlace } from './places.js';
import type { Affiliation } from './affiliations.js';
import { appositive, type AppositiveInput } from './appositive.js';
import { countryNamed } from './countries.js';
import { isTitle } from './job-titles.js';
import { hasOrgWord } from './person-cues.js';
import { roleAround } from './roles-around.js';
import { roleBefore } from './roles-before.js';
import { tokenAt } from './tokens.js';

/**
 * "X (Karolinska Institutet, Stockholm)", "X (Chair), Università di Bologna", "SANT Chair X (EPP,
 * Netherlands)": the organisations in brackets after a name, a title after them, or the
 * organisation after a role in brackets.
 */
export function bracketedRoles(
  input: Omit<AppositiveInput, 'at' | 'until'>,
  after: string,
  paren: RegExpExecArray,
): Affiliation[] {
  const { text, tokens, p, from, mentions, gaz } = input;
  const open = p.end + after.indexOf('(') + 1;
  // ("Helena Cordeiro (Coimbra, 1973)": where and when she was born, no organisation)
  const born = /^([^,()]{2,40}),[ \t]*(?:b\.[ \t]*)?(?:19|20)\d{2}$/.exec(paren[1]!.trim());
  // (a place of one or two words, no body: not "(Universidade de Lisboa, 2024)", a cohort's year)
  const place = born && !hasOrgWord(born[1]!) && born[1]!.trim().split(/\s+/).length <= 2;
  // ("Aoife Ní Bhriain (Galway, Ireland)": a town and its country, where she lives; not a body the
  // text names already, "(Inria, France)", "(Renew, Belgium)", nor a short name, "(Greens/EFA, …)")
  const town = /^([^,()]{2,40}),[ \t]*([^,()]{3,40})$/.exec(paren[1]!.trim());
  const named = mentions.all.some((m) => m.start === open && m.entity.label !== 'Person');
  const home =
    town &&
    !named &&
    !/[/&]|\p{Lu}{2}/u.test(town[1]!) &&
    !hasOrgWord(town[1]!) &&
    (isPlace(town[1]!, gaz) || nlp(town[1]!).has('#Place')) &&
    countryNamed(town[2]!) !== undefined;
  const orgs =
    place || home
      ? []
      : splitList(paren[1]!).map((part) => mentions.orgAt(tokenAt(tokens, open + part.at)));
  // "Tomas Berglund (Karolinska Institutet, Stockholm), Professor of Neurology": the title after
  const said = /^,\s+([^,.;:\n()]{2,60}?)(?=[,.;:\n]|$)/.exec(after.slice(paren[0].length));
  const title = said && isTitle(said[1]!) ? said[1]!.trim() : undefined;
  const inParen = orgs.flatMap((org) =>
    org
      ? [
          {
            person: p,
            org,
            ...(title ? { title } : {}),
            evidence: text.slice(from, p.end + paren[0].length + (title ? said![0].length : 0)),
          },
        ]
      : [],
  );
  // "Prof. X (Chair), Università di Bologna": the organisation after a role in brackets (the
  // role is the list's body's, not the organisation's)
  const rest = /^,\s+/.exec(after.slice(paren[0].length));
  if (!inParen.length && rest && isTitle(paren[1]!))
    return appositive({ ...input, at: p.end + paren[0].length + rest[0].length });
  // "SANT Chair Annelies Verhoeven (EPP, Netherlands)": a role before the name too
  const before = roleBefore(text, p, mentions) ?? roleAround(text, tokens, p, from, mentions);
  return before && !inParen.some((r) => r.org.entity === before.org.entity)
    ? [before, ...inParen]
    : inParen;
}

function splitList(inner: string): { at: number }[] {
  const parts: { at: number }[] = [{ at: 0 }];
  for (const m of inner.matchAll(/\s+and\s+|,\s*/g)) parts.push({ at: m.index + m[0].length });
  return parts;
}
