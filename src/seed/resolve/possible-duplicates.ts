import { issue, SeedIssueCode } from '../issues.js';
import { NAME_IDENTIFIED } from '../../model/labels.js';
import type { ValidSeed } from '../validate/valid-seed.js';
import { normaliseText } from '../../model/names/normalise.js';
import { eventLookAlike } from './event-duplicates.js';
import { lookAlikeSkeleton } from './skeleton.js';
import type { ResolveState } from './resolve-state.js';
import type { ValidEntity } from '../validate/valid-seed.js';

/** Bulk loads (generated data) can have thousands; the first ones make the point. */
const MAX_DUPLICATE_WARNINGS = 50;

/**
 * POSSIBLE_DUPLICATE: a new entity (not in the graph) whose name equals or closely matches that of
 * another entity of the same label, in the files or in the graph. Only labels whose names
 * identify them are checked (labels.ts).
 */
export function warnPossibleDuplicates(state: ResolveState, seeds: readonly ValidSeed[]): void {
  const reported = new Set<string>();
  const { index, issues } = state;
  for (const seed of seeds) {
    for (const e of seed.entities) {
      if (state.knownIds.has(e.id) || reported.has(e.id) || !NAME_IDENTIFIED.has(e.label)) continue;
      const name = String(state.nodes.get(e.id)!.props.name);
      if (e.label === 'Event' && warnEvent(state, e, reported)) continue;
      // The name, then each alias: the same spelling (or a close one, for the name) elsewhere.
      // A name in look-alike letters of another script reads as the Latin one.
      const skeleton = lookAlikeSkeleton(name);
      const spellings = [name, ...e.aliases, ...(skeleton ? [skeleton] : [])];
      const same = spellings.flatMap((spelling) =>
        index.exact(spelling).filter((id) => id !== e.id && index.get(id)?.label === e.label),
      );
      const close = index.close(name, [e.label], e.id, false).filter((c) => !same.includes(c.id));
      const other = same[0] ? { id: same[0], distance: 0 } : close[0];
      if (!other || reported.has(other.id) || normaliseText(name) === '') continue;
      reported.add(e.id);
      if (reported.size > MAX_DUPLICATE_WARNINGS) continue;
      const scripts = skeleton ? ' (it mixes look-alike letters of other scripts)' : '';
      const msg = `'${name}' (${e.id}) looks like ${other.id} (distance ${other.distance})${scripts}: the same ${e.label}? Use one id, or keep both if they differ`;
      issues.push(issue(seed.file, e.at.of('name'), SeedIssueCode.POSSIBLE_DUPLICATE, msg));
    }
  }
  const unlisted = reported.size - MAX_DUPLICATE_WARNINGS;
  if (unlisted > 0 && seeds[0]) {
    const msg = `… and ${unlisted} more possible duplicates, not listed (each costs a look-up of its line)`;
    issues.push(issue(seeds[0].file, { line: 1, col: 1 }, SeedIssueCode.POSSIBLE_DUPLICATE, msg));
  }
}

/** An event on the same day in the same city as a known one, or within a day with a similar name. */
function warnEvent(state: ResolveState, e: ValidEntity, reported: Set<string>): boolean {
  const self = state.index.get(e.id);
  const other = self && eventLookAlike(state.index, self);
  if (!self || !other || reported.has(other.id)) return false;
  reported.add(e.id);
  const where = (x: typeof self) => [x.date, x.city].filter(Boolean).join(', ');
  const msg = `'${self.name}' (${e.id}, ${where(self)}) looks like ${other.id} '${other.name}' (${where(other)}): the same event? Use one id, or keep both if they differ`;
  state.issues.push(issue(e.file, e.at.of('date'), SeedIssueCode.POSSIBLE_DUPLICATE, msg));
  return true;
}
