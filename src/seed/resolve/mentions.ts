import { StatedClaims, type Site } from '../claims/stated-claims.js';
import { FieldSite } from '../validate/entry-position.js';
import { LABELS } from '../../model/labels.js';
import type { Props, ValidSeed } from '../validate/valid-seed.js';
import { addRelationship } from './add-relationship.js';
import { relKey } from './resolved-load.js';
import { resolveReference, type ReferenceResolution } from './reference.js';
import { keepSpelling, type ResolveState } from './resolve-state.js';

/**
 * MENTIONED_IN provenance: the entity appears in the file's source document (declared there, at an
 * end of one of its relationships, or listed under `mentions`). Its spelling there (`asWritten`)
 * and the words quoted are claims of that document; one document may spell an entity several ways.
 */
export function mentionInSource(
  state: ResolveState,
  seed: ValidSeed,
  target: ReferenceResolution | undefined,
  site: Site,
  extra: Props = {},
): void {
  if (!target || target.id === seed.sourceId) return;
  const props: Props = { ...extra, ...(target.asWritten ? { asWritten: target.asWritten } : {}) };
  if (target.asWritten) keepSpelling(state, target.id, target.asWritten, seed.sourceId, site);
  const row = { type: 'MENTIONED_IN', from: target.id, to: seed.sourceId, identity: {}, props: {} };
  // Said again with nothing to add (an entity named by many of its file's facts): already there.
  if (!Object.keys(props).length && state.rels.has(relKey(row))) return;
  const claims = new StatedClaims(row);
  for (const [k, v] of Object.entries(props)) claims.state(k, v, seed.sourceId, site, state.issues);
  addRelationship(state, { ...row, sources: [seed.sourceId] }, claims);
}

/** Each declared entity is mentioned in its file's source, with its spelling and quote there. */
export function mentionDeclared(state: ResolveState, seed: ValidSeed): void {
  for (const e of seed.entities) {
    const extra: Props = {
      ...(e.asWritten ? { asWritten: e.asWritten } : {}),
      ...(e.quote ? { quote: e.quote } : {}),
    };
    const site = new FieldSite(seed.file, e.at);
    mentionInSource(state, seed, { id: e.id, label: e.label }, site, extra);
  }
}

/** The file's `mentions:` list: references of any label. */
export function resolveMentions(state: ResolveState, seed: ValidSeed): void {
  for (const m of seed.mentions) {
    const site = new FieldSite(seed.file, m.at);
    const at = () => site.at();
    const target = resolveReference(m.ref, LABELS, state.index, seed.file, at, state.issues);
    if (!target) continue;
    const asWritten = m.asWritten ?? target.asWritten;
    const extra: Props = m.quote ? { quote: m.quote } : {};
    mentionInSource(state, seed, { ...target, ...(asWritten ? { asWritten } : {}) }, site, extra);
  }
}
