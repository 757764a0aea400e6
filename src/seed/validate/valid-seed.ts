import type { Label } from '../model/labels.js';
import type { RelationshipType } from '../model/relationship-types.js';
import type { Position } from '../issues.js';

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
  readonly pos: Position;
  readonly posOf: (field: string) => Position;
}

export interface ValidRelationship {
  readonly file: string;
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
  readonly pos: Position;
  readonly fromPos: Position;
  readonly toPos: Position;
}

export interface ValidMention {
  readonly file: string;
  readonly ref: string;
  readonly asWritten?: string;
  readonly quote?: string;
  readonly pos: Position;
}

/** One seed file that passed validation: its source document and what it states. */
export interface ValidSeed {
  readonly file: string;
  readonly sourceId: string;
  /** The source's own Document node (sha256 of the text copy included). */
  readonly source: ValidEntity;
  readonly entities: readonly ValidEntity[];
  readonly relationships: readonly ValidRelationship[];
  readonly mentions: readonly ValidMention[];
}
