import neo4j, {
  type ManagedTransaction,
  type Record as Neo4jRecord,
  type Transaction,
} from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { eachRecord } from '../../neo4j/each-record.js';
import { batches } from '../batches.js';
import type { NamedEntity } from '../../identity/name-index.js';
import { idPrefix, nameQuery } from './name-query.js';
import { probesOf } from './probes.js';
import type { ValidSeed } from '../validate/valid-seed.js';

type Tx = Transaction | ManagedTransaction;

/**
 * How a load learns which entities exist: `all` reads every entity (cheap on a small graph or for
 * a bulk load naming most of it), `named` looks up only the ids and names the files use (a small
 * document into a large graph), `auto` chooses by a cost estimate.
 */
export type LookupMode = 'auto' | 'all' | 'named';

/**
 * One full-text name query costs about as much as reading this many entities: `bench scale`
 * measured 197 (10k nodes), 331 (100k) and 727 (1M), as the index grows; 400 stays within 2× of
 * the break-even at every size.
 */
const QUERY_COST_IN_ROWS = 400;
/** Candidates per name: exact spellings rank first, so this only bounds close-spelling recall. */
const PER_QUERY = 50;
/** Candidate ids per unknown id, for the "did you mean" hint. */
const PER_PREFIX = 500;
const BATCH = 5_000;

export interface KnownEntities {
  readonly entities: NamedEntity[];
  readonly mode: Exclude<LookupMode, 'auto'>;
}

/** The graph's entities a load can refer to, read inside the load's transaction. */
export async function readKnownEntities(
  tx: Tx,
  seeds: readonly ValidSeed[],
  mode: LookupMode = 'auto',
): Promise<KnownEntities> {
  const probes = probesOf(seeds);
  let chosen = mode;
  if (chosen === 'auto') {
    const result = await tx.run(cypherFile('seed/count-entities.cypher'));
    const entities = Number(result.records[0]?.get('entities') ?? 0);
    const namedCost = probes.names.length * QUERY_COST_IN_ROWS + probes.ids.length;
    chosen = namedCost < entities ? 'named' : 'all';
  }
  if (chosen === 'all') {
    const entities: NamedEntity[] = [];
    await eachRecord(tx, cypherFile('seed/known-entities.cypher'), {}, (r) =>
      entities.push(toNamed(r)),
    );
    return { entities, mode: 'all' };
  }
  const byId = new Map<string, NamedEntity>();
  // Streamed: the load's transaction would otherwise keep every record until it commits.
  const add = (file: string, params: Record<string, unknown>) =>
    eachRecord(tx, cypherFile(file), params, (r) => {
      const e = toNamed(r);
      byId.set(e.id, e);
    });
  for (const ids of batches(probes.ids, BATCH)) await add('seed/entities-by-id.cypher', { ids });
  const found = new Set(byId.keys());
  const queries = probes.names.map(nameQuery).filter((q): q is string => q !== undefined);
  const missing = probes.referenced.filter((id) => !found.has(id));
  // Unknown ids get candidates for a hint: ids sharing a prefix, and names like their slug.
  queries.push(
    ...missing.map((id) => nameQuery(id.slice(id.indexOf(':') + 1))).filter((q) => q !== undefined),
  );
  for (const batch of batches([...new Set(queries)], BATCH))
    await add('seed/entities-by-name.cypher', { queries: batch, perQuery: neo4j.int(PER_QUERY) });
  if (probes.eventDates.length)
    await add('seed/events-near-dates.cypher', { dates: probes.eventDates });
  if (missing.length) {
    await add('seed/entities-by-id-prefix.cypher', {
      prefixes: [...new Set(missing.map(idPrefix))],
      perPrefix: neo4j.int(PER_PREFIX),
    });
  }
  return { entities: [...byId.values()], mode: 'named' };
}

function toNamed(r: Neo4jRecord): NamedEntity {
  return {
    id: r.get('id') as string,
    label: r.get('label') as NamedEntity['label'],
    name: String(r.get('name') ?? r.get('id')),
    aliases: (r.get('aliases') as string[]) ?? [],
    ...(r.has('date') && r.get('date') ? { date: String(r.get('date')) } : {}),
    ...(r.has('city') && r.get('city') ? { city: String(r.get('city')) } : {}),
  };
}
