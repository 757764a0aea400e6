import type { ApiResult } from '../api/bench-api.js';
import type { LoadResult } from '../load.js';
import type { LoaderResult } from '../loader.js';
import type { ScaleResult } from '../scale.js';
import type { Results } from './results.js';

const row = (cells: (string | number | undefined)[]): string =>
  `| ${cells.map((c) => (c === undefined ? '—' : String(c))).join(' | ')} |`;
const table = (head: string[], rows: (string | number | undefined)[][]): string[] => [
  row(head),
  row(head.map(() => '---')),
  ...rows.map(row),
];
const ok = (pass: boolean): string => (pass ? '✅' : '❌');
const n = (v: number | undefined): string => (v === undefined ? '—' : v.toLocaleString('en-GB'));

/** bench/results/<date>.md: headline ratios first, then each benchmark's table. */
export function resultsMarkdown(r: Results): string {
  const loader = r.loader as LoaderResult | undefined;
  const api = r.api as ApiResult | undefined;
  const scale = r.scale as ScaleResult | undefined;
  const load = r.load as LoadResult | undefined;
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
    ...table(['measure', 'value', 'target', ''], headline(loader, api, scale, load)),
  ];
  if (loader) out.push('', ...loaderSection(loader));
  if (api) out.push('', ...apiSection(api));
  if (scale) out.push('', ...scaleSection(scale));
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
      '≥ 20,000',
      ok(b.relsPerSec >= 20_000),
    ]);
  }
  for (const q of api?.questions ?? []) {
    rows.push([
      `API p50 GraphQL (HTTP) ÷ Cypher: ${q.question}`,
      q.ratioHttpOverCypher,
      '≤ 1.3',
      ok(q.ratioHttpOverCypher <= 1.3),
    ]);
  }
  for (const [q, byMode] of Object.entries(scale?.ratios ?? {})) {
    for (const [mode, v] of Object.entries(byMode)) {
      const span = `${scale!.sizes[scale!.sizes.length - 1]!.size} ÷ ${scale!.sizes[0]!.size}`;
      rows.push([`scale p50 t(${span}): ${q} (${mode})`, v, '≤ 1.5', ok(v <= 1.5)]);
    }
  }
  if (load) {
    const errors = load.levels.reduce((a, l) => a + l.errors, 0);
    rows.push(['load: errors over all levels', errors, '0', ok(errors === 0)]);
    rows.push([
      'load: server RSS start → end (MB)',
      `${load.rssStartMb} → ${load.rssEndMb}`,
      'no growth',
      '',
    ]);
  }
  return rows;
}

function loaderSection(l: LoaderResult): string[] {
  const runs = [l.realLoader, ...l.batchSizes, l.perRow];
  const c = l.cpuStagesMs;
  return [
    `## Loader (${l.size} nodes generated: ${l.files} files, ${l.megabytes} MB of YAML)`,
    '',
    ...table(
      [
        'way',
        'batch',
        'nodes',
        'relationships',
        'ms',
        'rows/s',
        'relationships/s',
        'peak RSS MB',
        'stages (ms)',
      ],
      runs.map((x) => [
        x.label,
        x.batchSize,
        n(x.nodes),
        n(x.relationships),
        n(x.ms),
        n(x.rowsPerSec),
        n(x.relsPerSec),
        x.peakRssMb,
        x.stagesMs
          ? Object.entries(x.stagesMs)
              .map(([k, v]) => `${k} ${n(v)}`)
              .join(', ')
          : undefined,
      ]),
    ),
    '',
    `CPU stages of the real loader, timed one by one: read ${n(c.readMs)} ms, parse (YAML) ${n(c.parseMs)} ms, validate ${n(c.validateMs)} ms, resolve ${n(c.resolveMs)} ms (${c.warnings} warnings, ${c.errors} errors).`,
    `The per-row baseline is a loop of single-row MERGE statements in one transaction on a sample (${l.perRow.sampleNodes} nodes on an empty graph, then ${l.perRow.sampleRels} relationships once all nodes exist), extrapolated as rows/s.`,
  ];
}

function apiSection(a: ApiResult): string[] {
  const modes = ['graphql-http', 'executeOperation', 'cypher'] as const;
  return [
    `## API overhead (${a.rounds} interleaved rounds after ${a.warmup} warm-up rounds)`,
    '',
    `Anchors: person \`${a.anchors.person}\`, path to \`${a.anchors.other}\`, initiative \`${a.anchors.initiative}\`, search "${a.anchors.term}".`,
    '',
    ...table(
      [
        'question',
        'ids (http/exec/cypher)',
        ...modes.map((m) => `${m} p50 / p95 / p99 ms`),
        'HTTP ÷ Cypher',
        'exec ÷ Cypher',
      ],
      a.questions.map((q) => [
        q.question,
        modes.map((m) => q.ids[m]).join('/'),
        ...modes.map(
          (m) =>
            `${q.ms[m].p50.toFixed(1)} / ${q.ms[m].p95.toFixed(1)} / ${q.ms[m].p99.toFixed(1)}`,
        ),
        q.ratioHttpOverCypher,
        q.ratioExecuteOverCypher,
      ]),
    ),
  ];
}

function scaleSection(s: ScaleResult): string[] {
  const sizes = s.sizes.map((x) => x.size);
  return [
    '## Scale curve (one Neo4j per size, interleaved rounds)',
    '',
    ...table(
      [
        'size',
        'load method',
        'load s',
        'nodes',
        'relationships',
        'store MB',
        'anchor person',
        'anchor initiative',
      ],
      s.sizes.map((x) => [
        x.size,
        x.load.method,
        x.load.ms === undefined ? 'reused' : (x.load.ms / 1000).toFixed(1),
        n(x.load.nodes),
        n(x.load.relationships),
        x.load.storeMb,
        `\`${x.anchors.person}\``,
        `\`${x.anchors.initiative}\``,
      ]),
    ),
    '',
    ...table(
      [
        'question (mode)',
        ...sizes.map((z) => `${z} p50 / p95 ms`),
        `ratio ${sizes[sizes.length - 1]} ÷ ${sizes[0]}`,
      ],
      Object.entries(s.ms).flatMap(([q, byMode]) =>
        Object.entries(byMode).map(([mode, bySize]) => [
          `${q} (${mode})`,
          ...sizes.map((z) => `${bySize[z]!.p50.toFixed(1)} / ${bySize[z]!.p95.toFixed(1)}`),
          s.ratios[q]![mode],
        ]),
      ),
    ),
  ];
}

function loadSection(l: LoadResult): string[] {
  return [
    `## Load (autocannon → \`policy-graph serve\` on loopback; mix: ${l.mix.join(', ')})`,
    '',
    ...table(
      [
        'connections',
        's',
        'requests',
        'req/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'errors',
        'timeouts',
        'non-2xx',
        'GraphQL errors',
        'RSS before → after MB',
      ],
      l.levels.map((x) => [
        x.connections,
        x.durationSec,
        n(x.requests),
        x.reqPerSec,
        x.p50,
        x.p99,
        x.max,
        x.errors,
        x.timeouts,
        x.non2xx,
        x.graphqlErrors,
        `${x.rssBeforeMb} → ${x.rssAfterMb}`,
      ]),
    ),
  ];
}
