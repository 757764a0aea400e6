import type { Gazetteer } from './gazetteer.js';
import type { Mentions } from './mentions.js';
import { isPlainWord, looksLikePerson } from './person-cues.js';
import { isPlace } from './places.js';
import { tokenAt, type Token } from './tokens.js';
import { linesOf } from './text-lines.js';

/**
 * A page's sponsors, partners or exhibitors by tier, under a heading that says so: "PAST SPONSORS
 * (2025) ⏎ Gold: Siemens Healthineers · Sanofi ⏎ Start-up village: Virtonomy · CorTwin Labs".
 * Each item between the separators is one organisation, whatever its words (not a person, a
 * place or a price).
 */
const HEADING =
  /^[ \t]*(?:[\p{L} ]{0,30}[ \t])?(?:SPONSORS|PARTNERS|EXHIBITORS|SUPPORTERS|Sponsors|Partners|Exhibitors|Supporters)\b[^\n]{0,30}$/u;
/** A tier's label: "Gold", "Platinum", "Start-up village", "Media partners". */
const TIER_LINE =
  /^[ \t]*((?:Diamond|Platinum|Gold|Silver|Bronze|Premium|Headline|Main|Strategic|Founding|Associate|Media|Institutional|Academic|Industry|Knowledge|Technology|Community|Supporting|Start-?up(?:[ \t]+village)?|Exhibitors?|Supporters?|Partners?|Sponsors?)(?:[ \t]+(?:partners?|sponsors?|supporters?|village|tier|level))?):[ \t]+(\p{Lu}[^\n.!?]*)$/iu;
const ITEM = /[^·|]+/g;

export function tierLists(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  gaz: Gazetteer,
): void {
  let under = false;
  for (const { start, text: line } of linesOf(text)) {
    if (HEADING.test(line)) under = true;
    else if (!line.trim()) continue;
    const tier = under ? TIER_LINE.exec(line) : null;
    if (!tier) {
      if (!HEADING.test(line)) under = false;
      continue;
    }
    const from = start + line.indexOf(tier[2]!, tier[1]!.length);
    for (const item of tier[2]!.matchAll(ITEM)) {
      const name = item[0].trim();
      if (!name || !/^\p{Lu}/u.test(name) || /\d/.test(name) || name.split(/\s+/).length > 6)
        continue;
      if (looksLikePerson(name) || isPlace(name, gaz)) continue;
      if (name.split(/[\s-]+/).every(isPlainWord)) continue;
      const itemStart = from + item.index + item[0].indexOf(name);
      mentions.orgAt(tokenAt(tokens, itemStart), { untypedIfEndingAt: itemStart + name.length });
    }
  }
  mentions.all.sort((a, b) => a.start - b.start);
}
