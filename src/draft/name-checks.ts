import type { DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { KnownMatch } from './known-matches.js';
import { editDistance } from '../model/names/edit-distance.js';
import { foldedWords } from './tokens.js';

/** The checks a curator needs on a name: a close or ambiguous match, a near known name. */

/** A known name matched by a close spelling, or one that is also another entity's. */
export function noteUncertain(entity: DraftEntity, m: KnownMatch): void {
  if (m.how === 'close') {
    const note = `"${m.written}" read as ${m.entity.name} (${m.entity.id}): a close spelling`;
    if (!entity.checks.includes(note)) entity.checks.push(note);
  }
  for (const alt of m.alternatives) {
    const note = `"${m.written}" is also ${alt.name} (${alt.id}): which one?`;
    if (!entity.checks.includes(note)) entity.checks.push(note);
  }
}

/** Known entities a proposed name is close to, beyond a typo: same surname, or 3 edits. */
export function closeToKnown(name: string, gaz: Gazetteer): string[] {
  const words = foldedWords(name);
  const last = words.at(-1)!;
  const folded = words.join(' ');
  const out: string[] = [];
  for (const [other, entities] of gaz.byName) {
    const surname = words.length > 1 && (other === last || other.endsWith(` ${last}`));
    const typo = Math.abs(other.length - folded.length) <= 3 && editDistance(folded, other, 3) <= 3;
    if (!surname && !typo) continue;
    for (const e of entities)
      if ((e.label === 'Person' && (surname || typo)) || (e.label === 'Organisation' && typo))
        out.push(`close to ${e.name} (${e.id})`);
    if (out.length >= 3) break;
  }
  return out.slice(0, 3);
}
