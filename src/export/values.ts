import neo4j from 'neo4j-driver';
import type { PlainProps, PlainValue } from './types.js';

/**
 * Turns a value read from Neo4j into a plain one: integers to numbers (strings when they do not fit
 * a double exactly), dates and times to ISO strings, lists element by element. null drops out.
 */
export function toPlain(value: unknown): PlainValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) {
    return value.map(toPlain).filter((v): v is PlainValue => v !== undefined);
  }
  // Date, DateTime, LocalDateTime, Time, Duration, Point: all print as ISO / WKT-like strings.
  return String(value);
}

/** Every property of a node or relationship as plain values; `omit` names keys already used. */
export function plainProps(
  props: Record<string, unknown>,
  omit: readonly string[] = [],
): PlainProps {
  const out: PlainProps = {};
  for (const [key, raw] of Object.entries(props)) {
    if (omit.includes(key)) continue;
    const value = toPlain(raw);
    if (value !== undefined) out[key] = value;
  }
  return out;
}

/** A value as one text field (XML attribute, CSV cell): lists joined with "; ". */
export function asText(value: PlainValue): string {
  return Array.isArray(value) ? value.map(asText).join('; ') : String(value);
}
