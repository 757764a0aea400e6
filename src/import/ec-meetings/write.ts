import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { recordImport } from './record-import.js';
import { cypherFile } from '../../neo4j/cypher-file.js';
import type { DatasetDocument } from './dataset.js';
import { ORIGIN } from './known.js';
import type { MeetingWrite } from './plan-meeting.js';
import type { ResolvedEntity, SpellingStats } from '../../identity/resolve-names.js';
import type { Suggestion } from '../../identity/suggestions.js';

/** Counters of what a write changed (Neo4j's own update statistics). */
export interface WriteCounts {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

export const zeroCounts = (): WriteCounts => ({
  nodesCreated: 0,
  relationshipsCreated: 0,
  propertiesSet: 0,
});

async function run(
  tx: ManagedTransaction,
  file: string,
  params: Record<string, unknown>,
  counts: WriteCounts,
): Promise<void> {
  const result = await tx.run(cypherFile(file), { origin: ORIGIN, ...params });
  const u = result.summary.counters.updates();
  counts.nodesCreated += u.nodesCreated;
  counts.relationshipsCreated += u.relationshipsCreated;
  counts.propertiesSet += u.propertiesSet;
}

function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}

export interface EntityWrites {
  readonly label: 'Organisation' | 'Person';
  readonly entities: readonly ResolvedEntity[];
  /** Per document: which spellings it names, with their stats (first file:line). */
  readonly mentions: ReadonlyMap<string, ReadonlyMap<string, SpellingStats>>;
  /** Imported entities of an earlier run whose spellings now resolve to another entity. */
  readonly superseded: readonly string[];
}

/**
 * Phase 1, one transaction: the dataset Documents, the organisations and people (created or given
 * the new spellings as aliases), their MENTIONED_IN provenance, and the review queue.
 */
export async function writeEntities(
  driver: Driver,
  database: string,
  docs: readonly DatasetDocument[],
  groups: readonly EntityWrites[],
  suggestions: readonly Suggestion[],
  batchSize: number,
): Promise<WriteCounts> {
  const counts = zeroCounts();
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await run(
        tx,
        'import/merge-documents.cypher',
        { rows: docs.map((d) => ({ id: d.id, props: d.props })) },
        counts,
      );
      for (const g of groups) {
        await run(tx, 'import/delete-superseded.cypher', { ids: g.superseded }, counts);
        const rows = g.entities.map((e) => ({ id: e.id, name: e.name, aliases: e.spellings }));
        for (const batch of chunks(rows, batchSize))
          await run(tx, 'import/merge-entities.cypher', { label: g.label, rows: batch }, counts);
        const mentions = docs.flatMap((d) =>
          g.entities.flatMap((e) => {
            const named = e.spellings.filter((s) => g.mentions.get(d.id)?.has(s));
            if (!named.length) return [];
            const first = g.mentions.get(d.id)!.get(named[0]!)!.first;
            const written = named.filter((s) => s !== e.name);
            return [
              {
                id: e.id,
                doc: d.id,
                evidence: first,
                asWritten: written.length ? written.join(' | ') : null,
              },
            ];
          }),
        );
        for (const batch of chunks(mentions, batchSize))
          await run(tx, 'import/merge-mentions.cypher', { rows: batch }, counts);
      }
      await run(
        tx,
        'import/delete-stale-suggestions.cypher',
        { ids: suggestions.map((s) => s.id) },
        counts,
      );
      const rows = suggestions.map(({ id, ...props }) => ({ id, props }));
      for (const batch of chunks(rows, batchSize))
        await run(tx, 'import/merge-suggestions.cypher', { rows: batch }, counts);
      const ids = [...docs.map((d) => d.id), ...groups.flatMap((g) => g.entities.map((e) => e.id))];
      await recordImport(tx, ids, counts);
    });
  } finally {
    await session.close();
  }
  return counts;
}

/** Phase 2, one transaction per batch: meetings and their relationships. Retried on transient errors. */
export async function writeMeetings(
  driver: Driver,
  database: string,
  rows: readonly MeetingWrite[],
): Promise<WriteCounts> {
  const counts = zeroCounts();
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await run(tx, 'import/merge-meetings.cypher', { rows }, counts);
      await recordImport(
        tx,
        rows.map((r) => r.id),
        counts,
      );
    });
  } finally {
    await session.close();
  }
  return counts;
}

/** Phase 3: the Documents record the files' sha256 (and the judgements' hash): imported in full. */
export async function markImported(
  driver: Driver,
  database: string,
  rows: readonly { id: string; sha256: string; importedWith: string }[],
): Promise<void> {
  await driver.executeQuery(cypherFile('import/set-dataset-state.cypher'), { rows }, { database });
}
