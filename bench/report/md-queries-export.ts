import { CUSTOM_P50_LIMIT_MS, type CustomQueriesResult } from '../api/custom-queries.js';
import { EXPORT_PEAK_LIMIT_MB, type ExportResult } from '../export.js';
import { n, ok, table } from './md-table.js';

type Sized<T> = T & { size: string };

export function queriesSection(q: Sized<CustomQueriesResult>): string[] {
  return [
    `## Custom GraphQL queries (${q.size} set, executeOperation, ${q.rounds} rounds after ${q.warmup})`,
    '',
    ...table(
      ['query', 'p50 ms', 'p95 ms', `p50 ≤ ${CUSTOM_P50_LIMIT_MS} ms`],
      q.queries.map((x) => [
        x.name,
        x.ms.p50.toFixed(1),
        x.ms.p95.toFixed(1),
        ok(x.ms.p50 <= CUSTOM_P50_LIMIT_MS),
      ]),
    ),
  ];
}

export function exportSection(e: Sized<ExportResult>): string[] {
  return [
    `## Exports (${e.size} set: ${n(e.nodes)} nodes, ${n(e.relationships)} relationships; \`policy-graph export\` in a child process)`,
    '',
    ...table(
      ['format', 's', 'MB written', 'peak RSS MB', 'samples', `≤ ${EXPORT_PEAK_LIMIT_MB} MB`],
      e.formats.map((f) => [
        f.format,
        f.seconds,
        f.megabytes,
        f.peakRssMb,
        f.samples,
        ok(f.peakRssMb <= EXPORT_PEAK_LIMIT_MB),
      ]),
    ),
  ];
}

/** Headline rows: the slowest custom query and the largest export peak, against their limits. */
export function queriesExportHeadline(
  q?: Sized<CustomQueriesResult>,
  e?: Sized<ExportResult>,
): (string | number)[][] {
  const rows: (string | number)[][] = [];
  const slowest = q?.queries.reduce((a, b) => (b.ms.p50 > a.ms.p50 ? b : a));
  if (slowest) {
    rows.push([
      `custom queries: slowest p50 (${slowest.name}), ms`,
      slowest.ms.p50.toFixed(1),
      `≤ ${CUSTOM_P50_LIMIT_MS}`,
      ok(slowest.ms.p50 <= CUSTOM_P50_LIMIT_MS),
    ]);
  }
  const largest = e?.formats.reduce((a, b) => (b.peakRssMb > a.peakRssMb ? b : a));
  if (largest) {
    rows.push([
      `export: largest peak RSS (${largest.format}, ${n(e!.relationships)} relationships), MB`,
      largest.peakRssMb,
      `≤ ${EXPORT_PEAK_LIMIT_MB}`,
      ok(largest.peakRssMb <= EXPORT_PEAK_LIMIT_MB),
    ]);
  }
  return rows;
}
