import type { Output } from '../app/output.js';
import { print, say } from './output.js';
import { progressReporter } from './progress.js';

/** The terminal as a use case's output: progress on stderr (a bar on a TTY), results on stdout. */
export const cliOutput: Output = {
  say,
  print,
  progress: (label, unit) => progressReporter(label, process.stderr, unit),
};
