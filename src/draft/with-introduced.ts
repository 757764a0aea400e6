/** A text's introduced names ("Full Name (ACR)") laid over the graph's, for that text. */
import { ENTITY_SCHEMAS } from '../model/entity-schemas.js';
import type { DraftBuilder } from './draft-builder.js';
import { extendGazetteer, type Gazetteer, type KnownEntity } from './gazetteer.js';
import type { Introduced } from './introduced.js';
import { findKnown } from './known-matches.js';
import { tokenize } from './tokens.js';

/**
 * The gazetteer with the text's introduced names in it: a new one is proposed (declared in the
 * draft) and its acronym finds it everywhere; a known one gains the acronym as a spelling.
 */
export function withIntroduced(
  gaz: Gazetteer,
  introduced: readonly Introduced[],
  builder: DraftBuilder,
): Gazetteer {
  if (!introduced.length) return gaz;
  const replaced = new Map<string, KnownEntity>();
  const added: KnownEntity[] = [];
  for (const n of introduced) {
    // (by its acronym alone only a curator's entity: a dataset's "HDA" may be another body)
    const byAcronym = n.acronym ? knownAs(n.acronym, gaz) : undefined;
    const known = knownAs(n.name, gaz) ?? (byAcronym?.fromDataset ? undefined : byAcronym);
    if (known) {
      // (marked as the text's: its acronym finds it here, even one other entities share)
      const e = replaced.get(known.id) ?? known;
      const has = !n.acronym || e.acronym === n.acronym || e.aliases.includes(n.acronym);
      const aliases = [...e.aliases, ...(has ? [] : [n.acronym]), ...(n.alias ? [n.alias] : [])];
      replaced.set(known.id, { ...e, aliases, introducedHere: true });
      continue;
    }
    const own = n.acronym === n.name; // a project named by its acronym alone
    // (a label without an acronym field, a document's "Evaluation Summary Report (ESR)": an alias)
    const acronymed = 'acronym' in ENTITY_SCHEMAS[n.label].shape;
    const short = own || !n.acronym ? [] : [n.acronym];
    const aliases = [...(acronymed ? [] : short), ...(n.alias ? [n.alias] : [])];
    const fields = {
      ...(n.kind ? { kind: n.kind } : {}),
      ...(acronymed && short.length ? { acronym: short[0] } : {}),
      ...(aliases.length ? { aliases } : {}),
    };
    const entity = builder.propose(n.label, n.name, fields, n.name);
    if (!entity.checks.length)
      entity.checks.push(
        own
          ? `new project, named only by its acronym "${n.name}" (the text says it is a project or names its coordinator): give its full name if the text has it`
          : `new ${n.label.toLowerCase()}, introduced as "${n.written ?? `${n.name} (${n.acronym})`}"`,
      );
    added.push({
      id: entity.id,
      label: n.label,
      name: n.name,
      aliases: n.alias ? [n.alias] : [],
      ...(n.acronym ? { acronym: n.acronym } : {}),
      introducedHere: true,
    });
  }
  return { ...extendGazetteer(gaz, [...replaced.values(), ...added]), ids: gaz.ids };
}

/** The known entity a whole name spells exactly, if one. */
function knownAs(name: string, gaz: Gazetteer): KnownEntity | undefined {
  const tokens = tokenize(name);
  const m = findKnown(name, tokens, gaz).find((k) => k.start === 0 && k.end === name.length);
  return m && m.how !== 'close' ? m.entity : undefined;
}
