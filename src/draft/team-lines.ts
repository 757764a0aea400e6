import type { Affiliation } from './affiliations.js';
import type { DraftBuilder } from './draft-builder.js';
import { isTitle } from './job-titles.js';
import type { Mention, Mentions } from './mentions.js';
import { tokenAt, type Token } from './tokens.js';

/**
 * A team's line: "Cabinet of Commissioner Olivér Várhelyi: Ilona Brandt, Head of Cabinet; Marek
 * Zieliński, Deputy Head of Cabinet; …". The office before the colon is an organisation, and each
 * "name, title" after it a role there. A Commissioner's (a President's, a Vice-President's) cabinet
 * is named by its holder; any other office is the organisation the line opens with.
 */
const CABINET =
  /\bCabinet of (?:the )?(?:Commissioner|President|Executive Vice-President|Vice-President|High Representative) \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}/u;
const TEAM_LINE = /^[ \t]*([^:\n]{3,90}):[ \t]*([^\n]+;[^\n]+)$/gmu;

export function teamLines(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  builder: DraftBuilder,
): Affiliation[] {
  return [...text.matchAll(TEAM_LINE)].flatMap((line) => {
    const head = line[1]!;
    const org = officeOf(text, tokens, line.index + line[0].indexOf(head), head, mentions, builder);
    if (!org) return [];
    const listStart = line.index + line[0].lastIndexOf(line[2]!);
    return mentions.people.flatMap((p) => {
      if (p.start < listStart || p.end > line.index + line[0].length) return [];
      const title = /^,[ \t]*([^,;()\n]{3,60}?)[ \t]*(?=[;(]|$)/mu.exec(text.slice(p.end))?.[1];
      if (!title || !isTitle(title)) return [];
      return [
        // (the office, then the person's own "name, title": an ellipsis leaves the others out)
        { person: p, org, title, evidence: `${head}: … ${text.slice(p.start, p.end)}, ${title}` },
      ];
    });
  });
}

function officeOf(
  text: string,
  tokens: readonly Token[],
  at: number,
  head: string,
  mentions: Mentions,
  builder: DraftBuilder,
): Mention | undefined {
  const cabinet = CABINET.exec(head);
  if (cabinet && cabinet.index === 0 && cabinet[0].length === head.trim().length) {
    const entity = builder.propose('Organisation', cabinet[0], { kind: 'OFFICE' });
    if (!entity.checks.length)
      entity.checks.push('new organisation (a member of the Commission’s cabinet)');
    const first = tokenAt(tokens, at);
    const last = tokenAt(tokens, at + cabinet[0].length);
    const mention = { entity, first, last, start: at, end: at + cabinet[0].length };
    mentions.all.push(mention);
    return mention;
  }
  const org = mentions.orgAt(tokenAt(tokens, at), { newOnlyIfTyped: true });
  return org && org.end === at + head.trimEnd().length ? org : undefined;
}
