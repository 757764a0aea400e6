/**
 * A newsletter's issue line gives its month only: "Issue 2/2026 · February 2026", "May 2026".
 * Its middle day is the reference a yearless "on 28 January" or "Thursday 12 March" is read
 * against (not the page's own date: the format's date wants a day).
 */
import { MONTHS } from './calendar-words.js';
import { firstLinesEnd } from './date-parts.js';

const MONTH_PART = new RegExp(String.raw`^(${MONTHS})\s+(\d{4})$`, 'i');
const MONTH_NAMES = MONTHS.slice(3, -1).split('|');

export function issueMonthDay(body: string): string | undefined {
  const head = body.slice(0, firstLinesEnd(body, 8));
  // (parts between bars, dots or dashes: "VPH Institute Newsletter — Issue 47 — November 2025")
  for (const part of head.split(/\n|[·|•]|\s[—–]\s/)) {
    const m = MONTH_PART.exec(part.trim());
    if (!m) continue;
    const month = MONTH_NAMES.findIndex((n) => n.toLowerCase() === m[1]!.toLowerCase()) + 1;
    return `${m[2]}-${String(month).padStart(2, '0')}-15`;
  }
  return undefined;
}
