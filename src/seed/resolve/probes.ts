import { looksLikeId } from '../../model/labels.js';
import { lookAlikeSkeleton } from './skeleton.js';
import type { ValidSeed } from '../validate/valid-seed.js';

/** What a load needs to know about the graph: the ids and the names its files use. */
export interface Probes {
  /** Ids declared or referenced by the files (existing ones are read back). */
  readonly ids: string[];
  /** Names and aliases to match: references by name, and declared names (duplicate checks). */
  readonly names: string[];
  /** Ids referenced but not declared by the files: they must already be in the graph. */
  readonly referenced: string[];
  /** Days of the events the files declare: known events near them may be the same event. */
  readonly eventDates: string[];
}

export function probesOf(seeds: readonly ValidSeed[]): Probes {
  const ids = new Set<string>();
  const names = new Set<string>();
  const refs = new Set<string>();
  const eventDates = new Set<string>();
  const ref = (r: string): void => void (looksLikeId(r) ? refs.add(r) : names.add(r));
  for (const seed of seeds) {
    for (const e of [seed.source, ...seed.entities]) {
      ids.add(e.id);
      names.add(String(e.props.name ?? e.id));
      const skeleton = lookAlikeSkeleton(String(e.props.name ?? ''));
      if (skeleton) names.add(skeleton);
      for (const alias of e.aliases) names.add(alias);
      if (e.props.acronym) names.add(String(e.props.acronym));
      if (e.label === 'Event' && typeof e.props.date === 'string') eventDates.add(e.props.date);
    }
    for (const rel of seed.relationships) [rel.from, rel.to].forEach(ref);
    for (const m of seed.mentions) ref(m.ref);
    for (const p of seed.patches) ref(p.ref);
  }
  const referenced = [...refs].filter((r) => !ids.has(r));
  return {
    ids: [...ids, ...referenced],
    names: [...names],
    referenced,
    eventDates: [...eventDates],
  };
}
