import type { Driver } from 'neo4j-driver';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { cypherFile } from '../neo4j/cypher-file.js';

/**
 * The ids within `depth` hops of `around` (either direction), breadth first, one query per level.
 * A HOLDS_ROLE not valid on `asOf` does not connect. Throws EXPORT_NOT_FOUND for an unknown id.
 * An id merged away (a Redirect) starts from the entity it was merged into.
 */
export async function neighbourhood(
  driver: Driver,
  database: string,
  around: string,
  depth: number,
  asOf: string | undefined,
): Promise<string[]> {
  const found = await driver.executeQuery(
    cypherFile('export/entity-exists.cypher'),
    { id: around },
    { database, routing: 'READ' },
  );
  if (found.records[0]?.get('found') !== true) {
    throw new AppError(ErrorCode.EXPORT_NOT_FOUND, `No entity with id "${around}".`, {
      hint: 'Ids look like person:henna-virkkunen or initiative:vht; find one with the `search` query.',
    });
  }
  const start = found.records[0].get('id') as string;
  const seen = new Set([start]);
  let frontier = [start];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const { records } = await driver.executeQuery(
      cypherFile('export/neighbours.cypher'),
      { frontier, asOf: asOf ?? null },
      { database, routing: 'READ' },
    );
    frontier = [];
    for (const record of records) {
      const id = record.get('id') as string;
      if (!seen.has(id)) {
        seen.add(id);
        frontier.push(id);
      }
    }
  }
  return [...seen];
}
