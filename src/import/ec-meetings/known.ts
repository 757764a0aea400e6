import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import type { KnownEntity } from '../../identity/known-entity.js';
import type { Label } from '../../model/labels.js';
import { cypherFile } from '../../neo4j/cypher-file.js';

export type { KnownEntity };

/** The `origin` property of every node this import creates. */
export const ORIGIN = 'import:ec-meetings';

export async function readKnown(tx: Transaction | ManagedTransaction): Promise<KnownEntity[]> {
  const result = await tx.run(cypherFile('import/known-entities.cypher'), { origin: ORIGIN });
  return result.records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as Label,
    name: r.get('name') as string,
    aliases: (r.get('aliases') as string[]) ?? [],
    acronym: (r.get('acronym') as string | null) ?? undefined,
    imported: r.get('imported') === true,
  }));
}
