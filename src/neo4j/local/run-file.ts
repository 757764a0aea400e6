import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a running local server left behind: its pid file, as JSON, in the server's home. */
export interface RunFile {
  readonly pid: number;
  readonly host: string;
  readonly port: number;
  readonly home: string;
  readonly startedAt: string;
  /** Set by `stop` before it signals the server: a start that finds it waits for the exit. */
  readonly stopping?: boolean;
}

const name = 'neo4j.pid.json';

export function readRunFile(home: string): RunFile | undefined {
  const file = join(home, name);
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as RunFile;
  } catch {
    return undefined;
  }
}

export function writeRunFile(run: RunFile): void {
  writeFileSync(join(run.home, name), `${JSON.stringify(run, null, 2)}\n`, { mode: 0o600 });
}

export function removeRunFile(home: string): void {
  rmSync(join(home, name), { force: true });
}

/** Is this pid alive and (on Linux) really our launcher, not a recycled pid? */
export function isLauncherAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync(cmdline)) return true;
  return readFileSync(cmdline, 'utf8').includes('org.policygraph.launcher.Launcher');
}
