/** The benchmark's markdown: a score table per article, timings, invented and missed facts. */
import type { CliRun, DraftRun } from './run-draft.js';
import type { Measure, Score } from './score.js';

export interface Timings {
  readonly gazetteerLoadMs: number;
  /** os.loadavg() at the start and the end of the benchmark (2 cores). */
  readonly loadAverage: number[][];
  readonly gazetteerEntities: number;
  readonly cli: readonly CliRun[];
}

const cell = (m: Measure): string =>
  `${m.curated ? `${m.found}/${m.curated}` : '–'} · ${m.drafted ? `${m.right}/${m.drafted}` : '–'}`;
const yesNo = (v: boolean | null): string => (v === null ? 'n/a' : v ? 'yes' : '**no**');

const ROWS: [string, (s: Score) => string][] = [
  ['people', (s) => cell(s.people)],
  ['organisations', (s) => cell(s.organisations)],
  ['affiliations (HOLDS_ROLE)', (s) => cell(s.affiliations)],
  ['… titles exact (of matched)', (s) => `${s.affiliations.titlesExact}/${s.affiliations.right}`],
  ['speakers (SPOKE_AT)', (s) => cell(s.speakers)],
  ['quoted statements', (s) => cell(s.quotedStatements)],
  [
    '… attributed right (of matched)',
    (s) => `${s.quotedStatements.attributedRight}/${s.quotedStatements.right}`,
  ],
  ['all statements', (s) => cell(s.allStatements)],
  ['all relationships', (s) => cell(s.relationships)],
  ['event date right', (s) => yesNo(s.date)],
  ['event city right', (s) => yesNo(s.city)],
  [
    'invented people/orgs (new + known)',
    (s) =>
      `${s.invented.filter((x) => x.includes('(new ')).length} + ${s.invented.filter((x) => x.includes('(known ')).length}`,
  ],
];

export const LEGEND =
  'Cells: recall `found/curated` · precision `right/drafted` (– when there is none).';

export function scoreTable(runs: readonly DraftRun[], label: (r: DraftRun) => string): string[] {
  const head = `| | ${runs.map(label).join(' | ')} |`;
  const rule = `|---|${runs.map(() => '---').join('|')}|`;
  const body = ROWS.map(([name, f]) => `| ${name} | ${runs.map((r) => f(r.score)).join(' | ')} |`);
  const valid = `| validates | ${runs.map((r) => (r.validation ? (r.validation.length ? `**no** (${r.validation.length} errors)` : 'yes') : '?')).join(' | ')} |`;
  const time = `| draft time (median of runs) | ${runs.map((r) => `${r.medianMs} ms`).join(' | ')} |`;
  return [head, rule, ...body, valid, time];
}

/** "name, name (×2 finders)" lists of what the runs invented. */
export function inventedLines(runs: readonly DraftRun[], label: (r: DraftRun) => string) {
  const lines = runs
    .filter((r) => r.score.invented.length)
    .map((r) => `- ${label(r)}: ${r.score.invented.join('; ')}`);
  return lines.length ? lines : ['- none'];
}

/** What the curated file has that the draft lacks: the curator's remaining work. */
export function missedLines(s: Score): string[] {
  const kinds = Object.entries(s.missedEntities)
    .map(([k, names]) => `${k} ×${names.length} (${names.join('; ')})`)
    .join(', ');
  const rels = Object.entries(s.relationships.missedByType)
    .sort((a, b) => b[1] - a[1])
    .map(([t, n]) => `${t} ×${n}`)
    .join(', ');
  return [
    `- entities missing: ${kinds || 'none'}`,
    `- relationships missing: ${rels || 'none'} (${s.relationships.curated - s.relationships.found} of ${s.relationships.curated})`,
    `- titles to fix: ${s.affiliations.right - s.affiliations.titlesExact} of ${s.affiliations.right} matched HOLDS_ROLE`,
    `- drafted facts not in the curated file (to delete): ${s.relationships.drafted - s.relationships.right} of ${s.relationships.drafted} relationships; invented: ${s.invented.join('; ') || 'none'}`,
  ];
}

export function timingLines(t: Timings): string[] {
  return [
    `- machine load average (1, 5, 15 min; 2 cores) at start ${t.loadAverage[0]?.join(', ')}, at end ${t.loadAverage[1]?.join(', ')}`,
    `- gazetteer load (loadGazetteer, median of 5): ${t.gazetteerLoadMs} ms for ${t.gazetteerEntities} entities`,
    '- CLI end to end (`node bin/policy-graph.js draft <article> --out <tmp> …`, with everything',
    '  loaded; wall time, and in brackets the time the command reports once its modules are loaded):',
    ...t.cli.map(
      (c) =>
        `  - \`${c.args}\`: ${c.wallMs} ms (${c.reportedMs ?? '?'} ms)${c.exit === 0 ? '' : ` exit ${c.exit}: ${c.said}`}`,
    ),
  ];
}
