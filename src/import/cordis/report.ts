import { issueLines } from '../pipeline/report-lines.js';
import type { CordisReport } from './import.js';

/** The import's summary as lines for people (the CLI prints them). */
export function cordisSummary(
  report: CordisReport,
  opts: { dryRun?: boolean; onError?: string },
): string[] {
  const elapsed = report.elapsedMs / 1000;
  const perSecond = (n: number) => (elapsed ? Math.round(n / elapsed) : 0);
  const o = report.organisations;
  const p = report.projects;
  const lines = [
    ...issueLines(report, opts, 'project file'),
    `projects read ${report.recordsRead} (${report.recordsValid} valid) · ${perSecond(report.recordsValid)} projects/s · ${perSecond(report.participations)} participations/s`,
    `projects: ${p.spellings} → ${p.linked} linked to curated projects (by grant number), ${p.created} new, ${p.known} from an earlier import`,
    `organisations: ${o.spellings} PICs → ${o.linked} linked to known organisations, ${o.created} new, ${o.known} from an earlier import`,
    `participations: ${report.participations}`,
    `programme parts and calls: ${report.programmes.spellings} (${report.programmes.created} new)`,
    `suggestions waiting for review: ${report.suggestions.length} (policy-graph review)`,
    ...report.conflicts.map((c) => `judgement not applied: ${c}`),
  ];
  if (report.written)
    lines.push(
      `written: ${report.counts.nodesCreated} nodes, ${report.counts.relationshipsCreated} relationships created, ${report.counts.propertiesSet} properties set`,
    );
  lines.push(
    `${opts.dryRun ? 'dry run, nothing written' : report.written ? 'committed' : 'nothing written'} · ${elapsed.toFixed(1)} s`,
  );
  return lines;
}
