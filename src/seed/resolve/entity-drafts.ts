import { StatedClaims } from '../claims/stated-claims.js';
import { FieldSite } from '../validate/entry-position.js';
import { prefers, type ValidEntity, type ValidSeed } from '../validate/valid-seed.js';
import type { NodeDraft, ResolveState } from './resolve-state.js';

/**
 * Every entity the files declare, one draft per id: each property value becomes a claim of the
 * file's source document (two documents may disagree: both kept, reported), each spelling an alias.
 */
export function declareEntities(state: ResolveState, seeds: readonly ValidSeed[]): void {
  for (const seed of seeds)
    for (const e of [seed.source, ...seed.entities]) declareEntity(state, e, seed.sourceId);
  for (const draft of state.nodes.values()) indexDraft(state, draft);
}

/** Adds what one entry states about an entity (a declaration or a patch) to its draft. */
export function declareEntity(state: ResolveState, e: ValidEntity, source: string): NodeDraft {
  let draft = state.nodes.get(e.id);
  if (!draft) {
    draft = { id: e.id, label: e.label, props: {}, aliases: [], claims: new StatedClaims(e.id) };
    state.nodes.set(e.id, draft);
  }
  for (const [property, value] of Object.entries(e.props)) {
    const site = new FieldSite(e.file, e.at, property);
    draft.claims.state(property, value, source, site, state.issues, prefers(e, property));
  }
  const spellings = e.asWritten ? [...e.aliases, e.asWritten] : e.aliases;
  spellings.forEach((spelling, i) => {
    const field = e.asWritten === spelling && i === spellings.length - 1 ? 'asWritten' : 'aliases';
    const site = new FieldSite(e.file, e.at, field);
    if (!draft.aliases.includes(spelling)) draft.aliases.push(spelling);
    draft.claims.state('aliases', spelling, source, site, state.issues);
  });
  return draft;
}

/** Makes a draft's name, aliases and acronym findable by the references that follow. */
export function indexDraft(state: ResolveState, draft: NodeDraft): void {
  const { name, acronym, date, city } = draft.claims.shown();
  if (name !== undefined) Object.assign(draft.props, { name });
  const known = state.index.get(draft.id);
  const entity = known ?? {
    id: draft.id,
    label: draft.label,
    name: String(name),
    aliases: [],
    ...(date !== undefined ? { date: String(date) } : {}),
    ...(city !== undefined ? { city: String(city) } : {}),
  };
  // Acronyms are spellings too: "VHT" refers to the initiative whose acronym it is.
  const spellings = [...(name !== undefined ? [String(name)] : []), ...draft.aliases];
  if (acronym !== undefined) spellings.push(String(acronym));
  state.index.add(entity, spellings);
}
