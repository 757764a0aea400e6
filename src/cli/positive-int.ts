import { InvalidArgumentError } from 'commander';

/** commander argument parser: a whole number ≥ 1 ("abc", "0", "-5", "2.5" are refused). */
export function positiveInt(raw: string): number {
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(n) || n < 1)
    throw new InvalidArgumentError(`"${raw}" is not a whole number of at least 1`);
  return n;
}
