import type { Driver } from 'neo4j-driver';
import { loadJudgements } from '../../identity/judgements.js';
import type { Suggestion } from '../../identity/suggestions.js';
import type { DatasetAdapter, DatasetResolution, FileRead, Located } from './adapter.js';
import { addCounts, zeroCounts, type WriteCounts } from './counts.js';
import { hashJudgements, markImported } from './dataset-state.js';
import type { EntityCounts } from './entity-counts.js';
import type { RowIssue } from './issues.js';
import { readKnown } from './known.js';
import { writeBatch, writeEntities } from './write-entities.js';

export interface ImportOptions {
  readonly dryRun?: boolean;
  /** `stop` (default): any bad record → nothing written. `skip`: load the valid ones, list the rest. */
  readonly onError?: 'stop' | 'skip';
  readonly judgementsPath: string;
  readonly batchSize?: number;
  readonly maxLineBytes?: number;
  readonly onStage?: (stage: string) => void;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface DatasetReport {
  readonly files: readonly Omit<FileRead<unknown>, 'records'>[];
  readonly issues: RowIssue[];
  readonly written: boolean;
  readonly recordsRead: number;
  readonly recordsValid: number;
  /** Distinct records (meetings, projects) the valid rows state, and how many were new. */
  readonly distinct: number;
  readonly created: number;
  readonly entities: Readonly<Record<string, EntityCounts>>;
  readonly suggestions: readonly Suggestion[];
  readonly conflicts: readonly string[];
  readonly counts: WriteCounts;
  readonly elapsedMs: number;
}

export const DEFAULT_BATCH = 500;

/**
 * One import: read (each file once, hashed while read, every record checked) → with `stop`, any bad
 * record ends it there, nothing written → resolve names against the graph and the judgements →
 * plan each record → write: entities, provenance and suggestions in one transaction, then the
 * records in batches of `batchSize`, one transaction each (MERGE: an interrupted import run again
 * completes without duplicates) → last, the dataset Documents record their sha256.
 */
export async function runImport<R, C, W extends { readonly id: string }>(
  driver: Driver,
  database: string,
  adapter: DatasetAdapter<R, C, W>,
  files: readonly string[],
  options: ImportOptions,
): Promise<{ report: DatasetReport; resolution: DatasetResolution<C> }> {
  const started = performance.now();
  const size = options.batchSize ?? DEFAULT_BATCH;
  if (!Number.isSafeInteger(size) || size < 1)
    throw new RangeError(`batchSize must be a whole number of at least 1, not ${size}`);
  options.onStage?.('check');
  const docs = files.map((f) => adapter.document(f));
  const reads: FileRead<R>[] = [];
  for (const doc of docs) reads.push(await adapter.read(doc.file, options));
  const located: Located<R>[] = reads.flatMap((r, i) =>
    r.records.map((record) => ({ record, doc: docs[i]! })),
  );
  const issues = reads.flatMap((r) => r.issues);
  const stop = (options.onError ?? 'stop') === 'stop' && issues.length > 0;

  options.onStage?.('resolve');
  const judgements = loadJudgements(options.judgementsPath);
  const known = await readKnown(driver, database, adapter.dataset);
  const resolution = adapter.resolve(located, known, judgements);
  // Records are planned a batch at a time as they are written (a plan is as big as its record);
  // without a write, only their ids are kept, for the count.
  const distinct = new Set<string>();
  const writing = !stop && !options.dryRun && located.length > 0;
  if (!stop && !writing)
    for (const item of located) distinct.add(adapter.plan(item, resolution.context).id);
  const base = {
    files: reads.map(({ records: _records, ...rest }) => rest),
    issues,
    recordsRead: located.length + issues.length,
    recordsValid: located.length,
    entities: resolution.counts,
    suggestions: resolution.suggestions,
    conflicts: resolution.conflicts,
  };
  const counts = zeroCounts();
  if (!writing) {
    const report = {
      ...base,
      distinct: distinct.size,
      created: 0,
      counts,
      written: false,
      elapsedMs: performance.now() - started,
    };
    return { report, resolution };
  }

  options.onStage?.('write');
  const { dataset } = adapter;
  addCounts(
    counts,
    await writeEntities(
      driver,
      database,
      dataset,
      docs,
      resolution.groups,
      resolution.suggestions,
      1000,
    ),
  );
  const created = await writeRecords(driver, database, adapter, located, resolution, distinct, {
    counts,
    options,
  });
  if (issues.length === 0) {
    const importedWith = hashJudgements(options.judgementsPath);
    const state = docs.map((d, i) => ({ id: d.id, sha256: reads[i]!.sha256, importedWith }));
    await markImported(driver, database, state);
  }
  const report = {
    ...base,
    distinct: distinct.size,
    created,
    counts,
    written: true,
    elapsedMs: performance.now() - started,
  };
  return { report, resolution };
}

/** Phase 2: the records planned and written in batches (folded per batch), with progress. */
async function writeRecords<R, C, W extends { readonly id: string }>(
  driver: Driver,
  database: string,
  adapter: DatasetAdapter<R, C, W>,
  located: readonly Located<R>[],
  resolution: DatasetResolution<C>,
  distinct: Set<string>,
  { counts, options }: { counts: WriteCounts; options: ImportOptions },
): Promise<number> {
  const size = options.batchSize ?? DEFAULT_BATCH;
  let created = 0;
  for (let i = 0; i < located.length; i += size) {
    const planned = located
      .slice(i, i + size)
      .map((item) => adapter.plan(item, resolution.context));
    for (const w of planned) distinct.add(w.id);
    const batch = adapter.fold(planned);
    const c = await writeBatch(driver, database, adapter.dataset, adapter.batchWrite, batch);
    created += c.nodesCreated;
    addCounts(counts, c);
    options.onProgress?.(Math.min(i + size, located.length), located.length);
  }
  return created;
}
