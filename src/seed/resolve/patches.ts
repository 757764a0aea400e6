import { LABELS } from '../../model/labels.js';
import type { ValidSeed } from '../validate/valid-seed.js';
import { declareEntity, indexDraft } from './entity-drafts.js';
import { mentionInSource } from './mentions.js';
import { resolveReference } from './reference.js';
import type { ResolveState } from './resolve-state.js';

/**
 * Entries that add to a known entity (`ref:`): resolved like any reference (id, name, alias or
 * acronym; ambiguity is an error), checked against the label found, then declared as claims of
 * the file's source. The spelling of `ref` is kept as an alias when it is not the name.
 */
export function resolvePatches(state: ResolveState, seeds: readonly ValidSeed[]): void {
  for (const seed of seeds) {
    for (const patch of seed.patches) {
      const at = () => patch.at.of('ref');
      const target = resolveReference(patch.ref, LABELS, state.index, seed.file, at, state.issues);
      if (!target) continue;
      const checked = patch.check(target.label, target.id);
      state.issues.push(...checked.issues);
      if (!checked.entity) continue;
      indexDraft(state, declareEntity(state, checked.entity, seed.sourceId));
      mentionInSource(state, seed, target, { file: seed.file, at });
    }
  }
}
