/** The organisation a release's masthead names: its publisher. */
import { titleCase } from './dateline.js';
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { ORG_STEM } from './name-joins.js';
import { namedOrg } from './named-org.js';
import { foldedWords } from './tokens.js';
import { ORG_HEADS } from './vocabulary.js';

/** "COUNCIL OF THE EUROPEAN UNION" → "Council of the European Union"; undefined for no masthead. */
export const mastheadName = (masthead: string | undefined): string | undefined =>
  masthead && foldedWords(masthead).some((w) => ORG_HEADS.has(w) || ORG_STEM.test(w))
    ? titleCase(masthead.replace(ACRONYM_AFTER, ''))
    : undefined;
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
