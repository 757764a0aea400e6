import type { ValidSeed } from '../validate/valid-seed.js';
import { declareEntities } from './entity-drafts.js';
import { mentionDeclared, resolveMentions } from './mentions.js';
import type { NamedEntity } from './name-index.js';
import { warnPossibleDuplicates } from './possible-duplicates.js';
import { resolveRelationships } from './relationship-drafts.js';
import type { ResolvedLoad } from './resolved-load.js';
import { newResolveState } from './resolve-state.js';

/**
 * Turns validated files into the nodes and relationships they state, against the entities already
 * known (the graph's): merges each entity stated by several files, warns of possible duplicates,
 * resolves every reference, checks endpoint labels, and adds MENTIONED_IN provenance.
 */
export function resolveSeeds(
  seeds: readonly ValidSeed[],
  known: readonly NamedEntity[],
): ResolvedLoad {
  const state = newResolveState(known);
  declareEntities(state, seeds);
  warnPossibleDuplicates(state, seeds);
  for (const seed of seeds) {
    mentionDeclared(state, seed);
    resolveRelationships(state, seed);
    resolveMentions(state, seed);
  }
  const nodes = [...state.nodes.values()].map((d) => d.row);
  for (const node of nodes) {
    const kept = node.aliases.filter((a) => a !== node.props.name);
    node.aliases.splice(0, node.aliases.length, ...kept);
  }
  const relationships = [...state.rels.values()].map(({ origin: _origin, ...row }) => row);
  return { nodes, relationships, issues: state.issues };
}
