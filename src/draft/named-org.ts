/** An organisation the text names by a name the draft makes up or reads off a title. */
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import { orgKindOf } from './org-kind.js';
import { foldedWords } from './tokens.js';

/**
 * The known organisation of that name (referred to as written), else a proposed one of that kind
 * with a check saying why the draft proposes it (once, however often the text names it).
 */
export function namedOrg(
  gaz: Gazetteer,
  builder: DraftBuilder,
  name: string,
  why: string,
  written = name,
): DraftEntity {
  const known = gaz.byName
    .get(foldedWords(name).join(' '))
    ?.find((e) => e.label === 'Organisation');
  if (known) return builder.refer(known, written);
  const entity = builder.propose('Organisation', name, { kind: orgKindOf(name).kind });
  if (!entity.checks.includes(why)) entity.checks.push(why);
  return entity;
}
