/** Three reusable rows: comparing against thousands of names must not allocate per call. */
let rows: [Int32Array, Int32Array, Int32Array] = [
  new Int32Array(64),
  new Int32Array(64),
  new Int32Array(64),
];

/**
 * Optimal-string-alignment (restricted Damerau-Levenshtein) distance, giving up above `max`
 * (returns max + 1) so comparing against many names stays cheap.
 */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) {
    const size = b.length * 2 + 1;
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  let [prevPrev, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, prevPrev[j - 2]! + 1);
      }
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  return prev[b.length]!;
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
