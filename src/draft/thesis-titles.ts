/**
 * A doctoral defence's page: the thesis title in quotation marks on a line of its own ('PhD
 * defence X ¶ "Digital twins of the failing heart: from cardiac MRI to …"'), a title in sentence
 * case that no document noun stands beside.
 */
const QUOTED_LINE = /(?:^|\n)[ \t]*[“"]([^“”"\n]{8,240})[”"][ \t]*(?=\n|$)/gu;
const DOCTORAL = /\b(?:thesis|dissertation|PhD|doctoral|doctorate)\b/i;

export function thesisTitles(text: string): { title: string; head: string; start: number }[] {
  return [...text.matchAll(QUOTED_LINE)].flatMap((m) => {
    const title = m[1]!.trim();
    const start = m.index + m[0].indexOf(title);
    return isThesisTitle(text, start, start + title.length)
      ? [{ title, head: 'report', start }]
      : [];
  });
}

/**
 * The quoted words at start…end are a thesis's title: alone on their line, not a sentence, not
 * announced as speech (the line above does not end in ":"), on a page that says it is a thesis's
 * (in the lines above or the paragraph after).
 */
export function isThesisTitle(text: string, start: number, end: number): boolean {
  const words = text.slice(start, end).trim();
  const lineStart = text.lastIndexOf('\n', start) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd).trim();
  if (line.replace(/^[“"]|[”"]$/g, '').trim() !== words) return false;
  if (/[.!?,…]$/.test(words) || !/^\p{Lu}/u.test(words)) return false;
  if (/:\s*$/.test(text.slice(Math.max(0, lineStart - 200), lineStart))) return false;
  return DOCTORAL.test(text.slice(Math.max(0, start - 300), end + 400));
}
