import type { Judgement } from '../../identity/judgements.js';
import type { KnownEntity } from '../../identity/known-entity.js';
import type { Suggestion } from '../../identity/suggestions.js';
import type { Dataset, DatasetDocument } from './dataset.js';
import type { EntityCounts } from './entity-counts.js';
import type { RowIssue } from './issues.js';
import type { BatchWrite, EntityWrites } from './write-entities.js';

/** One file read once: its valid records, its problems, and its sha256 (hashed while read). */
export interface FileRead<R> {
  readonly file: string;
  readonly sha256: string;
  readonly records: R[];
  readonly issues: RowIssue[];
}

/** What resolving a dataset's names decided, and what the adapter needs to plan its records. */
export interface DatasetResolution<C> {
  /** Entities per label, written in phase 1 with their provenance. */
  readonly groups: readonly EntityWrites[];
  readonly suggestions: readonly Suggestion[];
  /** Judgements that could not be applied. */
  readonly conflicts: readonly string[];
  /** Per group name (`organisations`, `officials`): created, linked, known. */
  readonly counts: Readonly<Record<string, EntityCounts>>;
  readonly context: C;
}

/** A record of a file with the Document that cites it. */
export interface Located<R> {
  readonly record: R;
  readonly doc: DatasetDocument;
}

/**
 * What one dataset brings to the import pipeline (run-import.ts); everything else (reading once,
 * stop/skip, known entities, judgements, batched idempotent writes, dataset state, audit, progress,
 * the report) is shared. R: a valid record; C: the resolution's context; W: one write row.
 */
export interface DatasetAdapter<R, C, W extends { readonly id: string }> {
  readonly dataset: Dataset;
  /**
   * How one batch of write rows is written, in its transaction: the statement file that merges
   * them (`$rows`, `$origin`), or a function that reads what it needs first.
   */
  readonly batchWrite: BatchWrite<W>;
  document(file: string): DatasetDocument;
  read(file: string, options: { readonly maxLineBytes?: number }): Promise<FileRead<R>>;
  resolve(
    records: readonly Located<R>[],
    known: readonly KnownEntity[],
    judgements: readonly Judgement[],
  ): DatasetResolution<C>;
  plan(item: Located<R>, context: C): W;
  /** Folds rows of one batch that are the same record into one write. */
  fold(batch: readonly W[]): W[];
}
