import type { Command } from 'commander';
import { resolve } from 'node:path';
import { fromRoot } from '../../config/paths.js';
import { checkSeeds } from '../../seed/pipeline.js';
import { declaredEntities } from '../../seed/resolve/declared-entities.js';
import { hasErrors } from '../../seed/issues.js';
import { listSeedFiles } from '../../seed/read/read-text.js';
import { printIssues } from '../seed-report.js';
import { print } from '../output.js';

/** `policy-graph validate [files…]`: every problem in every file; exit 1 on any error. */
export function validateCommand(program: Command): void {
  program
    .command('validate')
    .description('check seed files: errors as file:line:col CODE message; exit 1 on any')
    .argument('[files...]', 'seed files (default: every seed/*.yaml)')
    .option('--max-file-mb <n>', 'largest file accepted', Number, 16)
    .action((files: string[], opts: { maxFileMb: number }) => {
      const all = listSeedFiles(fromRoot('seed'));
      const given = files.length ? files.map((f) => resolve(f)) : all;
      // Files not named are context: a file may refer to entities another file defines.
      const others = all.filter((f) => !given.includes(f));
      const context = others.length ? declaredEntities(checkSeeds(others).seeds) : [];
      const { issues, resolved } = checkSeeds(given, context, opts.maxFileMb);
      printIssues(issues);
      const errors = issues.filter((i) => i.severity === 'error').length;
      const warnings = issues.length - errors;
      const facts = resolved
        ? `, ${resolved.nodes.length} entities, ${resolved.relationships.length} relationships`
        : '';
      print(`${given.length} file(s): ${errors} error(s), ${warnings} warning(s)${facts}`);
      if (hasErrors(issues)) process.exitCode = 1;
    });
}
