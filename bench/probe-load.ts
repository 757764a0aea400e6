import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { cypherFile } from '../src/neo4j/cypher-file.js';
import type { LookupMode } from '../src/seed/resolve/known-entities.js';
import { nameQuery } from '../src/seed/resolve/name-query.js';
import { loadSeeds } from '../src/seed/pipeline.js';
import type { Anchors } from './api/questions.js';
import type { BenchDb } from './bench-db.js';
import { benchCypher } from './cypher.js';
import { summarize, type Summary } from './stats.js';

/** One new event document loaded (dry run: resolve + plan, nothing written) into a big graph. */
export interface ProbeLoadResult {
  /** Per look-up mode: ms per dry-run load and how many existing entities it read. */
  readonly modes: Record<Exclude<LookupMode, 'auto'>, { ms: Summary; entitiesRead: number }>;
  /** What `auto` chose at this size. */
  readonly auto: string;
  /** The look-up cost model: µs per entity read, ms per full-text name query, their ratio. */
  readonly cost: { usPerEntity: number; msPerQuery: number; rowsPerQuery: number };
}

/**
 * The seed-script user's case: a small event document (one event, two speakers, one by id and
 * one by name) into a graph of this size. Rounds alternate the two look-up modes.
 */
export async function benchProbeLoad(
  db: BenchDb,
  anchors: Anchors,
  rounds: number,
): Promise<ProbeLoadResult> {
  const { records } = await db.driver.executeQuery(
    benchCypher('entity-name'),
    { id: anchors.other },
    { database: db.connection.database, routing: 'READ' },
  );
  const name = String(records[0]?.get('name'));
  const dir = mkdtempSync(join(tmpdir(), 'pg-probe-'));
  const file = join(dir, 'probe.yaml');
  writeFileSync(file, probeDocument(anchors.person, name));
  try {
    const load = (lookup: LookupMode) =>
      loadSeeds(db.driver, db.connection.database, [file], { dryRun: true, lookup });
    const auto = await load('auto');
    const errors = auto.issues.filter((i) => i.severity === 'error');
    if (errors.length) throw new Error(`probe document: ${errors[0]!.message}`);
    const ms = { all: [] as number[], named: [] as number[] };
    const read = { all: 0, named: 0 };
    for (let round = 0; round <= rounds; round++) {
      for (const mode of round % 2 ? (['all', 'named'] as const) : (['named', 'all'] as const)) {
        const began = performance.now();
        const report = await load(mode);
        if (round > 0) ms[mode].push(performance.now() - began);
        read[mode] = report.lookups[0]?.entities ?? 0;
      }
    }
    return {
      cost: await lookupCost(db),
      auto: auto.lookups[0]?.mode ?? '?',
      modes: {
        all: { ms: summarize(ms.all), entitiesRead: read.all },
        named: { ms: summarize(ms.named), entitiesRead: read.named },
      },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const probeDocument = (personId: string, otherName: string): string => `source:
  id: doc:bench-probe-event
  name: Probe event page
  kind: WEB_PAGE
  url: https://example.org/bench-probe
  sha256: '${'b'.repeat(64)}'
entities:
  - id: event:bench-probe-workshop
    name: Bench probe workshop
    kind: WORKSHOP
    date: '2026-11-20'
relationships:
  - from: ${personId}
    type: SPOKE_AT
    to: event:bench-probe-workshop
  - from: ${JSON.stringify(otherName)}
    type: SPOKE_AT
    to: event:bench-probe-workshop
`;

/** Reading every entity vs 500 full-text name queries (names of people in the graph), once warm. */
async function lookupCost(db: BenchDb): Promise<ProbeLoadResult['cost']> {
  const run = (cypher: string, params: Record<string, unknown>) =>
    db.driver.executeQuery(cypher, params, { database: db.connection.database, routing: 'READ' });
  const { records } = await run(benchCypher('person-names'), { limit: neo4j.int(500) });
  const queries = records.map((r) => nameQuery(String(r.get('name')))).filter(Boolean);
  let usPerEntity = Infinity;
  let msPerQuery = Infinity;
  for (let round = 0; round < 3; round++) {
    let began = performance.now();
    const all = await run(cypherFile('seed/known-entities.cypher'), {});
    usPerEntity = Math.min(usPerEntity, ((performance.now() - began) * 1000) / all.records.length);
    began = performance.now();
    await run(cypherFile('seed/entities-by-name.cypher'), { queries, perQuery: neo4j.int(50) });
    msPerQuery = Math.min(msPerQuery, (performance.now() - began) / queries.length);
  }
  return {
    usPerEntity: Math.round(usPerEntity * 10) / 10,
    msPerQuery: Math.round(msPerQuery * 100) / 100,
    rowsPerQuery: Math.round((msPerQuery * 1000) / usPerEntity),
  };
}
