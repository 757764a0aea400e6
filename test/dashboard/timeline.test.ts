import { describe, expect, it } from 'vitest';
import {
  fillGaps,
  periodRange,
  rangeOfSelection,
  selectedIndexes,
} from '../../src/dashboard/web/timeline.js';
import {
  countText,
  describe as describeChart,
  indexAt,
  tickIndexes,
} from '../../src/dashboard/web/timeline-periods.js';

// No DOM environment (jsdom, happy-dom) is installed, so only the pure logic is tested here.

const months = (...list: [string, number][]) => list.map(([period, count]) => ({ period, count }));

describe('fillGaps', () => {
  it('inserts missing months with count 0, across a year boundary', () => {
    const filled = fillGaps(months(['2020-11', 3], ['2021-02', 5]));
    expect(filled).toEqual(months(['2020-11', 3], ['2020-12', 0], ['2021-01', 0], ['2021-02', 5]));
  });

  it('inserts missing years', () => {
    expect(fillGaps(months(['2019', 1], ['2022', 4]))).toEqual(
      months(['2019', 1], ['2020', 0], ['2021', 0], ['2022', 4]),
    );
  });

  it('keeps an empty or gapless list as it is, and sums duplicates', () => {
    expect(fillGaps([])).toEqual([]);
    expect(fillGaps(months(['2021-05', 2]))).toEqual(months(['2021-05', 2]));
    expect(fillGaps(months(['2021-05', 2], ['2021-05', 1]))).toEqual(months(['2021-05', 3]));
  });
});

describe('periodRange', () => {
  it('ends February on the 28th, or the 29th in a leap year', () => {
    expect(periodRange('2021-02')).toEqual({ from: '2021-02-01', to: '2021-02-28' });
    expect(periodRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(periodRange('2000-02').to).toBe('2000-02-29');
    expect(periodRange('1900-02').to).toBe('1900-02-28');
  });

  it('covers 30- and 31-day months and whole years', () => {
    expect(periodRange('2021-04').to).toBe('2021-04-30');
    expect(periodRange('2021-12')).toEqual({ from: '2021-12-01', to: '2021-12-31' });
    expect(periodRange('2021')).toEqual({ from: '2021-01-01', to: '2021-12-31' });
  });

  it('rejects anything else', () => {
    expect(() => periodRange('2021-2')).toThrow(/Not a month/);
  });
});

describe('rangeOfSelection', () => {
  const periods = fillGaps(months(['2020-11', 3], ['2021-06', 1]));

  it('runs from the start of the first bar to the end of the last, in either order', () => {
    const range = { from: '2020-12-01', to: '2021-02-28' };
    expect(rangeOfSelection(periods, 1, 3)).toEqual(range);
    expect(rangeOfSelection(periods, 3, 1)).toEqual(range);
  });

  it('selects one bar, clamps indexes, and gives no range without bars', () => {
    expect(rangeOfSelection(periods, 2, 2)).toEqual({ from: '2021-01-01', to: '2021-01-31' });
    expect(rangeOfSelection(periods, -4, 99)).toEqual({ from: '2020-11-01', to: '2021-06-30' });
    expect(rangeOfSelection([], 0, 1)).toEqual({});
  });

  it('works on years', () => {
    const years = fillGaps(months(['2019', 1], ['2022', 4]));
    expect(rangeOfSelection(years, 2, 1)).toEqual({ from: '2020-01-01', to: '2021-12-31' });
  });
});

describe('selectedIndexes', () => {
  const periods = fillGaps(months(['2020-11', 3], ['2021-06', 1]));

  it('is null without a range', () => {
    expect(selectedIndexes(periods, {})).toBeNull();
  });

  it('inverts rangeOfSelection', () => {
    for (const [a, b] of [
      [0, 0],
      [1, 3],
      [5, 2],
      [0, 7],
    ] as const) {
      const range = rangeOfSelection(periods, a, b);
      expect(selectedIndexes(periods, range)).toEqual([Math.min(a, b), Math.max(a, b)]);
    }
  });

  it('counts partly covered months, and open ends', () => {
    expect(selectedIndexes(periods, { from: '2020-12-15', to: '2021-02-01' })).toEqual([1, 3]);
    expect(selectedIndexes(periods, { from: '2021-03-31' })).toEqual([4, 7]);
    expect(selectedIndexes(periods, { to: '2020-11-01' })).toEqual([0, 0]);
  });

  it('is null when the range misses every bar', () => {
    expect(selectedIndexes(periods, { from: '2022-01-01' })).toBeNull();
  });
});

describe('chart helpers', () => {
  it('maps a pointer position to a bar', () => {
    expect(indexAt(0, 10)).toBe(0);
    expect(indexAt(0.55, 10)).toBe(5);
    expect(indexAt(1, 10)).toBe(9);
    expect(indexAt(-0.2, 10)).toBe(0);
  });

  it('labels Januaries, at most the given number of them', () => {
    const long = fillGaps(months(['2000-01', 1], ['2023-12', 1]));
    const ticks = tickIndexes(long, 8);
    expect(ticks.length).toBeLessThanOrEqual(8);
    expect(ticks.every((i) => long[i]?.period.endsWith('-01'))).toBe(true);
    expect(tickIndexes(months(['2021-03', 1], ['2021-04', 1]), 8)).toEqual([0]);
  });

  it('words counts and the selection', () => {
    expect(countText(12, 'Meetings per month')).toBe('12 meetings');
    expect(countText(1, 'Meetings per month')).toBe('1 meeting');
    expect(countText(1, 'Activities per year')).toBe('1 activity');
    expect(countText(3, 'Timeline')).toBe('3');
    const periods = fillGaps(months(['2019-01', 1], ['2023-12', 1]));
    expect(
      describeChart('Meetings per month', periods, { from: '2021-02-01', to: '2021-06-30' }),
    ).toBe('Meetings per month, 2019-01 to 2023-12; selected 2021-02-01 to 2021-06-30');
    expect(describeChart('Meetings per month', periods, {})).toBe(
      'Meetings per month, 2019-01 to 2023-12; all dates',
    );
  });
});
