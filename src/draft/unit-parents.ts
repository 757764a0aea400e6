import type { DraftBuilder } from './draft-builder.js';
import type { Mention, Mentions } from './mentions.js';
import { GENERIC_UNIT } from './qualified-units.js';
import { tokenAt, type Token } from './tokens.js';

/* Units named with the organisation they belong to: PART_OF it. */

/** "at Uppsala University's Faculty of Law": the unit the organisation owns, PART_OF it. */
export function ownUnit(
  text: string,
  tokens: readonly Token[],
  org: Mention,
  mentions: Mentions,
  builder: DraftBuilder,
): Mention | undefined {
  const owns = /^['’]s\s+(?=\p{Lu})/u.exec(text.slice(org.end, org.end + 4));
  const unit =
    owns && mentions.orgAt(tokenAt(tokens, org.end + owns[0].length), { newOnlyIfTyped: true });
  if (!unit || unit.entity === org.entity) return undefined;
  builder.relate(unit.entity, 'PART_OF', org.entity, { evidence: text.slice(org.start, unit.end) });
  return unit;
}

/** Every "<Org>'s <Unit>" of the text, a person's or not ("co-hosted by X's Faculty of …"). */
export function ownedUnits(
  text: string,
  tokens: readonly Token[],
  mentions: Mentions,
  builder: DraftBuilder,
): void {
  for (const m of [...mentions.all])
    if (m.entity.label === 'Organisation') ownUnit(text, tokens, m, mentions, builder);
  for (const m of [...mentions.all]) kindsUnit(text, m, mentions, builder);
}

/** "the university's Institute of Computer Science": the kind of its parent, then the unit. */
const KIND_OWNS = /\bthe\s+(university|hospital|institute|faculty)['’]s\s+$/i;
const KIND_NAME: Readonly<Record<string, RegExp>> = {
  university: /\bUniversit/u,
  hospital: /\bHospital|\bKlinikum|\bHôpital/u,
  institute: /\bInstitut/u,
  faculty: /\bFaculty/u,
};

/**
 * "… in Tartu, hosted by the university's Institute of Computer Science … of the University of
 * Tartu": a generic unit of the one organisation of that kind the text names (the nearest before
 * it, else after it), PART_OF it.
 */
function kindsUnit(text: string, unit: Mention, mentions: Mentions, builder: DraftBuilder): void {
  const kind = KIND_OWNS.exec(text.slice(Math.max(0, unit.start - 30), unit.start))?.[1];
  if (!kind || unit.entity.known || !GENERIC_UNIT.test(unit.entity.name)) return;
  const ofKind = mentions.all.filter(
    (m) =>
      m.entity.label === 'Organisation' &&
      m.entity !== unit.entity &&
      KIND_NAME[kind.toLowerCase()]!.test(m.entity.name),
  );
  const parent = ofKind.filter((m) => m.end <= unit.start).at(-1) ?? ofKind[0];
  if (!parent) return;
  const before = text.slice(Math.max(0, unit.start - 30), unit.start);
  const start = unit.start - (/the\s+\S+['’]s\s+$/i.exec(before)?.[0].length ?? 0);
  builder.relate(unit.entity, 'PART_OF', parent.entity, { evidence: text.slice(start, unit.end) });
}

/**
 * "the Faculty of Medicine at Lund University", "Department of Physics, Uppsala University": a
 * generic unit, then the organisation it belongs to; the unit is PART_OF it (and is then named
 * with it: qualified-units.ts). A unit of the same name already part of another organisation
 * ("the Department of Mechanical Engineering at FEUP" and "… at KU Leuven") is another unit,
 * named with its parent at once. Returns the unit and its parent.
 */
const ACADEMIC =
  /\b(?:Universit\p{L}*|College|Hospital|Institute|Institut\p{L}*|School|Academy)\b/u;

export function unitParent(
  text: string,
  tokens: readonly Token[],
  unit: Mention,
  mentions: Mentions,
  builder: DraftBuilder,
): { unit: Mention; parent: Mention } | undefined {
  if (unit.entity.known || !GENERIC_UNIT.test(unit.entity.name)) return undefined;
  const link = /^(?:\s+(?:at|of|in)\s+(?:the\s+)?|,\s+)(?=\p{Lu})/u.exec(
    text.slice(unit.end, unit.end + 12),
  );
  const parent = link && mentions.orgAt(tokenAt(tokens, unit.end + link[0].length));
  if (!parent || parent.entity === unit.entity) return undefined;
  // ("the Department of Health, the European Commission and WHO": a list, not a parent; after a
  // comma only a university, a hospital or an institute is one)
  if (link[0].startsWith(',') && !ACADEMIC.test(parent.entity.name)) return undefined;
  const partOf = [...builder.relationships.values()].find(
    (r) => r.type === 'PART_OF' && r.from === unit.entity.id,
  );
  const own =
    partOf && partOf.to !== parent.entity.id
      ? {
          ...unit,
          entity: builder.propose('Organisation', `${unit.entity.name}, ${parent.entity.name}`, {
            kind: 'UNIT',
            aliases: [unit.entity.name],
          }),
        }
      : unit;
  if (own !== unit && !own.entity.checks.length)
    own.entity.checks.push(
      `new organisation: a unit named like another one, here of ${parent.entity.name}`,
    );
  const evidence = text.slice(unit.start, parent.end);
  builder.relate(own.entity, 'PART_OF', parent.entity, { evidence });
  return { unit: own, parent };
}
