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
    if (/[.!?,…]$/.test(title) || !/^\p{Lu}/u.test(title)) return [];
    // (the page says it is a thesis's: in its lines above the title or the paragraph after it)
    const around = text.slice(Math.max(0, m.index - 300), m.index + m[0].length + 400);
    if (!DOCTORAL.test(around)) return [];
    return [{ title, head: 'report', start: m.index + m[0].indexOf(title) }];
  });
}
