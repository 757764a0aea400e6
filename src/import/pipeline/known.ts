import type { Driver } from 'neo4j-driver';
import type { KnownEntity } from '../../identity/known-entity.js';
import type { Label } from '../../model/labels.js';
import { cypherFile } from '../../neo4j/cypher-file.js';
import type { Dataset } from './dataset.js';

export type { KnownEntity };

/** The entities a dataset's names are matched against; `imported` marks this dataset's own nodes. */
export async function readKnown(
  driver: Driver,
  database: string,
  dataset: Dataset,
): Promise<KnownEntity[]> {
  const { records } = await driver.executeQuery(
    cypherFile('import/known-entities.cypher'),
    { origin: dataset.origin },
    { database, routing: 'READ' },
  );
  return records.map((r) => ({
    id: r.get('id') as string,
    label: r.get('label') as Label,
    name: r.get('name') as string,
    aliases: (r.get('aliases') as string[]) ?? [],
    acronym: (r.get('acronym') as string | null) ?? undefined,
    imported: r.get('imported') === true,
    externalIds: (r.get('externalIds') as string[]) ?? [],
  }));
}
