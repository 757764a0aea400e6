import type { Mention } from './mentions.js';
import type { Quote } from './quotes.js';

/**
 * A magazine's pull quotes: "“We move the models, not the patients’ records.”" over "– Ondřej
 * Kučera" is that person's, whoever the sentences around it name.
 */
export function withPullQuoteSpeakers(
  text: string,
  quotes: readonly Quote[],
  people: readonly Mention[],
): Quote[] {
  return quotes.map((q) => {
    const signed = signedBelow(text, q, people);
    if (!signed) return q;
    const evidence = text.slice(signed.start, signed.end);
    return { ...q, speaker: signed, attribution: 'same sentence' as const, evidence };
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
