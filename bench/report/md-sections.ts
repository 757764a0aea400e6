import type { ApiResult } from '../api/bench-api.js';
import { MODES } from '../api/modes.js';
import { FLOOR } from '../api/questions.js';
import type { LoaderResult } from '../loader.js';
import type { ScaleResult } from '../scale.js';
import { n, table } from './md-table.js';

export function loaderSection(l: LoaderResult): string[] {
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

export function apiSection(a: ApiResult): string[] {
  const modes = MODES;
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
        'HTTP cached ÷ Cypher',
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
        q.ratioCachedOverCypher,
        q.ratioExecuteOverCypher,
      ]),
    ),
    ...overheadSplit(a),
  ];
}

/** p50 overhead of each question over its Cypher: HTTP transport vs in-process GraphQL work. */
function overheadSplit(a: ApiResult): string[] {
  const floor = a.questions.find((q) => q.question === FLOOR.name);
  if (!floor) return [];
  const transport = floor.ms['graphql-http'].p50 - floor.ms.executeOperation.p50;
  return [
    '',
    `Where the overhead goes (p50 ms). An empty operation (\`{ __typename }\`) costs ${floor.ms.executeOperation.p50.toFixed(1)} ms in process and ${floor.ms['graphql-http'].p50.toFixed(1)} ms over HTTP, so HTTP transport (fetch, express, Apollo's HTTP layer) is ${transport.toFixed(1)} ms; the smallest Cypher (\`RETURN 1\`) costs ${floor.ms.cypher.p50.toFixed(1)} ms through the driver. The rest of each question's overhead is in process: @neo4j/graphql's translation, its generated Cypher, and GraphQL field resolution.`,
    '',
    ...table(
      ['question', 'HTTP − Cypher', 'HTTP transport', 'in process (exec − Cypher)'],
      a.questions
        .filter((q) => q !== floor)
        .map((q) => [
          q.question,
          (q.ms['graphql-http'].p50 - q.ms.cypher.p50).toFixed(1),
          transport.toFixed(1),
          (q.ms.executeOperation.p50 - q.ms.cypher.p50).toFixed(1),
        ]),
    ),
  ];
}

export function scaleSection(s: ScaleResult): string[] {
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
        'anchor initiatives (busiest; 20–40 links)',
        'PROFILE db hits (Cypher)',
      ],
      s.sizes.map((x) => [
        x.size,
        x.load.method,
        `${(x.load.ms / 1000).toFixed(1)}${x.load.reused ? ` (run of ${x.load.loadedAt.slice(0, 16)})` : ''}`,
        n(x.load.nodes),
        n(x.load.relationships),
        x.load.storeMb,
        `\`${x.anchors.person}\``,
        `\`${x.anchors.initiative}\`; \`${x.anchors.typicalInitiative ?? '—'}\``,
        Object.entries(x.dbHits ?? {})
          .map(([q, h]) => `${q}: ${n(h)}`)
          .join('; '),
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

export function fixesSection(s: ScaleResult): string[] {
  const rows = s.sizes.flatMap((x) =>
    (x.fixes ?? []).map((f) => [
      f.fix,
      x.size,
      n(f.before.dbHits),
      n(f.after.dbHits),
      f.before.ms.p50.toFixed(1),
      f.after.ms.p50.toFixed(1),
      (f.before.ms.p50 / f.after.ms.p50).toFixed(2),
    ]),
  );
  if (!rows.length) return [];
  return [
    '## Performance fixes, before and after (interleaved, same run)',
    '',
    ...table(
      [
        'statement',
        'size',
        'db hits before',
        'db hits after',
        'p50 ms before',
        'p50 ms after',
        'speed-up',
      ],
      rows,
    ),
  ];
}
