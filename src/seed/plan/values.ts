import neo4j from 'neo4j-driver';
import { DATE_FIELDS } from '../model/entity-schemas.js';

type Plain = string | number | boolean | null | Plain[];

/** A Neo4j value as plain JSON-able data: Date → 'YYYY-MM-DD', Integer → number. */
export function toPlain(value: unknown): Plain {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map(toPlain);
  if (neo4j.isInt(value)) return value.toNumber();
  if (neo4j.isDate(value)) return value.toString();
  if (typeof value === 'object') return String(value);
  return value as Plain;
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
