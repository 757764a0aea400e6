import type { Affiliation } from './affiliations.js';
import { joinBrokenQuotes } from './broken-quotes.js';
import type { NamedWork } from './documents.js';
import { quotedEventTitles } from './event-names.js';
import type { Mention } from './mentions.js';
import { interviewAnswers, speechSentences } from './own-words.js';
import { withPullQuoteSpeakers } from './pull-quotes.js';
import { findQuotes, type Quote } from './quotes.js';
import { withTitledSpeakers } from './titled-speakers.js';
import type { Sentence } from './tokens.js';

interface QuoteContext {
  readonly works: readonly NamedWork[];
  readonly affiliations: readonly Affiliation[];
  readonly publisher: Mention | undefined;
  readonly ownTitle: string | undefined;
  /** The title that says the text is a speech ("Speech by X at Y"), if it does. */
  readonly speechTitle: string | undefined;
}

/**
 * Every quoted statement, in text order: words in quotation marks with their speakers (named in
 * the sentence, signed under a pull quote, or given a post: "The Chair said"), an interview's
 * answers and a speech's own sentences.
 */
export function allQuotes(
  text: string,
  sentences: readonly Sentence[],
  people: readonly Mention[],
  c: QuoteContext,
): Quote[] {
  const marked = joinBrokenQuotes(
    text,
    findQuotes(text, sentences, people, [...c.works, ...quotedEventTitles(text)]),
  );
  return [
    ...withTitledSpeakers(
      text,
      withPullQuoteSpeakers(text, marked, people),
      c.affiliations,
      c.publisher,
    ),
    ...interviewAnswers(text, c.ownTitle, people),
    ...speechSentences(text, c.speechTitle, people),
  ].sort((a, b) => a.start - b.start);
}
