/**
 * Whether a quoted span is in a text, read as a curator quotes: case, runs of white space and the
 * typographic forms of quotes, apostrophes and dashes do not matter, and an ellipsis ("…", "...",
 * "[…]") leaves words out between parts that must come in the text's order.
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
      const at = this.folded.indexOf(part.toLowerCase(), from);
      if (at < 0) return this.explain(part, from);
      from = at + part.length;
    }
    return undefined;
  }

  private explain(part: string, from: number): SpanMiss {
    const words = part.split(' ');
    let matched = '';
    let end = -1;
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(' ');
      const at = this.folded.indexOf(prefix.toLowerCase(), from);
      if (at < 0) break;
      matched = this.shown.slice(at, at + prefix.length);
      end = at + prefix.length;
    }
    if (end < 0) return { matched: '', textGoesOn: '' };
    return { matched, textGoesOn: this.shown.slice(end, end + 40).trimEnd() };
  }
}

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
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201a\u201b\u02bc\u00b4`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
