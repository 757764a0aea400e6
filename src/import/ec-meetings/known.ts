import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';

/** An entity of the graph the import can match names against. */
export interface KnownEntity {
  readonly id: string;
  readonly label: 'Organisation' | 'Person' | 'Initiative' | 'Topic';
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym?: string;
  /** Created by an earlier run of this import (not curated). */
  readonly imported: boolean;
}

/** The `origin` property of every node this import creates. */
export const ORIGIN = 'import:ec-meetings';

export async function readKnown(tx: Transaction | ManagedTransaction): Promise<KnownEntity[]> {
  const result = await tx.run(cypherFile('import/known-entities.cypher'), { origin: ORIGIN });
  return result.records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as KnownEntity['label'],
    name: r.get('name') as string,
    aliases: (r.get('aliases') as string[]) ?? [],
    acronym: (r.get('acronym') as string | null) ?? undefined,
    imported: r.get('imported') === true,
  }));
}
