import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { cypherFile } from '../../neo4j/cypher-file.js';
import { appendJudgement, type Judgement } from '../../identity/judgements.js';
import { inWriteTransaction } from '../../neo4j/transactions.js';

export interface PendingSuggestion {
  readonly id: string;
  readonly label: string;
  readonly left: string;
  readonly right: string;
  readonly leftName: string;
  readonly rightName: string;
  readonly reason: string;
  readonly score: number;
  readonly evidence: string;
}

/** The review queue, best first (the same Cypher as GraphQL's reviewQueue). */
export async function pendingSuggestions(
  driver: Driver,
  database: string,
  limit = 20,
  offset = 0,
): Promise<PendingSuggestion[]> {
  const { records } = await driver.executeQuery(
    cypherFile('import/pending-suggestions.cypher'),
    { limit: neo4j.int(limit), offset: neo4j.int(offset) },
    { database, routing: 'READ' },
  );
  return records.map((r) => r.get('suggestion') as PendingSuggestion);
}

/**
 * Records a reviewer's decision on a suggestion as a judgement in the curated file (applied by
 * every later import) and takes the suggestion off the queue. Returns the judgement written.
 */
export async function judgeSuggestion(
  driver: Driver,
  database: string,
  input: { id: string; same: boolean; reason: string; who: string; path: string; today?: string },
): Promise<Judgement | undefined> {
  const { records } = await inWriteTransaction(driver, database, (tx) =>
    tx.run(cypherFile('import/mark-suggestion.cypher'), {
      id: input.id,
      status: input.same ? 'ACCEPTED' : 'REJECTED',
      who: input.who,
    }),
  );
  const r = records[0];
  if (!r) return undefined;
  const judgement: Judgement = {
    a: r.get('leftRef') as string,
    b: r.get('rightRef') as string,
    judgement: input.same ? 'same' : 'different',
    reason: input.reason,
    who: input.who,
    when: input.today ?? new Date().toISOString().slice(0, 10),
  };
  appendJudgement(input.path, judgement);
  return judgement;
}
