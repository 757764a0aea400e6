/** The weighted-views bench's results as Markdown. */
import type { GraphqlRow } from './views-graphql.js';
import { median, type PageResult } from './views-browser.js';

export interface ViewsResult {
  readonly date: string;
  readonly smoke: boolean;
  readonly machine: {
    cores: number;
    cpu: string;
    memoryGb: number;
    node: string;
    loadAtStart: number;
  };
  readonly database: string;
  readonly counts: Record<string, number>;
  readonly graphql: { warmup: number; rounds: number; rows: GraphqlRow[] };
  readonly page: PageResult & { rounds: number; timeoutMs: number };
}

export function markdown(r: ViewsResult): string {
  const { counts } = r;
  const lines = [
    `# Dashboard weighted views — ${r.date.slice(0, 10)}${r.smoke ? ' (smoke)' : ''}`,
    '',
    `Machine: ${r.machine.cores} cores (${r.machine.cpu}), ${r.machine.memoryGb} GB, Node ${r.machine.node}, load ${r.machine.loadAtStart} at start. ` +
      `Database ${r.database}: ${Object.entries(counts)
        .map(([label, n]) => `${n.toLocaleString('en')} ${label}`)
        .join(', ')}.`,
  ];
  if (counts.Project === 0)
    lines.push(
      '',
      '**No CORDIS data: `MATCH (p:Project)` counts 0, the PROJECTS views are skipped.**',
    );
  lines.push(
    '',
    `## GraphQL (in process, executeOperation)`,
    '',
    `${r.graphql.rounds} rounds after ${r.graphql.warmup} warm-up, every field of the view selected.`,
    '',
    '| view | focus | p50 ms | p95 ms | nodes | edges | total |',
    '|---|---|---:|---:|---:|---:|---:|',
  );
  for (const row of r.graphql.rows) {
    const focus = row.entity
      ? `${row.entity.name} (\`${row.entity.id}\`${row.entity.n === null ? '' : `, ${row.entity.n}`})`
      : '';
    lines.push(
      row.ms
        ? `| ${row.view} | ${focus} | ${row.ms.p50} | ${row.ms.p95} | ${row.nodes} | ${row.edges} | ${row.total}${row.truncated ? ' (truncated)' : ''} |`
        : `| ${row.view} | skipped: ${row.skipped} | | | | | |`,
    );
  }
  lines.push(
    '',
    '(focus: for the views found by Cypher, what chose them: current participations or meetings attended.)',
    '',
    '## The page in Chromium',
    '',
  );
  if (r.page.skipped) {
    lines.push(`Skipped: ${r.page.skipped}.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(
    `Headless Chromium (SwiftShader WebGL, no GPU), 1400×900; ${r.page.rounds} round(s) per view, ` +
      `the page reloaded each round; medians. The page's own timings (window.policyGraph.lastTimings), ` +
      `from the start of the load; the synthetic network through drawNetwork. Meetings views at depth 1. ` +
      `"Settled" is when the page's layout stops: it runs for a time that grows with the graph, ` +
      `capped (src/dashboard/web/layout.ts), so for 5,000 nodes it is mostly that cap.`,
    '',
    '| view | first frame ms | settled ms | nodes | edges |',
    '|---|---:|---:|---:|---:|',
  );
  for (const row of r.page.rows) {
    lines.push(
      row.firstFrameMs && row.settledMs
        ? `| ${row.view} | ${median(row.firstFrameMs)} | ${median(row.settledMs)} | ${row.nodes} | ${row.edges} |`
        : `| ${row.view} | not measured: ${row.notMeasured}${row.detail ? ` (${row.detail.replaceAll('|', '/').slice(0, 160)})` : ''} | | | |`,
    );
  }
  if (r.page.pageErrors.length > 0)
    lines.push('', `Page errors: ${r.page.pageErrors.map((e) => `\`${e}\``).join('; ')}.`);
  return `${lines.join('\n')}\n`;
}
