import type { Label } from '../../src/model/labels.js';

export type Value = string | number | boolean;

/** One generated entity, as a seed file declares it (ids only, no name references). */
export interface GenEntity {
  readonly id: string;
  readonly label: Label;
  readonly props: Record<string, Value>;
  readonly aliases?: string[];
}

/** One generated fact; `props` holds the type's own properties and `evidence`. */
export interface GenRel {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Record<string, Value>;
}

export interface GenGraph {
  readonly size: number;
  readonly seed: number;
  /** In declaration order; related entities are close together (they land in the same file). */
  readonly entities: GenEntity[];
  readonly rels: GenRel[];
}

/** How many entities of each label a graph of `n` nodes gets (the rest are people). */
export function labelCounts(n: number): Record<Label, number> {
  const at = (share: number, min: number) => Math.max(min, Math.round(n * share));
  const counts = {
    Organisation: at(0.06, 40),
    Initiative: at(0.006, 10),
    Topic: at(0.001, 5),
    Project: at(0.03, 10),
    Event: at(0.03, 10),
    Statement: at(0.2, 20),
    Document: at(0.015, 5),
    Person: 0,
  };
  const rest = Object.values(counts).reduce((a, b) => a + b, 0);
  counts.Person = Math.max(50, n - rest);
  return counts;
}

/** Parses 10k, 100k, 1M, 2500 into a node count. */
export function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(text.trim());
  if (!m) throw new Error(`size "${text}" is not a number like 10k, 100k or 1M`);
  const unit = m[2]!.toLowerCase();
  return Math.round(Number(m[1]) * (unit === 'k' ? 1e3 : unit === 'm' ? 1e6 : 1));
}

export function sizeLabel(n: number): string {
  if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}M`;
  if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
  return String(n);
}
