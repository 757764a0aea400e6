import { formatRowIssue, type RowIssue } from './issues.js';

/** The first 50 issues, and what became of the import because of them. */
export function issueLines(
  report: { readonly issues: readonly RowIssue[]; readonly written: boolean },
  opts: { dryRun?: boolean },
  what: string,
): string[] {
  const lines: string[] = [];
  const shown = report.issues.slice(0, 50);
  for (const issue of shown) lines.push(formatRowIssue(issue));
  if (report.issues.length > shown.length)
    lines.push(`… and ${report.issues.length - shown.length} more`);
  if (report.issues.length && !report.written && !opts.dryRun)
    lines.push(
      `import: ${report.issues.length} bad ${what}(s); nothing was written (--on-error skip loads the others)`,
    );
  if (report.issues.length && report.written)
    lines.push(`skipped ${report.issues.length} bad ${what}(s), listed above`);
  return lines;
}
