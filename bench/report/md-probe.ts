import type { ScaleResult } from '../scale.js';
import { n, table } from './md-table.js';

/** The seed-script user's case: one small event document into graphs of each size. */
export function probeLoadSection(s: ScaleResult): string[] {
  const rows = s.sizes
    .filter((x) => x.probeLoad)
    .map((x) => {
      const { all, named } = x.probeLoad.modes;
      return [
        x.size,
        `${all.ms.p50.toFixed(0)} / ${all.ms.max.toFixed(0)}`,
        n(all.entitiesRead),
        `${named.ms.p50.toFixed(0)} / ${named.ms.max.toFixed(0)}`,
        n(named.entitiesRead),
        (all.ms.p50 / named.ms.p50).toFixed(1),
        x.probeLoad.auto,
        x.probeLoad.cost
          ? `${x.probeLoad.cost.usPerEntity} µs / ${x.probeLoad.cost.msPerQuery} ms = ${x.probeLoad.cost.rowsPerQuery}`
          : '—',
      ];
    });
  if (!rows.length) return [];
  return [
    '## A new event document into a large graph (dry run: validate, look up, resolve, plan)',
    '',
    'One event, two speakers (one by id, one by name). `all` reads every entity to resolve names;',
    '`named` asks only for the ids and names the document uses (id index + full-text candidates).',
    '',
    ...table(
      [
        'size',
        'all: p50 / max ms',
        'entities read',
        'named: p50 / max ms',
        'entities read',
        'speed-up',
        'auto chose',
        'entity read / name query = rows per query (model of auto: 400)',
      ],
      rows,
    ),
  ];
}
