/** mulberry32: a tiny, fast, seeded PRNG; the same seed always gives the same graph. */
export class Rng {
  #state: number;

  constructor(seed: number) {
    this.#state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    let t = (this.#state = (this.#state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max]. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }

  /**
   * A heavy-tailed index in [0, n): index = n·u^a. With a = 2 the first 1 % of the indexes get
   * 10 % of the picks, with a = 3 about 22 % — a few hubs with many links, a long tail with few.
   */
  skewed(n: number, a: number): number {
    return Math.min(n - 1, Math.floor(n * Math.pow(this.next(), a)));
  }

  /** `count` distinct skewed indexes in [0, n) (count is capped at n). */
  distinctSkewed(n: number, count: number, a: number): number[] {
    const chosen = new Set<number>();
    const want = Math.min(count, n);
    let tries = 0;
    while (chosen.size < want && tries++ < want * 20) chosen.add(this.skewed(n, a));
    for (let i = 0; chosen.size < want; i++) chosen.add(i);
    return [...chosen];
  }
}

/** A calendar date between two years as YYYY-MM-DD (days 1–28, always valid). */
export function randomDate(rng: Rng, fromYear: number, toYear: number): string {
  const y = rng.between(fromYear, toYear);
  const m = rng.between(1, 12);
  const d = rng.between(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
