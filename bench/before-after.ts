import { egoParams } from './api/questions.js';
import { cypherFile } from '../src/neo4j/cypher-file.js';
import type { Anchors } from './api/questions.js';
import type { BenchDb } from './bench-db.js';
import { benchCypher } from './cypher.js';
import { Rng } from './generate/prng.js';
import { dbHits } from './profile-query.js';
import { shuffle, summarize, type Summary } from './stats.js';

/** A performance fix kept measurable: the statement before (bench/cypher/before/) and after. */
interface Fix {
  readonly name: string;
  readonly before: string;
  readonly after: string;
  /** Wraps a `this`-based field statement into a runnable one. */
  readonly wrap: (body: string) => string;
  readonly anchor: 'person' | 'initiative';
  readonly params: (id: string) => Record<string, unknown>;
}

const asField = (body: string): string =>
  `MATCH (this:Entity {id: $id}) CALL (this) { ${body.replace(/^\s*\/\/.*$/gm, '')} } RETURN count(*) AS n`;

const FIXES: Fix[] = [
  {
    name: 'sources (entity-sources.cypher) on the anchor initiative',
    before: benchCypher('before/entity-sources'),
    after: cypherFile('queries/entity-sources.cypher'),
    wrap: asField,
    anchor: 'initiative',
    params: (id) => ({ id }),
  },
  {
    name: 'egoNetwork depth 2 (ego-network.cypher) of the anchor person',
    before: benchCypher('before/ego-network'),
    after: cypherFile('queries/ego-network.cypher'),
    wrap: (body) => body,
    anchor: 'person',
    params: egoParams,
  },
];

export interface FixResult {
  readonly fix: string;
  readonly before: { dbHits: number; ms: Summary };
  readonly after: { dbHits: number; ms: Summary };
}

/** PROFILE db hits and interleaved timings of each fix, before and after, on one graph. */
export async function measureFixes(
  db: BenchDb,
  anchors: Anchors,
  rounds: number,
): Promise<FixResult[]> {
  const out: FixResult[] = [];
  const rng = new Rng(99);
  for (const fix of FIXES) {
    const forms = { before: fix.wrap(fix.before), after: fix.wrap(fix.after) };
    const params = fix.params(anchors[fix.anchor]);
    const times: Record<'before' | 'after', number[]> = { before: [], after: [] };
    for (let round = 0; round < rounds + 3; round++) {
      for (const which of shuffle<'before' | 'after'>(['before', 'after'], () => rng.next())) {
        const began = performance.now();
        await db.driver.executeQuery(forms[which], params, {
          database: db.connection.database,
          routing: 'READ',
        });
        if (round >= 3) times[which].push(performance.now() - began);
      }
    }
    out.push({
      fix: fix.name,
      before: { dbHits: await dbHits(db, forms.before, params), ms: summarize(times.before) },
      after: { dbHits: await dbHits(db, forms.after, params), ms: summarize(times.after) },
    });
  }
  return out;
}
