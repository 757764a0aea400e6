import type { BenchDb } from '../bench-db.js';
import { Rng } from '../generate/prng.js';
import type { Reporter } from '../progress.js';
import { ratio, shuffle, summarize, type Summary } from '../stats.js';
import { ask, MODES, type Apis, type Mode } from './modes.js';
import { FLOOR, pickAnchors, questions, type Anchors, type Question } from './questions.js';
import { startApi } from './server.js';

export interface QuestionResult {
  readonly question: string;
  /** Ids in the answer per mode: equal when the GraphQL and Cypher forms agree. */
  readonly ids: Record<Mode, number>;
  readonly ms: Record<Mode, Summary>;
  /** p50 of GraphQL over HTTP ÷ p50 of Cypher, and executeOperation ÷ Cypher (target ≤ 1.3). */
  readonly ratioHttpOverCypher: number;
  /** The same with the response cache on (repeated question: a hit after the first). */
  readonly ratioCachedOverCypher: number;
  readonly ratioExecuteOverCypher: number;
}

export interface ApiResult {
  readonly anchors: Anchors;
  readonly rounds: number;
  readonly warmup: number;
  readonly questions: QuestionResult[];
  /** All samples per question and mode, for the latency chart. */
  readonly samples: Record<string, Record<Mode, number[]>>;
}

/**
 * Each round asks every question in every mode, in a shuffled order (seeded); the first `warmup`
 * rounds are discarded. All three modes share the process, the driver and the database.
 */
export async function benchApi(
  db: BenchDb,
  opts: { rounds: number; warmup: number; seed: number },
  progress: Reporter,
  chosen?: (qs: Question[]) => Question[],
): Promise<ApiResult> {
  const apis: Apis = { computed: await startApi(db), cached: await startApi(db, 64) };
  try {
    const anchors = await pickAnchors(async (cypher) => {
      const { records } = await db.driver.executeQuery(
        cypher,
        {},
        { database: db.connection.database },
      );
      return records.map((r) => r.toObject());
    });
    const qs = [...(chosen ? chosen(questions(anchors)) : questions(anchors)), FLOOR];
    const ids = await checkAgreement(apis, db, qs);
    const samples: ApiResult['samples'] = {};
    for (const q of qs)
      samples[q.name] = Object.fromEntries(MODES.map((m) => [m, [] as number[]])) as Record<
        Mode,
        number[]
      >;
    const rng = new Rng(opts.seed);
    const tick = progress.bar(`api: ${qs.length} questions × ${MODES.length} modes`);
    const total = opts.warmup + opts.rounds;
    for (let round = 0; round < total; round++) {
      const order = shuffle(
        qs.flatMap((q) => MODES.map((mode) => ({ q, mode }))),
        () => rng.next(),
      );
      for (const { q, mode } of order) {
        const began = performance.now();
        await ask(apis, db, mode, q);
        const ms = performance.now() - began;
        if (round >= opts.warmup) samples[q.name]![mode].push(ms);
      }
      tick(round + 1, total);
    }
    return {
      anchors,
      rounds: opts.rounds,
      warmup: opts.warmup,
      questions: qs.map((q) => {
        const s = samples[q.name]!;
        const ms = Object.fromEntries(MODES.map((m) => [m, summarize(s[m])])) as Record<
          Mode,
          Summary
        >;
        return {
          question: q.name,
          ids: ids.get(q.name)!,
          ms,
          ratioHttpOverCypher: ratio(ms['graphql-http'].p50, ms.cypher.p50),
          ratioCachedOverCypher: ratio(ms['graphql-http-cached'].p50, ms.cypher.p50),
          ratioExecuteOverCypher: ratio(ms.executeOperation.p50, ms.cypher.p50),
        };
      }),
      samples,
    };
  } finally {
    await apis.computed.stop();
    await apis.cached?.stop();
  }
}

async function checkAgreement(apis: Apis, db: BenchDb, qs: Question[]) {
  const out = new Map<string, Record<Mode, number>>();
  for (const q of qs) {
    const ids = {} as Record<Mode, number>;
    for (const mode of MODES) ids[mode] = q.size(await ask(apis, db, mode, q));
    out.set(q.name, ids);
  }
  return out;
}
