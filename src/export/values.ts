import { toPlain as plain } from '../model/neo4j-values.js';
import type { PlainProps, PlainValue } from './types.js';

/** A value read from Neo4j as a plain export value (model/neo4j-values.ts); null drops out. */
export const toPlain = (value: unknown): PlainValue | undefined =>
  (plain(value) as PlainValue | null) ?? undefined;

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
