import { issue, SeedIssueCode, type Position } from '../issues.js';
import { ENDPOINTS, IDENTITY_PROPS } from '../../model/relationship-types.js';
import { StatedClaims } from '../claims/stated-claims.js';
import {
  prefers,
  type Props,
  type ValidRelationship,
  type ValidSeed,
} from '../validate/valid-seed.js';
import { FieldSite } from '../validate/entry-position.js';
import { mentionInSource } from './mentions.js';
import { addRelationship } from './add-relationship.js';
import { resolveReference, type ReferenceResolution } from './reference.js';
import type { ResolveState } from './resolve-state.js';

/** Resolves both ends of each relationship of a file, checks their labels, and adds it. */
export function resolveRelationships(state: ResolveState, seed: ValidSeed): void {
  for (const rel of seed.relationships) {
    const ends = ENDPOINTS[rel.type];
    const resolve = (ref: string, allowed: readonly string[], at: () => Position) =>
      resolveReference(ref, allowed as never, state.index, seed.file, at, state.issues);
    const from = resolve(rel.from, ends.from, () => rel.at.of('from'));
    const to = resolve(rel.to, ends.to, () => rel.at.of('to'));
    if (!from || !to || !endsFit(state, seed, rel, from, to)) continue;
    if (from.id === to.id) {
      const msg = `${from.id} cannot be ${rel.type} itself`;
      state.issues.push(issue(seed.file, rel.at.of('to'), SeedIssueCode.SELF_LOOP, msg));
      continue;
    }
    mentionInSource(state, seed, from, new FieldSite(seed.file, rel.at, 'from'));
    mentionInSource(state, seed, to, new FieldSite(seed.file, rel.at, 'to'));
    const ids = { type: rel.type, from: from.id, to: to.id };
    const identity: Props = {};
    const claims = new StatedClaims(ids);
    for (const [k, v] of Object.entries(rel.props)) {
      if ((IDENTITY_PROPS[rel.type] ?? []).includes(k)) identity[k] = v;
      else {
        const site = new FieldSite(seed.file, rel.at, k);
        claims.state(k, v, seed.sourceId, site, state.issues, prefers(rel, k));
      }
    }
    addRelationship(state, { ...ids, identity, props: {}, sources: [seed.sourceId] }, claims);
  }
}

/** WRONG_ENDPOINT for each end whose label the type does not allow (positions looked up lazily). */
function endsFit(
  state: ResolveState,
  seed: ValidSeed,
  rel: ValidRelationship,
  from: ReferenceResolution,
  to: ReferenceResolution,
): boolean {
  const ends = ENDPOINTS[rel.type];
  let fits = true;
  for (const [end, r, allowed, at] of [
    ['start at', from, ends.from, () => rel.at.of('from')],
    ['end at', to, ends.to, () => rel.at.of('to')],
  ] as const) {
    if ((allowed as readonly string[]).includes(r.label)) continue;
    fits = false;
    const msg = `${rel.type} cannot ${end} ${r.label} ${r.id}: it goes from ${ends.from.join('|')} to ${ends.to.join('|')}`;
    state.issues.push(issue(seed.file, at(), SeedIssueCode.WRONG_ENDPOINT, msg));
  }
  return fits;
}
