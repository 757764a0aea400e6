import { issueLines } from '../pipeline/report-lines.js';
import type { ImportReport } from './import.js';

/** The import's summary as lines for people (the CLI prints them). */
export function summaryLines(
  report: ImportReport,
  opts: { dryRun?: boolean; onError?: string },
): string[] {
  const lines = issueLines(report, opts, 'row');
  const o = report.organisations;
  const p = report.officials;
  const s = (secs: number) => `${secs.toFixed(1)} s`;
  const elapsed = report.elapsedMs / 1000;
  lines.push(
    `rows read ${report.rowsRead} (${report.rowsValid} valid) · ${report.rowsValid && elapsed ? Math.round(report.rowsValid / elapsed) : 0} rows/s`,
    report.written
      ? `meetings: ${report.meetings.distinct} distinct, ${report.meetings.created} created, ${report.meetings.distinct - report.meetings.created} already there`
      : `meetings: ${report.meetings.distinct || '(not counted)'} distinct`,
    `organisations: ${o.spellings} spellings → ${o.linked} linked to curated entities, ${o.created} new, ${o.known} from an earlier import`,
    `officials: ${p.spellings} names → ${p.linked} linked to curated people, ${p.created} new, ${p.known} from an earlier import`,
    `suggestions waiting for review: ${report.suggestions.length} (policy-graph review)`,
  );
  for (const c of report.conflicts) lines.push(`judgement not applied: ${c}`);
  if (report.written)
    lines.push(
      `written: ${report.counts.nodesCreated} nodes, ${report.counts.relationshipsCreated} relationships created, ${report.counts.propertiesSet} properties set`,
    );
  lines.push(
    `${opts.dryRun ? 'dry run, nothing written' : report.written ? 'committed' : 'nothing written'} · ${s(elapsed)}`,
  );
  return lines;
}
