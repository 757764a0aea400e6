/**
 * Unique combinations of word lists: the k-th name is a mixed-radix decoding of a scrambled k,
 * so names look random, never repeat, and the same k always gives the same name.
 */
export class Combinations {
  readonly total: number;
  readonly #radices: readonly number[];
  readonly #step: number;
  readonly #offset: number;

  constructor(radices: readonly number[], salt: number) {
    this.#radices = radices;
    this.total = radices.reduce((a, b) => a * b, 1);
    let step = 7_919 + (salt % 1000) * 2;
    while (gcd(step, this.total) !== 1) step++;
    this.#step = step;
    this.#offset = salt % this.total;
  }

  /** Digits (one index per list) of the k-th combination; k must be below `total`. */
  digits(k: number): number[] {
    if (k >= this.total) throw new Error(`only ${this.total} unique combinations, asked for #${k}`);
    let p = Number((BigInt(k) * BigInt(this.#step) + BigInt(this.#offset)) % BigInt(this.total));
    return this.#radices.map((r) => {
      const d = p % r;
      p = Math.floor(p / r);
      return d;
    });
  }
}

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/** `person:anna-moreau-rossi` from "Anna Moreau-Rossi": lower-case ASCII words joined by dashes. */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
