/**
 * True for a real calendar date written YYYY-MM-DD, YYYY-MM or YYYY (rejects 2025-13-40,
 * 2025-02-30 and 2025-13).
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Pairs of fields where the first must not come after the second. */
export const DATE_ORDER: readonly (readonly [string, string])[] = [
  ['since', 'until'],
  ['start', 'end'],
  ['date', 'endDate'],
];
