import type { Position } from '../issues.js';
import type { ParsedSeed, YamlPath } from '../read/parse-yaml.js';

/**
 * Where an entry sits in its file, looked up only when there is something to report (see
 * parse-yaml.ts). A load holds hundreds of thousands of entries and claim sites: these are small
 * objects whose methods are shared, not closures of their own for every entry.
 */
export class EntryPosition {
  constructor(
    private readonly positionOf: ParsedSeed['positionOf'],
    private readonly path: YamlPath,
    /** Fields stored elsewhere than under their own name (an entity's quantities). */
    private readonly fields?: ReadonlyMap<string, YamlPath>,
  ) {}

  /** The entry itself. */
  get pos(): Position {
    return this.positionOf(this.path);
  }

  /** One of its fields (`from`, `to`, a property…). */
  of(field: string): Position {
    return this.positionOf(this.fields?.get(field) ?? [...this.path, field]);
  }
}

/** Where a claim was written: a field of an entry, or the entry itself (stated-claims.ts's Site). */
export class FieldSite {
  constructor(
    readonly file: string,
    private readonly entry: EntryPosition,
    private readonly field?: string,
  ) {}

  at(): Position {
    return this.field === undefined ? this.entry.pos : this.entry.of(this.field);
  }
}
