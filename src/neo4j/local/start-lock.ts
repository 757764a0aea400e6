import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';

const NAME = 'start.lock';

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

function tryLock(file: string): boolean {
  try {
    const fd = openSync(file, 'wx', 0o600);
    writeSync(fd, String(process.pid));
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(file, 'utf8').trim());
    // A lock left by a process that is gone (killed mid-start) is stale.
    if (!Number.isInteger(holder) || holder <= 0 || !alive(holder)) rmSync(file, { force: true });
    return false;
  }
}

/**
 * Runs `start` holding the home's start lock, so two starts at once never launch two servers:
 * the second waits for the first (bounded by `timeoutMs`), then finds its server running.
 */
export async function withStartLock<T>(
  home: string,
  timeoutMs: number,
  log: (line: string) => void,
  start: () => Promise<T>,
): Promise<T> {
  mkdirSync(home, { recursive: true, mode: 0o700 });
  const file = join(home, NAME);
  const deadline = Date.now() + timeoutMs;
  let said = false;
  while (!tryLock(file)) {
    if (!said) log(`Another start of the Neo4j in ${home} is under way: waiting for it…`);
    said = true;
    if (Date.now() > deadline) {
      throw new AppError(
        ErrorCode.NEO4J_START_TIMEOUT,
        `Another start of the Neo4j in ${home} did not finish within ${Math.round(timeoutMs / 1000)} s.`,
        { hint: `Remove ${file} if no other policy-graph command is running.` },
      );
    }
    await sleep(250);
  }
  try {
    return await start();
  } finally {
    rmSync(file, { force: true });
  }
}
