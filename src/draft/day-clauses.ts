/**
 * "The kick-off was held in Leuven on 28-29 January 2025; the 2nd GA meeting took place in Bologna
 * on 9-10 October 2025": a sentence whose clauses each hold a day reports an event in each.
 */
import { FULL_DATE } from './event-words.js';

/** The clause of a sentence (split at semicolons) that holds the day at `at`, when another holds a day of its own. */
export function dayClause(own: string, at: number): { text: string; at: number } | undefined {
  const parts = [...own.matchAll(/[^;]+/g)];
  if (parts.length < 2 || parts.filter((p) => FULL_DATE.test(p[0])).length < 2) return undefined;
  const part = parts.find((p) => at >= p.index && at < p.index + p[0].length);
  return part
    ? { text: part[0].replace(/^\s+/, ''), at: part.index + part[0].search(/\S/) }
    : undefined;
}
