import { countedWords, QUALIFIERS, type Quantity } from './quantities.js';

/**
 * Shares the text states: "34% of the 1,150 hospitals surveyed", "only 27% could export …",
 * "fewer than 40 per cent of clinics". What is counted is the noun after "of", else the one the
 * sentence counted before the share ("Of the 412 hospitals it surveyed, only 27% …"), with "(%)".
 */
const PERCENT = new RegExp(
  String.raw`(?<![\p{L}\d/.:,+−–-])(?:(${QUALIFIERS})\s+)?(\d{1,3}(?:[.,]\d+)?)\s?(?:%|per\s?cent\b)`,
  'giu',
);
/** "rose by 12%", "fell to 3%", "up 4 per cent": a change, not a share of something. */
const CHANGE_BEFORE =
  /\b(?:rose|rise|risen|fell|fall|fallen|grew|grown|increased?|decreased?|dropped|declined?|jumped|up|down|by|to)\s+$/i;

export function findPercentages(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const [written, qualifier, num] = m;
    const value = Number(num!.replace(',', '.'));
    if (!Number.isFinite(value) || value > 100) continue;
    if (CHANGE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    const after = text.slice(m.index + written.length, m.index + written.length + 80);
    const of = /^\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[\d,.]+\s+)?/.exec(after);
    const sentenceStart = Math.max(
      text.lastIndexOf('. ', m.index),
      text.lastIndexOf('\n', m.index),
    );
    const before = text.slice(sentenceStart + 1, m.index);
    const counted =
      (of ? countedWords(after.slice(of[0].length)) : '') ||
      /\b(?:of|among)\s+(?:the|all)\s+[\d,.]+\s+([\p{L}-]+)/iu.exec(before)?.[1] ||
      'share';
    out.push({
      counts: `${counted} (%)`,
      value,
      ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}),
      start: m.index,
      end: m.index + written.length,
      written: written.trim(),
    });
  }
  return out;
}
