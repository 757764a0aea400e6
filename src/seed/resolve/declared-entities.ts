import type { ValidSeed } from '../validate/valid-seed.js';
import type { NamedEntity } from '../../identity/name-index.js';

/** Entities declared by already-valid files, as context when validating others on their own. */
export function declaredEntities(seeds: readonly ValidSeed[]): NamedEntity[] {
  return seeds.flatMap((s) =>
    [s.source, ...s.entities].map((e) => ({
      id: e.id,
      label: e.label,
      name: String(e.props.name),
      aliases: [
        ...e.aliases,
        ...(e.asWritten ? [e.asWritten] : []),
        ...(e.props.acronym ? [String(e.props.acronym)] : []),
      ],
    })),
  );
}
