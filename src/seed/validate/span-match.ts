/**
 * Whether a quoted span is in a text, read as a curator quotes: whole words; case, runs of white
 * space, ligatures, invisible spaces and the typographic forms of quotes, apostrophes and dashes do
 * not matter, and an ellipsis ("…", "...", "[…]") leaves words out between parts that must come in
 * the text's order.
 */

export interface SpanMiss {
  /** The words of the span that the text has, in order, before it departs from them ('' if none). */
  readonly matched: string;
  /** What the text says where the span departs from it ('' when no word of the span was found). */
  readonly textGoesOn: string;
}

/** A text made ready for many look-ups (normalised once). */
export class QuotableText {
  private readonly shown: string;
  private readonly folded: string;

  constructor(text: string) {
    const shown = normalise(text);
    const folded = shown.toLowerCase();
    // Lower-casing can change a string's length (rare letters); show the folded form then.
    this.shown = folded.length === shown.length ? shown : folded;
    this.folded = folded;
  }

  /** undefined when the span is in the text; else how far it matched. */
  miss(span: string): SpanMiss | undefined {
    let from = 0;
    for (const part of partsOf(span)) {
      const at = this.wordsAt(part.toLowerCase(), from);
      if (at < 0) return this.explain(part, from);
      from = at + part.length;
    }
    return undefined;
  }

  /** Where the words stand from `from` on, whole ("mission" is not in "Commission"), or -1. */
  private wordsAt(words: string, from: number): number {
    for (let at = this.folded.indexOf(words, from); at >= 0;) {
      const before = this.folded[at - 1] ?? ' ';
      const after = this.folded[at + words.length] ?? ' ';
      const cut = (edge: string, c: string) => WORD.test(edge) && WORD.test(c);
      if (!cut(words[0]!, before) && !cut(words.at(-1)!, after)) return at;
      at = this.folded.indexOf(words, at + 1);
    }
    return -1;
  }

  private explain(part: string, from: number): SpanMiss {
    const words = part.split(' ');
    let matched = '';
    let end = -1;
    // (a few words are enough to show where it departs; each try reads the text once)
    for (let n = 1; n < Math.min(words.length, 16); n++) {
      const prefix = words.slice(0, n).join(' ');
      const at = this.wordsAt(prefix.toLowerCase(), from);
      if (at < 0) break;
      matched = this.shown.slice(at, at + prefix.length);
      end = at + prefix.length;
    }
    if (end < 0) return { matched: '', textGoesOn: '' };
    return { matched, textGoesOn: this.shown.slice(end, end + 40).trimEnd() };
  }
}

const WORD = /[\p{L}\p{N}]/u;

const ELLIPSIS = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)\s*/;

/** The parts of a span between its ellipses, normalised; a span of only an ellipsis has none. */
function partsOf(span: string): string[] {
  return normalise(span)
    .split(ELLIPSIS)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** One form for what typing and typesetting write differently. */
export function normalise(text: string): string {
  return text
    .normalize('NFKC') // ligatures of PDF copies: "ﬁnancing" is "financing"
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
