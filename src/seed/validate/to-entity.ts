import type { MENTION_FIELDS } from '../../model/entity-schemas.js';
import { EntryPosition } from './entry-position.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import type { Props, ValidEntity } from './valid-seed.js';

interface QuantityInput {
  counts: string;
  value: number;
  qualifier?: string;
}

/** `quantity:<what is counted>`, lower case, single spaces: one property per counted thing. */
export const quantityProperty = (counts: string): string =>
  `quantity:${counts.toLowerCase().replace(/\s+/g, ' ').trim()}`;

/** A schema-checked entry as a ValidEntity: node properties apart from aliases and mention fields. */
export function toEntity(
  parsed: ParsedSeed,
  path: YamlPath,
  data: Record<string, unknown>,
  label: ValidEntity['label'],
): ValidEntity {
  const { id, aliases, asWritten, quote, prefer, quantities, ...rest } = data as {
    id: string;
    aliases?: string[];
    asWritten?: string;
    quote?: string;
    prefer?: true | string[];
    quantities?: QuantityInput[];
  } & Props;
  // The entry keeps the file's position look-up, not the parsed file (its data is dropped after
  // validation).
  const { positionOf } = parsed;
  // The mention fields (MENTION_FIELDS) are taken out above, by name.
  const props: Record<string, unknown> = rest;
  // Each figure is a claim of its own property, so two documents counting one thing differently
  // conflict, while different things counted do not.
  const quantityAt = quantities?.length ? new Map<string, YamlPath>() : undefined;
  (quantities ?? []).forEach((q, i) => {
    const property = quantityProperty(q.counts);
    quantityAt?.set(property, [...path, 'quantities', i]);
    const { counts, value, qualifier } = q;
    props[property] = JSON.stringify({ counts, value, ...(qualifier ? { qualifier } : {}) });
  });
  return {
    file: parsed.file,
    id,
    label,
    props: props as Props,
    aliases: aliases ?? [],
    ...(asWritten !== undefined ? { asWritten } : {}),
    ...(quote !== undefined ? { quote } : {}),
    ...(prefer !== undefined ? { prefer } : {}),
    at: new EntryPosition(positionOf, path, quantityAt),
  };
}

/** Fails to compile when the model gains a mention field that `toEntity` does not take out. */
const _mentionFieldsTakenOut: Record<(typeof MENTION_FIELDS)[number], true> = {
  asWritten: true,
  quote: true,
  prefer: true,
};
