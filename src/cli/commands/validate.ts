import { validateSeedFiles } from '../../app/check-seed-files.js';
import type { Config } from '../../config/config.js';
import { hasErrors } from '../../seed/issues.js';
import { totals, type Plan } from '../../seed/plan/plan.js';
import { print, say } from '../output.js';
import { printIssues } from '../../app/seed-report.js';
import { cliOutput } from '../cli-output.js';

/** `policy-graph validate [files…]`: every problem in every file; exit 1 on any error. */
export async function validateCommand(
  config: Config,
  files: string[],
  opts: { maxFileMb?: number; offline?: boolean },
): Promise<void> {
  const { issues, plans, files: checked, against } = await validateSeedFiles(config, files, opts);
  say(`Checked against ${against}.`);
  printIssues(issues, cliOutput);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  const plan = plans.length && !errors ? ` · would ${describe(plans)}` : '';
  print(`${checked.length} file(s): ${errors} error(s), ${warnings} warning(s)${plan}`);
  if (hasErrors(issues)) process.exitCode = 1;
}

/** "create 3 and update 1 entities, create 9 and update 0 relationships". */
function describe(plans: readonly Plan[]): string {
  const sum = (pick: (plan: Plan) => Plan['nodes']) =>
    plans
      .map((p) => totals(pick(p)))
      .reduce((a, b) => ({ ...a, created: a.created + b.created, updated: a.updated + b.updated }));
  const n = sum((p) => p.nodes);
  const r = sum((p) => p.relationships);
  return `create ${n.created} and update ${n.updated} entities, create ${r.created} and update ${r.updated} relationships`;
}
