/**
 * "Faculty of Medicine" of the University of Helsinki: a generic unit's name is many
 * organisations' (every university has one), so a proposed unit with a parent in the draft is
 * named "Faculty of Medicine, University of Helsinki", its short name an alias.
 */
import type { DraftBuilder } from './draft-builder.js';

export const GENERIC_UNIT =
  /^(?:Faculty|School|Institute|Department|Dept\.?|Division|Clinic|Laboratory|Service|Section)\s+(?:of|for)\s+[^,]+$/;

export function qualifyUnits(builder: DraftBuilder): void {
  for (const unit of [...builder.entities.values()]) {
    if (unit.known || unit.label !== 'Organisation' || !GENERIC_UNIT.test(unit.name)) continue;
    const parents = [...builder.relationships.values()]
      .filter((r) => r.type === 'PART_OF' && r.from === unit.id)
      .map((r) => builder.entities.get(r.to));
    const parent = parents.length === 1 ? parents[0] : undefined;
    if (!parent) continue;
    const aliases = [...((unit.fields.aliases as string[] | undefined) ?? []), unit.name];
    const renamed = builder.rename(unit, `${unit.name}, ${parent.name}`, {
      ...unit.fields,
      kind: 'UNIT',
      aliases,
    });
    const guessed = renamed.checks.findIndex((c) => c.startsWith('kind guessed'));
    if (guessed >= 0) renamed.checks.splice(guessed, 1);
  }
}
