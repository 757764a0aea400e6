import { checkSeedFiles } from '../../app/check-seed-files.js';
import { hasErrors } from '../../seed/issues.js';
import { print } from '../output.js';
import { printIssues } from '../seed-report.js';

/** `policy-graph validate [files…]`: every problem in every file; exit 1 on any error. */
export function validateCommand(files: string[], opts: { maxFileMb?: number }): void {
  const { issues, resolved, files: checked } = checkSeedFiles(files, opts);
  printIssues(issues);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const facts = resolved
    ? `, ${resolved.nodes.length} entities, ${resolved.relationships.length} relationships`
    : '';
  print(`${checked.length} file(s): ${errors} error(s), ${warnings} warning(s)${facts}`);
  if (hasErrors(issues)) process.exitCode = 1;
}
