import type { Label } from '../../model/labels.js';
import type { RelationshipType } from '../../model/relationship-types.js';
import type { SeedIssue } from '../issues.js';
import type { EntryPosition } from './entry-position.js';

/** Plain property values as curated (dates still as YYYY-MM-DD strings). */
export type Props = Record<string, string | number | boolean>;

export interface ValidEntity {
  readonly file: string;
  readonly id: string;
  readonly label: Label;
  readonly props: Props;
  readonly aliases: readonly string[];
  readonly asWritten?: string;
  readonly quote?: string;
  /** Properties whose value here wins when documents disagree (`prefer:`), or true for all. */
  readonly prefer?: true | readonly string[];
  /** Where it is written (the entry, or one of its fields). */
  readonly at: EntryPosition;
}

/** True when the entry asks for its value of this property to be shown (`prefer:`). */
export const prefers = (e: { prefer?: true | readonly string[] }, property: string): boolean =>
  e.prefer === true || (Array.isArray(e.prefer) && e.prefer.includes(property));

export interface ValidRelationship {
  readonly file: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
  readonly prefer?: true | readonly string[];
  /** Where it is written (the entry, or one of its fields: `from`, `to`…). */
  readonly at: EntryPosition;
}

export interface ValidMention {
  readonly file: string;
  readonly ref: string;
  readonly asWritten?: string;
  readonly quote?: string;
  readonly at: EntryPosition;
}

/** An entry that adds to a known entity (`ref:` instead of `id:`); checked once its label is known. */
export interface ValidPatch {
  readonly file: string;
  readonly ref: string;
  /** Where it is written (`ref` and the other fields). */
  readonly at: EntryPosition;
  readonly check: (label: Label, id: string) => { entity?: ValidEntity; issues: SeedIssue[] };
}

/** One seed file that passed validation: its source document and what it states. */
export interface ValidSeed {
  readonly file: string;
  readonly sourceId: string;
  /** The source's own Document node (sha256 of the text copy included). */
  readonly source: ValidEntity;
  readonly entities: readonly ValidEntity[];
  readonly patches: readonly ValidPatch[];
  readonly relationships: readonly ValidRelationship[];
  readonly mentions: readonly ValidMention[];
}
