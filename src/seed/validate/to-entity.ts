import { MENTION_FIELDS } from '../model/entity-schemas.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';
import type { Props, ValidEntity } from './valid-seed.js';

/** A schema-checked entry as a ValidEntity: node properties apart from aliases and mention fields. */
export function toEntity(
  parsed: ParsedSeed,
  path: YamlPath,
  data: Record<string, unknown>,
  label: ValidEntity['label'],
): ValidEntity {
  const { id, aliases, asWritten, quote, prefer, ...props } = data as {
    id: string;
    aliases?: string[];
    asWritten?: string;
    quote?: string;
    prefer?: true | string[];
  } & Props;
  for (const field of MENTION_FIELDS) delete (props as Record<string, unknown>)[field];
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
    posOf: (field) => parsed.positionOf([...path, field]),
  };
}
