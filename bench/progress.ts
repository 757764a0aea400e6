import { appendFileSync } from 'node:fs';
import { progressReporter } from '../src/cli/progress.js';
import { say } from '../src/cli/output.js';

export type Update = (done: number, total: number) => void;

/** Progress for every phase: one bar at a time (plain lines off a TTY), plus a log file. */
export interface Reporter {
  /** A new bar for a phase; the previous one is closed. */
  bar(label: string): Update;
  /** A line for the user (stderr) and the log. */
  line(text: string): void;
  done(): void;
}

export function createReporter(logFile?: string): Reporter {
  let current: ReturnType<typeof progressReporter> | undefined;
  const close = () => {
    current?.stop();
    current = undefined;
  };
  const log = (text: string) => {
    if (logFile) appendFileSync(logFile, `${new Date().toISOString()} ${text}\n`);
  };
  return {
    bar(label) {
      close();
      log(`phase: ${label}`);
      const reporter = progressReporter(label);
      current = reporter;
      return (done, total) => reporter.update(done, total);
    },
    line(text) {
      close();
      log(text);
      say(text);
    },
    done: close,
  };
}
