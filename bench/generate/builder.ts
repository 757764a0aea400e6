import type { Label } from '../../src/model/labels.js';
import type { GenEntity, GenRel, Value } from './model.js';
import { Rng } from './prng.js';

/** Collects entities and facts; adds a short evidence quote to a share of the facts. */
export class GraphBuilder {
  readonly rng: Rng;
  readonly entities: GenEntity[] = [];
  readonly rels: GenRel[] = [];
  readonly names = new Map<string, string>();

  constructor(seed: number) {
    this.rng = new Rng(seed);
  }

  entity(id: string, label: Label, props: Record<string, Value>, aliases?: string[]): GenEntity {
    const e: GenEntity = aliases?.length ? { id, label, props, aliases } : { id, label, props };
    this.entities.push(e);
    this.names.set(id, String(props.name));
    return e;
  }

  rel(type: string, from: string, to: string, props: Record<string, Value> = {}): void {
    const withEvidence = this.rng.chance(0.15)
      ? { ...props, evidence: `${this.names.get(from)} ${verb(type)} ${this.names.get(to)}` }
      : props;
    this.rels.push({ type, from, to, props: withEvidence });
  }
}

const verb = (type: string): string => type.toLowerCase().replace(/_/g, ' ');

/** A plausible misspelling (two neighbouring letters swapped), kept as an alias. */
export function typo(rng: Rng, name: string): string {
  const i = rng.between(1, Math.max(1, name.length - 3));
  const a = name[i]!;
  const b = name[i + 1]!;
  if (a === ' ' || b === ' ' || a === b) return `${name.slice(0, i)}${name.slice(i + 1)}`;
  return `${name.slice(0, i)}${b}${a}${name.slice(i + 2)}`;
}
