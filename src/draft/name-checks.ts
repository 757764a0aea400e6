import type { DraftEntity } from './draft-builder.js';
import type { Gazetteer, KnownEntity } from './gazetteer.js';
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
  // "ISO", "PET": a short form only a dataset gives, perhaps another body's, or no body's
  if (m.entity.fromDataset && !m.entity.introducedHere && m.last - m.first === 1) {
    const note = `"${m.written}" read as ${m.entity.name} (${m.entity.id}), a short form only a dataset gives: is it the one meant?`;
    if (!entity.checks.includes(note)) entity.checks.push(note);
  }
  for (const alt of m.alternatives) {
    const note = `"${m.written}" is also ${alt.name} (${alt.id}): which one?`;
    if (!entity.checks.includes(note)) entity.checks.push(note);
  }
}

/**
 * Known entities a proposed name is close to, beyond a typo: a person of the same surname, or a
 * person's or organisation's name within 3 edits (names of a near length, the same first or last
 * letter: a typo seldom changes both ends).
 */
export function closeToKnown(name: string, gaz: Gazetteer): string[] {
  const words = foldedWords(name);
  const folded = words.join(' ');
  const out = new Set<string>();
  const add = (e: KnownEntity) => out.add(`close to ${e.name} (${e.id})`);
  if (words.length > 1) for (const e of gaz.bySurname.get(words.at(-1)!) ?? []) add(e);
  for (let n = folded.length - 3; n <= folded.length + 3 && out.size < 3; n++)
    for (const other of gaz.namesByLength.get(n) ?? []) {
      if (other[0] !== folded[0] && other.at(-1) !== folded.at(-1)) continue;
      if (editDistance(folded, other, 3) > 3) continue;
      for (const e of gaz.byName.get(other) ?? [])
        if (e.label === 'Person' || e.label === 'Organisation') add(e);
    }
  return [...out].slice(0, 3);
}
