import type { ValidEntity, ValidSeed } from '../validate/valid-seed.js';
import { mergeProps } from './merge-props.js';
import { addAliases, type ResolveState } from './resolve-state.js';

/** Every entity the files declare, one draft per id; a property stated twice must agree. */
export function declareEntities(state: ResolveState, seeds: readonly ValidSeed[]): void {
  for (const seed of seeds) for (const e of [seed.source, ...seed.entities]) declare(state, e);
}

function declare(state: ResolveState, e: ValidEntity): void {
  const spellings = e.asWritten ? [...e.aliases, e.asWritten] : [...e.aliases];
  const draft = state.nodes.get(e.id);
  if (draft) {
    const where = { file: e.file, posOf: e.posOf, what: e.id };
    mergeProps(draft.row.props, draft.origin, e.props, where, state.issues);
    addAliases(draft.row, spellings);
  } else {
    const row = { id: e.id, label: e.label, props: { ...e.props }, aliases: [] as string[] };
    addAliases(row, spellings);
    const origin = new Map(Object.keys(e.props).map((k) => [k, e.file]));
    state.nodes.set(e.id, { row, origin });
  }
  const name = String(state.nodes.get(e.id)!.row.props.name);
  state.index.add({ id: e.id, label: e.label, name, aliases: [] }, spellings);
}
