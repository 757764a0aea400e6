import type { ApiResult } from '../api/bench-api.js';
import { heapGrowth, type LoadResult } from '../load.js';
import type { LoaderResult } from '../loader.js';
import type { ScaleResult } from '../scale.js';
import { FLOOR } from '../api/questions.js';
import { probeLoadSection } from './md-probe.js';
import { loadSection } from './md-load.js';
import { apiSection, fixesSection, loaderSection, scaleSection } from './md-sections.js';
import { n, ok, table } from './md-table.js';
import { exportSection, queriesExportHeadline, queriesSection } from './md-queries-export.js';
import type { CustomQueriesResult } from '../api/custom-queries.js';
import type { ExportResult } from '../export.js';
import type { Results } from './results.js';

/** bench/results/<date>.md: headline ratios first, then each benchmark's table. */
export function resultsMarkdown(r: Results): string {
  const loader = r.loader as LoaderResult | undefined;
  const api = r.api as ApiResult | undefined;
  const scale = r.scale as ScaleResult | undefined;
  const load = r.load as LoadResult | undefined;
  const queries = r.queries as (CustomQueriesResult & { size: string }) | undefined;
  const exports = r.export as (ExportResult & { size: string }) | undefined;
  const out = [
    `# policy-graph benchmarks — ${r.date}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} GB, Node ${r.machine.node}` +
      (r.neo4j ? `; Neo4j ${r.neo4j.version}` : '') +
      '. Shared and noisy: every headline figure is a ratio of two things measured in the same run, interleaved.',
    '',
    `![scale curve and latency distribution](${r.date}.svg)`,
    '',
    '## Headline ratios',
    '',
    ...table(
      ['measure', 'value', 'target', ''],
      [...headline(loader, api, scale, load), ...queriesExportHeadline(queries, exports)],
    ),
  ];
  if (loader) out.push('', ...loaderSection(loader));
  if (api) out.push('', ...apiSection(api));
  if (queries) out.push('', ...queriesSection(queries));
  if (exports) out.push('', ...exportSection(exports));
  if (scale)
    out.push(
      '',
      ...scaleSection(scale),
      '',
      ...probeLoadSection(scale),
      '',
      ...fixesSection(scale),
    );
  if (load) out.push('', ...loadSection(load));
  if (r.notes.length) out.push('', '## Notes', '', ...r.notes.map((t) => `- ${t}`));
  return `${out.join('\n')}\n`;
}

function headline(
  loader?: LoaderResult,
  api?: ApiResult,
  scale?: ScaleResult,
  load?: LoadResult,
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  if (loader) {
    const b = loader.batchSizes.find((x) => x.batchSize === 10_000) ?? loader.batchSizes[0]!;
    rows.push([
      `loader: batched (10k) ÷ per-row rows/s, ${loader.size} set`,
      `${loader.ratios.batched10kOverPerRow}×`,
      '≥ 50×',
      ok(loader.ratios.batched10kOverPerRow >= 50),
    ]);
    rows.push([
      `loader: real loader end to end ÷ per-row`,
      `${loader.ratios.realLoaderOverPerRow}×`,
      '—',
      '',
    ]);
    rows.push([
      `loader: write stage relationships/s (${n(b.relationships)} relationships)`,
      n(b.relsPerSec),
      '≥ 50,000',
      ok(b.relsPerSec >= 50_000),
    ]);
    const real = loader.realLoader;
    rows.push([
      `loader: \`policy-graph seed\` end to end, relationships/s (${loader.size} set, own process)`,
      n(real.relsPerSec),
      '≥ 20,000',
      ok(real.relsPerSec >= 20_000),
    ]);
    rows.push([
      `loader: \`policy-graph seed\` peak RSS MB (${loader.size} set, ${loader.megabytes} MB of YAML)`,
      real.peakRssMb,
      '≤ 400',
      ok(real.peakRssMb <= 400),
    ]);
  }
  for (const q of api?.questions ?? []) {
    if (q.question === FLOOR.name) continue;
    rows.push([
      `API p50 GraphQL (HTTP) ÷ Cypher: ${q.question}`,
      q.ratioHttpOverCypher,
      '≤ 1.3',
      ok(q.ratioHttpOverCypher <= 1.3),
    ]);
    rows.push([
      `API p50 GraphQL (HTTP, response cache on, repeated) ÷ Cypher: ${q.question}`,
      q.ratioCachedOverCypher,
      '≤ 1.3',
      ok(q.ratioCachedOverCypher <= 1.3),
    ]);
  }
  for (const [q, byMode] of Object.entries(scale?.ratios ?? {})) {
    for (const [mode, v] of Object.entries(byMode)) {
      const span = `${scale!.sizes[scale!.sizes.length - 1]!.size} ÷ ${scale!.sizes[0]!.size}`;
      rows.push([`scale p50 t(${span}): ${q} (${mode})`, v, '≤ 1.5', ok(v <= 1.5)]);
    }
  }
  const biggest = scale?.sizes[scale.sizes.length - 1];
  if (biggest?.probeLoad) {
    const { all, named } = biggest.probeLoad.modes;
    rows.push([
      `seed: one event document into ${biggest.size}, p50 ms named look-up vs all entities`,
      `${named.ms.p50.toFixed(0)} vs ${all.ms.p50.toFixed(0)} (${(all.ms.p50 / named.ms.p50).toFixed(0)}×)`,
      '—',
      '',
    ]);
  }
  if (load) {
    const errors = load.levels.reduce((a, l) => a + l.errors, 0) + (load.cached?.errors ?? 0);
    rows.push(['load: errors over all levels', errors, '0', ok(errors === 0)]);
    const at8 = load.levels.find((l) => l.connections === 8);
    if (at8) {
      rows.push([
        'load: req/s at 8 connections, cache off',
        at8.reqPerSec,
        '≥ 400',
        ok(at8.reqPerSec >= 400),
      ]);
      rows.push(['load: p99 ms at 8 connections, cache off', at8.p99, '≤ 100', ok(at8.p99 <= 100)]);
      if (load.cypherCeiling)
        rows.push([
          `load: Neo4j alone, the mix's Cypher through the driver at ${load.cypherCeiling.connections} callers (req/s, p99 ms)`,
          `${load.cypherCeiling.reqPerSec} (p99 ${load.cypherCeiling.p99})`,
          '—',
          '',
        ]);
    }
    if (load.cached)
      rows.push([
        `load: req/s at ${load.cached.connections} connections, repeated questions (cache on, ${Math.round(load.cached.hitShare * 100)}% hits)`,
        load.cached.reqPerSec,
        '≥ 2,000',
        ok(load.cached.reqPerSec >= 2000),
      ]);
    const growth = heapGrowth(load);
    if (growth)
      rows.push([
        `load: live heap after GC over ${load.soak!.heapAfterGcMb.length} soak rounds (MB)`,
        `${load.soak!.heapAfterGcMb.join(' → ')} (${growth.mb >= 0 ? '+' : ''}${growth.mb})`,
        'no growth',
        ok(!growth.grows),
      ]);
    rows.push([
      'load: server RSS start → end (MB)',
      `${load.rssStartMb} → ${load.rssEndMb}`,
      'no growth',
      '',
    ]);
  }
  return rows;
}
