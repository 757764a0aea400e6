import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LookupMode } from '../src/seed/known-entities.js';
import { loadSeeds } from '../src/seed/load.js';
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
