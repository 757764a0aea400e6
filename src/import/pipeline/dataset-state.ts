import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { inWriteTransaction } from '../../neo4j/transactions.js';

/** What the graph records of an imported file: its sha256 and the judgements it was resolved with. */
export interface DatasetState {
  readonly id: string;
  readonly sha256: string;
  readonly importedWith: string;
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The judgements as applied (a change in them means a new resolution, so a new import). */
export function hashJudgements(path: string): string {
  const text = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
  return createHash('sha256').update(text).digest('hex');
}

/** The recorded state of these dataset Documents (those never fully imported are absent). */
export async function readDatasetState(
  driver: Driver,
  database: string,
  ids: readonly string[],
): Promise<Map<string, DatasetState>> {
  const { records } = await driver.executeQuery(
    cypherFile('import/dataset-state.cypher'),
    { ids },
    { database, routing: 'READ' },
  );
  return new Map(
    records.map((r) => [
      r.get('id') as string,
      {
        id: r.get('id') as string,
        sha256: r.get('sha256') as string,
        importedWith: r.get('importedWith') as string,
      },
    ]),
  );
}

/** Last step of an import: the Documents record the files' sha256, so it counts as loaded. */
export async function markImported(
  driver: Driver,
  database: string,
  rows: readonly DatasetState[],
): Promise<void> {
  await inWriteTransaction(driver, database, (tx) =>
    tx.run(cypherFile('import/set-dataset-state.cypher'), { rows }),
  );
}

/**
 * True when every file's Document records these bytes and these judgements: importing them again
 * would change nothing, so a caller may skip the read (a warm start costs the hashes and a query).
 */
export async function allImported(
  driver: Driver,
  database: string,
  files: readonly { readonly id: string; readonly path: string }[],
  judgementsPath: string,
): Promise<boolean> {
  const judgements = hashJudgements(judgementsPath);
  const want = await Promise.all(
    files.map(async (f) => ({ id: f.id, sha256: await sha256Of(f.path).catch(() => '') })),
  );
  const have = await readDatasetState(
    driver,
    database,
    want.map((w) => w.id),
  );
  return want.every(
    (w) =>
      w.sha256 !== '' &&
      have.get(w.id)?.sha256 === w.sha256 &&
      have.get(w.id)?.importedWith === judgements,
  );
}
