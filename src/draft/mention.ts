import type { DraftEntity } from './draft-builder.js';

/** Where the text names an entity (known or proposed). */
export interface Mention {
  readonly entity: DraftEntity;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  /** "Professor" before a person's name. */
  readonly title?: string;
}

export interface OrgAtOptions {
  /** Propose a new organisation only when its name says it is one ("… Institute", "… GmbH"). */
  readonly newOnlyIfTyped?: boolean;
  /** … or when the name ends at this offset (the last words of an appositive after a title). */
  readonly untypedIfEndingAt?: number;
}

/** An organisation or a project: what a person holds a role at. */
export const isOrgLike = (m: Mention): boolean =>
  ['Organisation', 'Project'].includes(m.entity.label);
