import type { Label } from '../model/labels.js';

/** An entity of the graph a dataset's names are matched against. */
export interface KnownEntity {
  readonly id: string;
  readonly label: Label;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym?: string;
  /** Created by an earlier run of this dataset's import (not curated): never a link target. */
  readonly imported: boolean;
  /** Identifiers it states elsewhere, `scheme:value` (`pic:999978433`, `grant:101137289`). */
  readonly externalIds?: readonly string[];
}
