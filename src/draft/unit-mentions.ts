import type { DraftBuilder } from './draft-builder.js';
import { knownSpelledAs, type Gazetteer } from './gazetteer.js';
import type { Mention } from './mentions.js';
import { closeToKnown } from './name-checks.js';
import type { Token } from './tokens.js';
import type { UnitName } from './unit-names.js';

/**
 * Units named with their code or in quotation marks (`Unit C.3 "Digital Health and Health Data"`):
 * the known unit of that name, or a new one (kind UNIT) whose alias is the form with the code.
 * Their words are covered, so no other reading takes "Unit C" or "Digital Health".
 */
export function unitMentions(
  units: readonly UnitName[],
  tokens: readonly Token[],
  gaz: Gazetteer,
  builder: DraftBuilder,
  covered: Set<number>,
): Mention[] {
  const out: Mention[] = [];
  for (const unit of units) {
    const first = tokens.findIndex((t) => t.start >= unit.start);
    const last = tokens.findIndex((t) => t.end > unit.end);
    const end = last < 0 ? tokens.length : last;
    if (first < 0 || range(first, end).some((t) => covered.has(t))) continue;
    const known = knownSpelledAs(gaz, unit.name, (e) => e.label === 'Organisation');
    // (the code before the name is how a DG's staff write it: "C.1 Digital Health")
    const coded =
      unit.code && !unit.directorate && unit.name !== `Unit ${unit.code}`
        ? `${unit.code} ${unit.name}`
        : '';
    const aliases = [...new Set([unit.written, coded])].filter((a) => a && a !== unit.name);
    const entity = known
      ? builder.refer(known, unit.name)
      : builder.propose('Organisation', unit.name, {
          kind: unit.directorate ? 'DIRECTORATE_GENERAL' : 'UNIT',
          ...(aliases.length ? { aliases } : {}),
        });
    if (!entity.known && !entity.checks.length) {
      const what = unit.directorate ? 'a directorate' : 'a unit';
      entity.checks.push(...closeToKnown(unit.name, gaz), `new organisation (${what})`);
      if (
        !unit.name.includes(' ') ||
        unit.name === `Unit ${unit.code}` ||
        unit.name === unit.written
      )
        entity.checks.push(`${what} known by its code only: give its name`);
    }
    for (const t of range(first, end)) covered.add(t);
    out.push({ entity, first, last: end, start: unit.start, end: unit.end });
  }
  return out;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
