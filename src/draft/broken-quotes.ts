import type { Quote } from './quotes.js';

/**
 * "“We have twins of hearts,” he said, “but not of the waiting list.”": one sentence broken by its
 * speech tag is one statement, its parts joined by an ellipsis (as curators write it).
 */
const VERB = String.raw`(?:said|says|added|adds|told\s+(?:\p{L}+\s+){0,2}?|tells|explained|explains|continued|continues|insisted|insists|noted|notes|argued|argues|warned|warns|recalled|recalls)`;
/** Who says it: a pronoun, or a name of a few capitalised words (a title before it). */
const WHO = String.raw`(?:she|he|they|(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}\p{Lu}[\p{L}'’-]+)`;
/**
 * Only a speech tag between the parts: "…,” she says, “…", "…,” said Dr X, “…" (not "…,” said X,
 * while her counterpart warned, “…": another speaker; nor a full stop: a new sentence).
 */
const TAG = new RegExp(
  String.raw`^[,!?…]?[”"’]\s+(?:${WHO}\s+${VERB}|${VERB}\s+${WHO}),\s+[“"]$`,
  'u',
);

export function joinBrokenQuotes(text: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    const last = out.at(-1);
    if (last && joins(text, last, q)) {
      out[out.length - 1] = {
        ...last,
        end: q.end,
        text: `${last.text.replace(/[,;:]\s*$/, '')} … ${q.text}`,
      };
    } else out.push(q);
  }
  return out;
}

/** The second part follows the first with only a speech tag between, and no one else speaks it. */
function joins(text: string, a: Quote, b: Quote): boolean {
  if (!a.speaker || (b.speaker && b.speaker.entity !== a.speaker.entity)) return false;
  // (a sentence goes on after the tag: "…,” he said, “but …”; a new one after it is its own, and
  // "eHealth services must …" opens one)
  return /^\p{Ll}+[\s,;]/u.test(b.text) && TAG.test(text.slice(a.end, b.start));
}
