import type { Config } from '../src/config/config.js';
import type { Anchors, Question } from './api/questions.js';
import { initiativePage, pickAnchors, questions } from './api/questions.js';
import { ask, type Mode } from './api/modes.js';
import { startApi, type RunningApi } from './api/server.js';
import { stopBenchDb, storeBytes } from './bench-db.js';
import { mb } from './rss.js';
import { sizeLabel } from './generate/model.js';
import { Rng } from './generate/prng.js';
import type { Reporter } from './progress.js';
import { measureFixes, type FixResult } from './before-after.js';
import { dbHits } from './profile-query.js';
import { benchProbeLoad, type ProbeLoadResult } from './probe-load.js';
import { openSized, type SizedDb } from './scale-load.js';
import { ratio, shuffle, summarize, type Summary } from './stats.js';

const TYPICAL = 'initiative page, 20–40 links';
/** The busiest initiative's page is kept as context: its neighbourhood grows with the graph. */
const ANCHORED = ['ego network depth 2', TYPICAL, 'initiative page'];
const SCALE_MODES: Mode[] = ['executeOperation', 'cypher'];
/** Reading a whole 1M graph takes ~20 s a round: a few rounds are enough to tell. */
const PROBE_ROUNDS = 5;

export interface ScaleResult {
  readonly sizes: {
    size: string;
    anchors: Anchors;
    load: SizedDb['load'];
    /** PROFILE db hits of each anchored question's Cypher at this size. */
    dbHits: Record<string, number>;
    /** Measured performance fixes, before and after, at this size. */
    fixes: FixResult[];
    /** A small event document loaded (dry run) into this graph, per look-up mode. */
    probeLoad: ProbeLoadResult;
  }[];
  /** ms per question, mode and size. */
  readonly ms: Record<string, Record<string, Record<string, Summary>>>;
  /** p50 at the largest size ÷ p50 at the smallest (target ≤ 1.5), per question and mode. */
  readonly ratios: Record<string, Record<string, number>>;
  readonly samples: Record<string, Record<string, Record<string, number[]>>>;
}

/**
 * Anchored queries on graphs of several sizes, each in its own Neo4j, asked in one interleaved
 * run (each round: every size × question × mode, shuffled), warm-up discarded.
 */
export async function benchScale(
  config: Config,
  opts: { sizes: number[]; rounds: number; warmup: number; seed: number },
  progress: Reporter,
): Promise<ScaleResult> {
  const dbs: SizedDb[] = [];
  const apis: RunningApi[] = [];
  try {
    for (const size of opts.sizes) dbs.push(await openSized(config, size, opts.seed, progress));
    const sets: {
      label: string;
      db: SizedDb;
      api: RunningApi;
      anchors: Anchors;
      qs: Question[];
      hits: Record<string, number>;
      fixes: FixResult[];
      probeLoad: ProbeLoadResult;
    }[] = [];
    for (const d of dbs) {
      const api = await startApi(d.db);
      apis.push(api);
      const anchors = await pickAnchors(async (cypher) => {
        const { records } = await d.db.driver.executeQuery(
          cypher,
          {},
          { database: d.db.connection.database },
        );
        return records.map((r) => r.toObject());
      });
      const qs = [...questions(anchors), initiativePage(TYPICAL, anchors.typicalInitiative)].filter(
        (q) => ANCHORED.includes(q.name),
      );
      const hits: Record<string, number> = {};
      for (const q of qs) hits[q.name] = await dbHits(d.db, q.cypher, q.params);
      const fixes = await measureFixes(d.db, anchors, opts.rounds);
      const probeLoad = await benchProbeLoad(d.db, anchors, PROBE_ROUNDS);
      sets.push({ label: sizeLabel(d.size), db: d, api, anchors, qs, hits, fixes, probeLoad });
    }
    const samples: ScaleResult['samples'] = {};
    for (const name of ANCHORED) {
      samples[name] = {};
      for (const mode of SCALE_MODES) {
        samples[name][mode] = {};
        for (const s of sets) samples[name][mode][s.label] = [];
      }
    }
    const rng = new Rng(opts.seed + 7);
    const tick = progress.bar(`scale: ${sets.length} sizes × ${ANCHORED.length} questions`);
    const total = opts.warmup + opts.rounds;
    for (let round = 0; round < total; round++) {
      const order = shuffle(
        sets.flatMap((s) => s.qs.flatMap((q) => SCALE_MODES.map((mode) => ({ s, q, mode })))),
        () => rng.next(),
      );
      for (const { s, q, mode } of order) {
        const began = performance.now();
        await ask({ computed: s.api }, s.db.db, mode, q);
        if (round >= opts.warmup) samples[q.name]![mode]![s.label]!.push(performance.now() - began);
      }
      tick(round + 1, total);
    }
    const first = sets[0]!.label;
    const last = sets[sets.length - 1]!.label;
    const ms: ScaleResult['ms'] = {};
    const ratios: ScaleResult['ratios'] = {};
    for (const name of ANCHORED) {
      ms[name] = {};
      ratios[name] = {};
      for (const mode of SCALE_MODES) {
        ms[name][mode] = {};
        for (const s of sets) ms[name][mode][s.label] = summarize(samples[name]![mode]![s.label]!);
        ratios[name][mode] = ratio(ms[name][mode][last]!.p50, ms[name][mode][first]!.p50);
      }
    }
    return {
      sizes: sets.map((s) => ({
        size: s.label,
        anchors: s.anchors,
        load: s.db.load,
        dbHits: s.hits,
        fixes: s.fixes,
        probeLoad: s.probeLoad,
      })),
      ms,
      ratios,
      samples,
    };
  } finally {
    for (const api of apis) await api.stop();
    for (const d of dbs) {
      await stopBenchDb(d.db);
      const bytes = storeBytes(d.db);
      if (bytes !== undefined) d.load.storeMb = mb(bytes);
    }
  }
}
