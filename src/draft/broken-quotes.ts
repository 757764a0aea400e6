import type { Quote } from './quotes.js';

/**
 * "“We have twins of hearts,” he said, “but not of the waiting list.”": one sentence broken by its
 * speech tag is one statement, its parts joined by an ellipsis (as curators write it).
 */
const TAG =
  /^[,.!?…]?[”"’]\s+[^“”"\n]{0,160}?\b(?:said|says|added|adds|told|tells|explained|explains|continued|continues|insisted|insists|noted|notes|argued|argues|warned|warns|recalled|recalls)\b[^“”"\n.]{0,160}?,\s+[“"]$/;

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
  // (a sentence goes on after the tag: "…,” he said, “but …”; a new one after it is its own)
  return /^\p{Ll}/u.test(b.text) && TAG.test(text.slice(a.end, b.start));
}
