import { MENTION_FIELDS } from '../../model/entity-schemas.js';
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
  const { id, aliases, asWritten, quote, prefer, quantities, ...props } = data as {
    id: string;
    aliases?: string[];
    asWritten?: string;
    quote?: string;
    prefer?: true | string[];
    quantities?: QuantityInput[];
  } & Props;
  for (const field of MENTION_FIELDS) delete (props as Record<string, unknown>)[field];
  // Each figure is a claim of its own property, so two documents counting one thing differently
  // conflict, while different things counted do not.
  const quantityAt = new Map<string, number>();
  (quantities ?? []).forEach((q, i) => {
    const property = quantityProperty(q.counts);
    quantityAt.set(property, i);
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
    get pos() {
      return parsed.positionOf(path);
    },
    posOf: (field) =>
      parsed.positionOf(
        quantityAt.has(field) ? [...path, 'quantities', quantityAt.get(field)!] : [...path, field],
      ),
  };
}
