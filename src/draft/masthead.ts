/** The organisation a release's masthead names: its publisher. */
import { titleCase } from './dateline.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { ORG_STEM } from './name-joins.js';
import { namedOrg } from './named-org.js';
import { foldedWords } from './tokens.js';
import { ORG_HEADS } from './vocabulary.js';

/**
 * "COUNCIL OF THE EUROPEAN UNION" → "Council of the European Union", "THE NØRGAARD FOUNDATION" →
 * "Nørgaard Foundation"; undefined for no masthead.
 */
export const mastheadName = (masthead: string | undefined): string | undefined =>
  masthead && foldedWords(masthead).some((w) => ORG_HEADS.has(w) || ORG_STEM.test(w))
    ? titleCase(longForm(masthead.replace(ACRONYM_AFTER, ''))).replace(/^The\s+(?!Hague\b)/, '')
    : undefined;

/** "CCM Graz – Centre for Computational Medicine": the long form after its acronym (and city). */
function longForm(masthead: string): string {
  const m = /^(\p{Lu}{2,})(?:\s+\p{Lu}\p{Ll}+)?\s+[–—]\s+(.+)$/u.exec(masthead);
  const initials = m?.[2]!.match(/\b\p{Lu}/gu)?.join('');
  return m && initials === m[1] ? m[2]! : masthead;
}
/** ("Servicio Regional de Salud de Castilla del Norte (SERSAN)": the name, its acronym apart) */
const ACRONYM_AFTER = /\s*\([\p{Lu}\p{N}&-]{2,12}\)\s*$/u;

/** The masthead's organisation: the known one by that name, else a proposed one with a check. */
export function mastheadOrg(
  masthead: string | undefined,
  gaz: Gazetteer,
  builder: DraftBuilder,
): DraftEntity | undefined {
  const name = mastheadName(masthead);
  if (!name) return undefined;
  const why = `new organisation: the release's masthead ("${masthead}"), its publisher`;
  return namedOrg(gaz, builder, name, why, masthead);
}

/** Where a name is written in the text, by offset. */
export const occurrences = (text: string, name: string): number[] => {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) out.push(at);
  return out;
};

/**
 * "Cyprus Presidency of the Council of the European Union" over the page: a proposed organisation
 * written only inside the publisher's name ("Council of the European Union") is a piece of it.
 */
export function withoutPiecesOf(builder: DraftBuilder, text: string, publisher?: DraftEntity) {
  if (!publisher) return;
  const spans = occurrences(text, publisher.name);
  for (const e of [...builder.entities.values()]) {
    if (e === publisher || e.known || e.label !== 'Organisation') continue;
    const found = occurrences(text, e.name);
    const inside = (at: number) =>
      spans.some((s) => s <= at && at + e.name.length <= s + publisher.name.length);
    if (found.length && found.every(inside)) builder.withdraw(e);
  }
}
