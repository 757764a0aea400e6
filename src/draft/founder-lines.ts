import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import { namesCityOrCountry } from './places.js';
import type { Mention, Mentions } from './mentions.js';
import { lineAbove } from './text-lines.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * A list of companies, each named on its line with its founders under it: "Oncotwin, Karlsruhe"
 * over "Founder: Dr Marta Gonçalves", "CardioMirror — Barcelona, Spain" over "Founders: Laia
 * Puigdomènech (CEO), Dr. Tomás Ferreira (CTO)". The line above is the company (its name before
 * the comma or the dash, whatever its words), and each person on the founders' line founded it
 * (their post in brackets, if any, is their title).
 */
const FOUNDERS = /^[ \t]*((?:Co-?)?[Ff]ounders?)[ \t]*:[ \t]*(\S[^\n]*)$/gmu;
/** The company's line: its name, maybe a place after a comma, nothing that ends a sentence. */
const COMPANY_LINE =
  /^[ \t]*(\p{Lu}[^,.:;!?\n–—]{1,60}?)[ \t]*(?:,[ \t]*\p{Lu}[^,.:;!?\n]{1,40}|[ \t][–—-][ \t]*(\p{Lu}[^.:;!?\n]{1,40}))?[ \t]*$/u;
/** A prize's or a category's heading, no company: "Audience Award — Medtech, Germany". */
const NOT_COMPANY = /\b(?:Award|Prize|Category|Track|Winner|Finalist)s?$/;

export function founderLines(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
): Affiliation[] {
  return [...text.matchAll(FOUNDERS)].flatMap((line) => {
    const above = lineAbove(text, line.index);
    const company = above && COMPANY_LINE.exec(above.text);
    // (a name's words, not a heading's: "Start-up spotlight", "Winners announced")
    if (!company || /(?:^|\s)\p{Ll}{4,}/u.test(company[1]!)) return [];
    // (after a dash, a place: "CardioMirror — Barcelona, Spain", not "Helix – Cardio Analytics")
    if (company[2] && !isPlace(company[2])) return [];
    if (NOT_COMPANY.test(company[1]!)) return [];
    const start = above.start + above.text.indexOf(company[1]!);
    const end = start + company[1]!.length;
    const org = mentions.orgAt(tokenAt(tokens, start), { untypedIfEndingAt: end });
    if (!org || org.end !== end) return [];
    const listStart = line.index + line[0].length - line[2]!.length;
    const lineEnd = line.index + line[0].length;
    const founder = /^co/i.test(line[1]!) ? 'Co-founder' : 'Founder';
    // (each founder's post in brackets after the name: "Laia Puigdomènech (CEO)")
    const postOf = (p: Mention) => /^[ \t]*\(([^()\n]{2,60})\)/.exec(text.slice(p.end))?.[1];
    return mentions.people
      .filter((p) => p.start >= listStart && p.end <= lineEnd)
      .map((person) => {
        const post = postOf(person);
        const title = post && isTitle(post) ? post : founder;
        return { person, org, title, evidence: line[0].trim() };
      });
  });
}

/** "Barcelona, Spain", "Tampere, Finland", "Germany": a known city or country among its parts. */
const isPlace = (s: string): boolean => s.split(',').some(namesCityOrCountry);
