import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

/**
 * A hash of every node (labels, properties) and relationship (type, endpoint ids, properties),
 * independent of internal ids and order. Equal fingerprints = the same graph; used to prove that a
 * re-load or a failed load changed nothing. SchemaMigration bookkeeping is left out.
 */
export async function graphFingerprint(driver: Driver, database: string): Promise<string> {
  const hash = createHash('sha256');
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE NOT n:SchemaMigration
     WITH apoc.coll.sort(labels(n)) AS labels, apoc.convert.toSortedJsonMap(properties(n)) AS props
     RETURN labels, props ORDER BY props, labels`,
    {},
    { database, routing: 'READ' },
  );
  for (const r of nodes.records)
    hash.update(`N${JSON.stringify(r.get('labels'))}${r.get('props')}\n`);
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     WITH type(r) AS type, coalesce(a.id, elementId(a)) AS from, coalesce(b.id, elementId(b)) AS to,
          apoc.convert.toSortedJsonMap(properties(r)) AS props
     RETURN type, from, to, props ORDER BY from, type, to, props`,
    {},
    { database, routing: 'READ' },
  );
  for (const r of rels.records) {
    hash.update(`R${r.get('type')}|${r.get('from')}|${r.get('to')}|${r.get('props')}\n`);
  }
  return hash.digest('hex');
}
