import { heapGrowth, type LoadResult } from '../load.js';
import { n, table } from './md-table.js';

export function loadSection(l: LoadResult): string[] {
  const growth = heapGrowth(l);
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
        'live heap after GC MB',
      ],
      [...l.levels, ...(l.cached ? [l.cached] : [])].map((x) => [
        x === l.cached ? `${x.connections}, cache on` : x.connections,
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
        x.heapAfterGcMb ?? '—',
      ]),
    ),
    '',
    'The levels run against a server with the response cache off (`RESPONSE_CACHE_MB=0`: every answer computed); ' +
      '"cache on" is the same mix against a server with the default cache, after a warm-up round (repeated questions, as a dashboard asks them).',
    ...(l.cypherCeiling
      ? [
          '',
          `Neo4j alone (the ceiling of computed answers on this machine): the same mix as hand-written Cypher through the driver, ${l.cypherCeiling.connections} concurrent callers, ${l.cypherCeiling.durationSec} s: ` +
            `${n(l.cypherCeiling.requests)} answers, ${l.cypherCeiling.reqPerSec} req/s, p50 ${l.cypherCeiling.p50} ms, p99 ${l.cypherCeiling.p99} ms.`,
        ]
      : []),
    ...(l.soak && growth
      ? [
          '',
          `Memory: the server runs with \`--expose-gc\` and a bench-only probe (bench/api/heap-probe.mjs) that reports the live heap after a full GC. ` +
            `Warm (after a 10 s warm-up): ${l.heapWarmMb} MB; after each of ${l.soak.heapAfterGcMb.length} further rounds of ${l.soak.durationSec} s at ${l.soak.connections} connections: ` +
            `${l.soak.heapAfterGcMb.join(' → ')} MB (first → last soak round ${growth.mb >= 0 ? '+' : ''}${growth.mb} MB; ${growth.grows ? 'climbs every round: growth' : 'no steady climb'}).`,
        ]
      : []),
  ];
}
