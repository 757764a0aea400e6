import neo4j from 'neo4j-driver';
import { DATE_FIELDS } from './entity-schemas.js';

/** A value as plain JSON-able data. */
export type Plain = string | number | boolean | null | Plain[];

/**
 * The one Neo4j value codec: a value read from Neo4j as plain data. Integers become numbers (strings
 * when they do not fit a double exactly), dates and times ISO strings (Date → 'YYYY-MM-DD'), lists
 * element by element without nulls; null and undefined become null.
 */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(toPlain).filter((v) => v !== null);
  // Date, DateTime, LocalDateTime, Time, Duration, Point: all print as ISO / WKT-like strings.
  return String(value);
}

/** Curated values as Neo4j parameters: date fields become Date values, money stays Float. */
export function toNeo4j(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (DATE_FIELDS.has(key) && typeof value === 'string') {
      // YYYY-MM and YYYY are stored as the first day of the period (the claim keeps the precision).
      const [y, m = 1, d = 1] = value.split('-').map(Number) as [number, number?, number?];
      out[key] = new neo4j.types.Date(y, m, d);
    } else out[key] = value;
  }
  return out;
}

export const samePlain = (a: unknown, b: unknown): boolean =>
  JSON.stringify(toPlain(a)) === JSON.stringify(toPlain(b));
