import type { Affiliation } from './affiliations.js';
import { isTitle } from './job-titles.js';
import type { Mention } from './mentions.js';

/**
 * A delegations list: "European Medicines Agency (EMA) – Dr Pieter-Jan VERHOEVEN, Head of Data
 * Analytics and Methods". The organisation before the dash is where each "name, title" after it
 * holds that title (a country before the dash names no organisation, and gives no role).
 */
const DASH_LINE =
  /^[ \t]*(\p{Lu}[^–—\n]{1,80}?)(?:[ \t]+\([\p{Lu}\p{N}&-]{2,12}\))?[ \t]+[–—][ \t]+(\S[^\n]*)$/gmu;
const TITLE_AFTER = /^,[ \t]*([^,;()\n]{3,80}?)[ \t]*(?=[;,(]|$)/mu;

export function delegationLines(
  text: string,
  people: readonly Mention[],
  all: readonly Mention[],
): Affiliation[] {
  return [...text.matchAll(DASH_LINE)].flatMap((line) => {
    const start = line.index + line[0].indexOf(line[1]!);
    const org = all.find(
      (m) =>
        m.entity.label === 'Organisation' && m.start === start && m.end === start + line[1]!.length,
    );
    if (!org) return [];
    const listStart = line.index + line[0].length - line[2]!.length;
    const lineEnd = line.index + line[0].length;
    return people.flatMap((p) => {
      if (p.start < listStart || p.end > lineEnd) return [];
      const title = TITLE_AFTER.exec(text.slice(p.end))?.[1];
      // ("Council of the European Union – Ana Costa, Minister of Health, Portugal": a member
      // state's minister at the body, not its staff)
      if (!title || !isTitle(title) || /\b(?:Minister|Secretary of State)\b/.test(title)) return [];
      const own = text.slice(p.start, p.end + text.slice(p.end).indexOf(title) + title.length);
      const evidence = text.slice(line.index, p.start).includes(';')
        ? `${text.slice(start, org.end)} … ${own}`
        : text.slice(start, p.end + text.slice(p.end).indexOf(title) + title.length);
      return [{ person: p, org, title, evidence }];
    });
  });
}
