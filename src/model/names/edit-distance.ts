/** Three reusable rows: comparing against thousands of names must not allocate per call. */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Optimal-string-alignment (restricted Damerau-Levenshtein) distance, giving up above `max`
 * (returns max + 1) so comparing against many names stays cheap: only the band of cells within
 * `max` of the diagonal is computed (cells outside it are further apart than `max` anyway).
 */
export function editDistance(a: string, b: string, max = 2): number {
  const n = a.length;
  const m = b.length;
  const far = max + 1;
  if (Math.abs(n - m) > max) return far;
  if (rows[0].length <= m + 1) {
    const size = m * 2 + 2;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= m; j++) prev[j] = j < far ? j : far;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    row[0] = i < far ? i : far;
    row[lo - 1] = lo === 1 ? row[0]! : far;
    let best = lo === 1 ? row[0]! : far;
    const ai = a.charCodeAt(i - 1);
    const before = i > 1 ? a.charCodeAt(i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (j > 1 && before === bj && ai === b.charCodeAt(j - 2))
        d = Math.min(d, prevPrev[j - 2]! + 1);
      if (d > far) d = far;
      row[j] = d;
      if (d < best) best = d;
    }
    if (hi < m) row[hi + 1] = far;
    if (best > max) return far;
    const done = prevPrev;
    prevPrev = prev;
    prev = row;
    row = done;
  }
  return Math.min(prev[m]!, far);
}

/** The largest distance accepted as "close" for a name of this length (short names need 1). */
export const closeLimit = (normalized: string): number => (normalized.length < 6 ? 1 : 2);

/**
 * Which characters a (normalised) name contains, folded into 32 bits. One edit changes at most two
 * bits, so two names whose masks differ in more than 2 × max bits are further apart than max: a
 * cheap filter before `editDistance`.
 */
export function letterMask(normalized: string): number {
  let mask = 0;
  for (let i = 0; i < normalized.length; i++) mask |= 1 << (normalized.charCodeAt(i) % 32);
  return mask;
}

/** Number of set bits (differing characters of two masks after XOR). */
export function bitCount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
