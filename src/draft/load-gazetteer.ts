import type { Driver } from 'neo4j-driver';
import type { Label } from '../model/labels.js';
import { cypherFile } from '../neo4j/cypher-file.js';
import { buildGazetteer, type Gazetteer } from './gazetteer.js';

/** Reads the gazetteer from the graph (three read queries). */
export async function loadGazetteer(driver: Driver, database: string): Promise<Gazetteer> {
  const read = { database, routing: 'READ' as const };
  const [entities, places, documents] = await Promise.all([
    driver.executeQuery(cypherFile('draft/gazetteer.cypher'), {}, read),
    driver.executeQuery(cypherFile('draft/places.cypher'), {}, read),
    driver.executeQuery(cypherFile('draft/documents.cypher'), {}, read),
  ]);
  return buildGazetteer(
    entities.records.map((r) => ({
      id: r.get('id') as string,
      label: r.get('label') as Label,
      name: r.get('name') as string,
      aliases: r.get('aliases') as string[],
      acronym: (r.get('acronym') as string | null) ?? undefined,
      fromDataset: r.get('fromDataset') === true,
    })),
    places.records.map((r) => ({
      city: r.get('city') as string,
      country: (r.get('country') as string | null) ?? undefined,
    })),
    documents.records.map((r) => ({
      id: r.get('id') as string,
      name: r.get('name') as string,
      names: r.get('names') as string[],
    })),
  );
}
