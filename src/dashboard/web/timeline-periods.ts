/** Pure date logic of the timeline (no DOM): periods, their day ranges, and selections of bars. */

/** A month ("YYYY-MM") or a year ("YYYY") with the number of items in it. */
export interface Period {
  readonly period: string;
  readonly count: number;
}

/** ISO days ("YYYY-MM-DD"); either end may be missing (open range). */
export interface DateRange {
  readonly from?: string;
  readonly to?: string;
}

const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^\d{4}$/;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** A month or a year as a number (months since year 0, or the year), or null if neither. */
function ordinal(period: string): number | null {
  if (YEAR.test(period)) return Number(period);
  const month = MONTH.exec(period);
  return month ? Number(month[1]) * 12 + Number(month[2]) - 1 : null;
}

const fromOrdinal = (n: number, monthly: boolean) =>
  monthly ? `${pad(Math.floor(n / 12), 4)}-${pad((n % 12) + 1, 2)}` : pad(n, 4);

/**
 * Every month (or year) from the first period to the last, with count 0 for those missing.
 * Duplicated periods are summed; periods of the other granularity than the first are left out.
 */
export function fillGaps(periods: readonly Period[]): Period[] {
  const valid = periods.filter((p) => ordinal(p.period) !== null);
  const monthly = MONTH.test(valid[0]?.period ?? '');
  const counts = new Map<number, number>();
  for (const p of valid) {
    if (MONTH.test(p.period) !== monthly) continue;
    const n = ordinal(p.period) ?? 0;
    counts.set(n, (counts.get(n) ?? 0) + p.count);
  }
  if (counts.size === 0) return [];
  const [first, last] = [Math.min(...counts.keys()), Math.max(...counts.keys())];
  const filled: Period[] = [];
  for (let n = first; n <= last; n++) {
    filled.push({ period: fromOrdinal(n, monthly), count: counts.get(n) ?? 0 });
  }
  return filled;
}

/** The first and last day of a month ("2021-02") or a year ("2021"). */
export function periodRange(period: string): { from: string; to: string } {
  if (YEAR.test(period)) return { from: `${period}-01-01`, to: `${period}-12-31` };
  const month = MONTH.exec(period);
  if (!month) throw new Error(`Not a month (YYYY-MM) or a year (YYYY): ${period}`);
  const lastDay = new Date(Date.UTC(Number(month[1]), Number(month[2]), 0)).getUTCDate();
  return { from: `${period}-01`, to: `${period}-${pad(lastDay, 2)}` };
}

const clamp = (i: number, n: number) => Math.min(Math.max(Math.round(i), 0), n - 1);

/** The days covered by bars a..b (in either order): from the start of the first to the end of the last. */
export function rangeOfSelection(periods: readonly Period[], a: number, b: number): DateRange {
  if (periods.length === 0) return {};
  const first = periods[clamp(Math.min(a, b), periods.length)];
  const last = periods[clamp(Math.max(a, b), periods.length)];
  if (!first || !last) return {};
  return { from: periodRange(first.period).from, to: periodRange(last.period).to };
}

/**
 * The first and last bar that a range overlaps (a partly covered month counts). Null when there is
 * no range, or when the range overlaps no bar at all.
 */
export function selectedIndexes(
  periods: readonly Period[],
  range: DateRange,
): [number, number] | null {
  if (!range.from && !range.to) return null;
  const overlaps = periods.map((p) => {
    const days = periodRange(p.period);
    return (!range.from || days.to >= range.from) && (!range.to || days.from <= range.to);
  });
  const first = overlaps.indexOf(true);
  return first < 0 ? null : [first, overlaps.lastIndexOf(true)];
}

/** The bar under a pointer at `fraction` (0..1) of the chart's width. */
export function indexAt(fraction: number, count: number): number {
  return Math.min(Math.max(Math.floor(fraction * count), 0), Math.max(count - 1, 0));
}

/** Bars that get a year label: Januaries (or every year), thinned to at most `max` labels. */
export function tickIndexes(periods: readonly Period[], max: number): number[] {
  const candidates = periods
    .map((p, i) => (YEAR.test(p.period) || p.period.endsWith('-01') ? i : -1))
    .filter((i) => i >= 0);
  if (candidates.length === 0) return periods.length ? [0] : [];
  const every = Math.ceil(candidates.length / Math.max(max, 1));
  return candidates.filter((_, k) => k % every === 0);
}

/** "Meetings per month" -> "12 meetings", "1 meeting"; a caption without " per " gives just "12". */
export function countText(count: number, caption: string): string {
  const cut = caption.toLowerCase().indexOf(' per ');
  if (cut < 0) return String(count);
  const plural = caption.slice(0, cut).toLowerCase();
  const singular = plural.endsWith('ies') ? `${plural.slice(0, -3)}y` : plural.replace(/s$/, '');
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "from 2021-02-01 to 2021-06-30", "from 2021-02-01", "until 2021-06-30" or "all dates". */
export function rangeText(range: DateRange): string {
  if (range.from && range.to) return `${range.from} to ${range.to}`;
  if (range.from) return `from ${range.from}`;
  if (range.to) return `until ${range.to}`;
  return 'all dates';
}

/** The chart described in words, e.g. for an aria-label. */
export function describe(caption: string, periods: readonly Period[], range: DateRange): string {
  const span = periods.length
    ? `${periods[0]?.period} to ${periods[periods.length - 1]?.period}`
    : 'no dated items';
  const selected = range.from || range.to ? `selected ${rangeText(range)}` : 'all dates';
  return `${caption}, ${span}; ${selected}`;
}
