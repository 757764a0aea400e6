import type { Driver } from 'neo4j-driver';
import type { ResolvedEntity, SpellingStats } from '../../identity/resolve-names.js';
import type { Suggestion } from '../../identity/suggestions.js';
import type { Label } from '../../model/labels.js';
import { inWriteTransaction } from '../../neo4j/transactions.js';
import { chunks, runCounted, zeroCounts, type RunInTx, type WriteCounts } from './counts.js';
import type { Dataset, DatasetDocument } from './dataset.js';
import { recordImport } from './record-import.js';

/** One label's resolved entities, as the first write phase creates or extends them. */
export interface EntityWrites {
  readonly label: Label;
  readonly entities: readonly ResolvedEntity[];
  /** Per document: which spellings it names, with their stats (first file:line). */
  readonly mentions: ReadonlyMap<string, ReadonlyMap<string, SpellingStats>>;
  /** Imported entities of an earlier run whose spellings now resolve to another entity. */
  readonly superseded: readonly string[];
}

/**
 * Phase 1, one transaction: the dataset Documents, the entities (created, or given the new
 * spellings as aliases), their MENTIONED_IN provenance, and the review queue.
 */
export async function writeEntities(
  driver: Driver,
  database: string,
  dataset: Dataset,
  docs: readonly DatasetDocument[],
  groups: readonly EntityWrites[],
  suggestions: readonly Suggestion[],
  batchSize: number,
): Promise<WriteCounts> {
  // Counted inside the transaction function: a retried attempt starts again from zero.
  return inWriteTransaction(driver, database, async (tx) => {
    const counts = zeroCounts();
    const run = (file: string, params: Record<string, unknown>) =>
      runCounted(tx, file, { origin: dataset.origin, ...params }, counts);
    const documents = docs.map((d) => ({ id: d.id, props: d.props }));
    await run('import/merge-documents.cypher', { rows: documents });
    for (const g of groups) {
      await run('import/delete-superseded.cypher', { ids: g.superseded });
      const rows = g.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.spellings }));
      for (const batch of chunks(rows, batchSize))
        await run('import/merge-entities.cypher', { label: g.label, rows: batch });
      for (const batch of chunks(mentionRows(docs, g), batchSize))
        await run('import/merge-mentions.cypher', { rows: batch });
    }
    const ids = suggestions.map((s) => s.id);
    const entities = groups.flatMap((g) => g.entities.map((e) => e.id));
    await run('import/delete-stale-suggestions.cypher', { ids, entities });
    const rows = suggestions.map(({ id, ...props }) => ({ id, props }));
    for (const batch of chunks(rows, batchSize))
      await run('import/merge-suggestions.cypher', { rows: batch });
    const touched = [
      ...docs.map((d) => d.id),
      ...groups.flatMap((g) => g.entities.map((e) => e.id)),
    ];
    await recordImport(tx, dataset, touched, counts);
    return counts;
  });
}

/** MENTIONED_IN per entity and document: the first file:line and the spellings as written. */
function mentionRows(docs: readonly DatasetDocument[], g: EntityWrites) {
  return docs.flatMap((d) =>
    g.entities.flatMap((e) => {
      const named = e.spellings.filter((s) => g.mentions.get(d.id)?.has(s));
      if (!named.length) return [];
      const first = g.mentions.get(d.id)!.get(named[0]!)!.first;
      const written = named.filter((s) => s !== e.name);
      const asWritten = written.length ? written.join(' | ') : null;
      return [{ id: e.id, doc: d.id, lines: [first], asWritten }];
    }),
  );
}

/** Writes one batch inside its transaction: a statement file, or an adapter's own reads and writes. */
export type BatchWrite<W> = string | ((run: RunInTx, rows: readonly W[]) => Promise<void>);

/** Phase 2, one transaction per batch: the dataset's own records (meetings, projects). */
export async function writeBatch<W extends { readonly id: string }>(
  driver: Driver,
  database: string,
  dataset: Dataset,
  write: BatchWrite<W>,
  rows: readonly W[],
): Promise<WriteCounts> {
  return inWriteTransaction(driver, database, async (tx) => {
    const counts = zeroCounts();
    const run: RunInTx = (file, params) =>
      runCounted(tx, file, { origin: dataset.origin, ...params }, counts);
    if (typeof write === 'string') await run(write, { rows });
    else await write(run, rows);
    await recordImport(
      tx,
      dataset,
      rows.map((r) => r.id),
      counts,
    );
    return counts;
  });
}
