/** An organisation the text names by a name the draft makes up or reads off a title. */
import type { DraftBuilder, DraftEntity } from './draft-builder.js';
import type { Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { orgKindOf } from './org-kind.js';
import { foldedWords } from './tokens.js';

/**
 * The known organisation of that name (referred to as written), else a proposed one of that kind
 * (or with the fields given: a kind, initials, a country) with a check saying why the draft
 * proposes it (once, however often the text names it).
 */
export function namedOrg(
  gaz: Gazetteer,
  builder: DraftBuilder,
  name: string,
  why: string,
  written = name,
  fields: Record<string, unknown> = { kind: orgKindOf(name).kind },
): DraftEntity {
  const known = gaz.byName
    .get(foldedWords(name).join(' '))
    ?.find((e) => e.label === 'Organisation');
  if (known) return builder.refer(known, written);
  const entity = builder.propose('Organisation', name, fields);
  if (!entity.checks.includes(why)) entity.checks.push(why);
  return entity;
}

/** The mention of an organisation written over that span of tokens, which it covers. */
export function orgMention(
  entity: DraftEntity,
  span: { first: number; last: number },
  start: number,
  end: number,
  covered: Set<number>,
): Mention {
  for (let t = span.first; t < span.last; t++) covered.add(t);
  return { entity, first: span.first, last: span.last, start, end };
}
