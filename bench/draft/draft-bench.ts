/**
 * Benchmark of `policy-graph draft` (issue 14): the founding article drafted against the graph
 * with and without its own curated file, and the four EDITH notes blocks each without theirs,
 * scored against the curated seed files (recall, precision, date, city, invented), and timed.
 * Only reads the configured database (it must hold the curated seed: npm start or seed first).
 * Run: npx tsx bench/draft/draft-bench.ts → bench/results/draft-<date>.{json,md}
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/config.js';
import { fromRoot } from '../../src/config/paths.js';
import { readArticle } from '../../src/draft/article.js';
import type { Gazetteer } from '../../src/draft/gazetteer.js';
import { loadGazetteer } from '../../src/draft/load-gazetteer.js';
import { createDriver } from '../../src/neo4j/driver.js';
import { resolveConnection } from '../../src/neo4j/resolve-connection.js';
import { edithBlocks } from './edith-notes.js';
import { median } from './fold.js';
import { documentExists, graphState, readProvenance } from './graph-state.js';
import { writeReport } from './write-report.js';
import { cliRun, FINDERS, runDraft, validateDrafts, type DraftRun } from './run-draft.js';
import { readSeedView } from './seed-view.js';

const FOUNDING_DOC = 'doc:2025-10-21-ebrains-vht-article';
const FOUNDING_TEXT = 'seed/sources/01-ebrains-vht-event-2025-10-21.txt';
const FOUNDING_SEED = 'seed/2025-10-21-ebrains-vht-event.yaml';
const RUNS = 5;

const connection = await resolveConnection(loadConfig(), () => {});
const driver = createDriver(connection);
const db = connection.database;
const loadAtStart = os.loadavg();
const dir = mkdtempSync(join(tmpdir(), 'policy-graph-draft-bench-'));

try {
  if (!(await documentExists(driver, db, FOUNDING_DOC))) {
    console.error(
      `${connection.uri} has no ${FOUNDING_DOC}: the benchmark needs the curated seed in the graph (run npm start or policy-graph seed first)`,
    );
    process.exit(2);
  }
  const loadMs: number[] = [];
  let loaded: Gazetteer | undefined;
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    loaded = await loadGazetteer(driver, db);
    loadMs.push(Math.round(performance.now() - t));
  }
  const names = loaded!;
  const provenance = await readProvenance(driver, db);
  const states = {
    without: await graphState(driver, db, names, provenance, [FOUNDING_DOC]),
    with: await graphState(driver, db, names, provenance, []),
  };
  const w = states.without.dropped;
  console.log(
    `without ${FOUNDING_DOC}: ${w.entities.length} entities dropped, ${w.spellings.length} spellings (${w.spellings.join(', ')}), renamed: ${w.renamed.join(', ') || 'none'}`,
  );

  const article = readArticle(fromRoot(FOUNDING_TEXT));
  const curated = readSeedView(readFileSync(fromRoot(FOUNDING_SEED), 'utf8'), names);
  if (curated.unresolved.length) console.warn('curated refs unresolved:', curated.unresolved);
  const founding: DraftRun[] = [];
  for (const key of ['without', 'with'] as const) {
    for (const finder of FINDERS) {
      const run = await runDraft(article, states[key], key, finder, curated, names, dir, RUNS);
      founding.push(run);
      report(`founding ${key} ${finder}`, run);
    }
  }
  const cli = [...FINDERS.map((f) => ['--people', f]), ['--people', 'patterns', '--offline']].map(
    (args) =>
      cliRun(fromRoot(FOUNDING_TEXT), join(dir, `cli-${args.slice(1).join('')}.yaml`), args),
  );
  console.log('cli', cli);

  const edith = [];
  for (const block of edithBlocks(dir)) {
    const state = await graphState(driver, db, names, provenance, [block.sourceId]);
    const view = readSeedView(block.curatedYaml, names);
    if (view.unresolved.length) console.warn(`${block.letter} refs unresolved:`, view.unresolved);
    const runs: DraftRun[] = [];
    for (const finder of FINDERS) {
      const run = await runDraft(
        readArticle(block.file),
        state,
        'without',
        finder,
        view,
        names,
        dir,
        RUNS,
      );
      runs.push(run);
      report(`EDITH ${block.letter} ${finder}`, run);
    }
    edith.push({ block, dropped: state.dropped, runs });
  }

  validateDrafts([...founding, ...edith.flatMap((e) => e.runs)]);
  for (const r of [...founding, ...edith.flatMap((e) => e.runs)])
    if (r.validation?.length) console.log('invalid:', r.yamlFile, r.validation.join(' | '));
  const day = new Date().toISOString().slice(0, 10);
  const timings = {
    loadAverage: [loadAtStart, os.loadavg()].map((l) => l.map((x) => Math.round(x * 10) / 10)),
    gazetteerLoadMs: median(loadMs),
    gazetteerLoadRunsMs: loadMs,
    gazetteerEntities: names.entities.length,
    cli,
  };
  writeReport(day, { founding, edith, timings, states, node: process.version, draftsIn: dir });
  console.log(`drafts kept in ${dir}`);
} finally {
  await driver.close();
}

/** One line per run, and the mappings by name (not by id) for a look. */
function report(what: string, run: DraftRun): void {
  const s = run.score;
  const r = (m: { found: number; curated: number; right: number; drafted: number }) =>
    `${m.found}/${m.curated}·${m.right}/${m.drafted}`;
  console.log(
    `${what}: ${run.medianMs} ms people ${r(s.people)} orgs ${r(s.organisations)} aff ${r(s.affiliations)} speakers ${r(s.speakers)} quotes ${r(s.quotedStatements)} date ${s.date} city ${s.city}`,
  );
  const byName = Object.entries(s.mapping).filter(([d, c]) => c && c !== d);
  if (byName.length)
    console.log('  mapped by name/text/date:', byName.map(([d, c]) => `${d} → ${c}`).join(', '));
  if (s.invented.length) console.log('  invented:', s.invented.join('; '));
  if (s.relationships.extra.length)
    console.log('  relationships not curated:', s.relationships.extra.join('; '));
}
