import type { Affiliation } from './affiliations.js';
import type { Mention } from './mentions.js';
import type { Quote } from './quotes.js';
import { lineStart } from './text-lines.js';

/**
 * "The Chair said: “This is the right partner …”": a quote its sentence gives to a post, not a
 * name, is the words of the one person the text gives that post ("Ms X (Chair)" in the
 * attendance list), when exactly one holds it (or one at the body whose page it is).
 */
const POST_SAYS =
  /\b[Tt]he\s+((?:[A-Z][\p{L}-]*\s+){0,3}[A-Z][\p{L}-]*)\s+(?:said|added|stated|noted|stressed|remarked|concluded|explained)\b|\b(?:said|added|stated|noted|stressed|remarked|concluded|explained)\s+the\s+((?:[A-Z][\p{L}-]*\s+){0,3}[A-Z][\p{L}-]*)\b/u;

export function withTitledSpeakers(
  text: string,
  quotes: readonly Quote[],
  affiliations: readonly Affiliation[],
  body?: Mention,
): Quote[] {
  return quotes.map((q) => {
    // (a speaker named only in an earlier sentence is a guess the post overrules)
    if (q.speaker && q.attribution !== 'earlier sentence') return q;
    const lineFrom = lineStart(text, q.start);
    const lineEnd = text.indexOf('\n', q.end);
    const line = text.slice(lineFrom, lineEnd < 0 ? undefined : lineEnd);
    const m = POST_SAYS.exec(line);
    const post = (m?.[1] ?? m?.[2])?.toLowerCase();
    if (!post) return q;
    const titled = affiliations.filter((a) => a.title?.toLowerCase() === post);
    // (several chairs: the one of the body whose page it is, "the Chair" of its minutes)
    const own = titled.filter((a) => a.org.entity === body?.entity);
    const holders = new Map(
      (new Set(titled.map((a) => a.person.entity)).size > 1 ? own : titled).map((a) => [
        a.person.entity,
        a.person,
      ]),
    );
    if (holders.size !== 1) return q;
    const [speaker] = [...holders.values()];
    return { ...q, speaker: speaker!, attribution: 'earlier sentence' as const, evidence: m![0] };
  });
}
