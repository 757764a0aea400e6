import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { cypherFile } from './cypher-file.js';

/**
 * A hash of every node (labels, properties) and relationship (type, endpoint ids, properties),
 * independent of internal ids and order. Equal fingerprints = the same graph; used to prove that a
 * re-load or a failed load changed nothing. SchemaMigration bookkeeping is left out.
 */
export async function graphFingerprint(driver: Driver, database: string): Promise<string> {
  const hash = createHash('sha256');
  const nodes = await driver.executeQuery(
    cypherFile('neo4j/fingerprint-nodes.cypher'),
    {},
    { database, routing: 'READ' },
  );
  for (const r of nodes.records)
    hash.update(`N${JSON.stringify(r.get('labels'))}${r.get('props')}\n`);
  const rels = await driver.executeQuery(
    cypherFile('neo4j/fingerprint-relationships.cypher'),
    {},
    { database, routing: 'READ' },
  );
  for (const r of rels.records) {
    hash.update(`R${r.get('type')}|${r.get('from')}|${r.get('to')}|${r.get('props')}\n`);
  }
  return hash.digest('hex');
}
