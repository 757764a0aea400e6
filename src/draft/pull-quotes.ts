import { labelledLines } from './labelled-lines.js';
import type { Mention } from './mentions.js';
import type { Quote } from './quotes.js';

/**
 * A magazine's pull quotes: "“We move the models, not the patients’ records.”" over "– Ondřej
 * Kučera" is that person's; a quote with no speaker of its own (a headline's) whose words a
 * labelled answer says ("Lambert-Dubois: … A twin is only as good as the data you feed it, …")
 * is that answer's speaker's.
 */
export function withPullQuoteSpeakers(
  text: string,
  quotes: readonly Quote[],
  people: readonly Mention[],
): Quote[] {
  const turns = labelledLines(text, people, (from) => paragraphEnd(text, from)) ?? [];
  return quotes.map((q) => {
    const signed = signedBelow(text, q, people);
    if (signed)
      return {
        ...q,
        speaker: signed,
        attribution: 'same sentence' as const,
        evidence: text.slice(signed.start, signed.end),
      };
    // (a quote inside a turn is that turn's; one outside all, a headline's, is whoever said it)
    const inTurn = turns.some((t) => q.start >= t.from && q.start < t.to);
    if (q.attribution === 'same sentence' || inTurn) return q;
    const words = norm(q.text).replace(/[.!?]$/, '');
    const said = turns.find(
      (t) =>
        t.speaker &&
        !t.asking &&
        (q.start < t.from || q.start > t.to) &&
        norm(text.slice(t.from, t.to)).includes(words),
    );
    return said?.speaker
      ? {
          ...q,
          speaker: said.speaker,
          attribution: 'interview answer' as const,
          evidence: said.evidence,
        }
      : q;
  });
}

/** The person named on the line under a quote, after a dash ("– Ondřej Kučera"). */
function signedBelow(text: string, q: Quote, people: readonly Mention[]): Mention | undefined {
  const lineEnd = text.indexOf('\n', q.end);
  if (lineEnd < 0 || !/^[”"’]?[.!?]?[”"’]?[ \t]*$/.test(text.slice(q.end, lineEnd)))
    return undefined;
  const dash = /^\n[ \t]*[–—-][ \t]*/.exec(text.slice(lineEnd));
  if (!dash) return undefined;
  const at = lineEnd + dash[0].length;
  return people.find((p) => p.start === at);
}

const paragraphEnd = (text: string, from: number): number => {
  const end = text.indexOf('\n\n', from);
  return end < 0 ? text.length : end;
};

const norm = (s: string): string =>
  s.replace(/[’']/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
