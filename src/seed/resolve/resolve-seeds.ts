import type { ValidSeed } from '../validate/valid-seed.js';
import { declareEntities } from './entity-drafts.js';
import { mentionDeclared, resolveMentions } from './mentions.js';
import { resolvePatches } from './patches.js';
import type { NamedEntity } from '../../identity/name-index.js';
import { warnPossibleDuplicates } from './possible-duplicates.js';
import { resolveRelationships } from './relationship-drafts.js';
import type { ResolvedLoad } from './resolved-load.js';
import { newResolveState } from './resolve-state.js';

/**
 * Turns validated files into the nodes and relationships they state, against the entities already
 * known (the graph's): gathers each entity's claims from every file that states it, warns of
 * possible duplicates, resolves every reference, checks endpoint labels, keeps every spelling,
 * and adds MENTIONED_IN provenance. Shown values are the preferred claims (claims/claim.ts).
 */
export function resolveSeeds(
  seeds: readonly ValidSeed[],
  known: readonly NamedEntity[],
): ResolvedLoad;
/** `consume`: the caller hands the files over, and each one's slot is emptied once it is drafted. */
export function resolveSeeds(
  seeds: (ValidSeed | undefined)[],
  known: readonly NamedEntity[],
  options: { consume: true },
): ResolvedLoad;
export function resolveSeeds(
  given: readonly (ValidSeed | undefined)[],
  known: readonly NamedEntity[],
  options: { consume?: boolean } = {},
): ResolvedLoad {
  const seeds = given as readonly ValidSeed[]; // every slot is filled until it is drafted
  const state = newResolveState(known);
  declareEntities(state, seeds);
  resolvePatches(state, seeds);
  warnPossibleDuplicates(state, seeds);
  for (let i = 0; i < seeds.length; i++) {
    const seed = seeds[i]!;
    mentionDeclared(state, seed);
    resolveRelationships(state, seed);
    resolveMentions(state, seed);
    if (options.consume) (given as (ValidSeed | undefined)[])[i] = undefined;
  }
  // Drafts become rows one by one, each draft dropped as its row is made (a load's peak memory).
  const nodes = drain(state.nodes, (draft) => {
    const props = draft.claims.shown();
    const aliases = draft.aliases.filter((a) => a !== props.name);
    return { ...draft, props, aliases };
  });
  const relationships = drain(state.rels, (rel) => ({ ...rel, props: rel.claims.shown() }));
  return { nodes, relationships, issues: state.issues };
}

function drain<T, R>(map: Map<string, T>, row: (draft: T) => R): R[] {
  const out: R[] = [];
  for (const [key, draft] of map) {
    out.push(row(draft));
    map.delete(key);
  }
  return out;
}
