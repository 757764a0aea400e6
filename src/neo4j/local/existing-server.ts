import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';
import type { Neo4jConnection } from '../connection.js';
import { waitForBolt } from '../wait-for-bolt.js';
import { isLauncherAlive, readRunFile, removeRunFile } from './run-file.js';

/** How long a start waits for a server that is stopping to exit before it starts a new one. */
export const STOPPING_WAIT_MS = 90_000;

/** The server found in a home: its pid and the connection on the port it really listens on. */
export interface FoundServer {
  readonly pid: number;
  readonly connection: Neo4jConnection;
}

class ExitedWhileWaiting extends Error {}

/**
 * What a start finds in `local.home`: a running server to use (once Bolt answers), or nothing to
 * use — no run file; a run file whose process is gone (removed); a server that is stopping (waited
 * for until it exits, saying so, then its run file removed); a server that exits while we wait for
 * its Bolt (the wait stops at once). Never waits the full start time-out on a dying server.
 */
export async function findRunningServer(
  local: LocalNeo4jConfig,
  connect: (port: number) => Neo4jConnection,
  log: (line: string) => void,
  timeoutMs: number,
): Promise<FoundServer | undefined> {
  const run = readRunFile(local.home);
  if (!run) return undefined;
  if (!isLauncherAlive(run.pid)) {
    log(`Neo4j in ${local.home} (pid ${run.pid}) is gone: removing its run file.`);
    removeRunFile(local.home);
    return undefined;
  }
  if (run.stopping) {
    await waitForExit(run.pid, local.home, log);
    return undefined;
  }
  if (run.port !== local.boltPort) {
    log(`Neo4j in ${local.home} already runs on port ${run.port}: using it.`);
  }
  const connection = connect(run.port);
  try {
    await waitForBolt(connection, {
      timeoutMs,
      check: () => {
        if (!isLauncherAlive(run.pid)) throw new ExitedWhileWaiting();
      },
    });
  } catch (error) {
    if (!(error instanceof ExitedWhileWaiting)) throw error;
    log(
      `Neo4j in ${local.home} (pid ${run.pid}) exited while starting or stopping: starting anew.`,
    );
    removeRunFile(local.home);
    return undefined;
  }
  return { pid: run.pid, connection };
}

async function waitForExit(pid: number, home: string, log: (line: string) => void): Promise<void> {
  log(
    `Neo4j in ${home} (pid ${pid}) is stopping: waiting for it to exit (at most ${STOPPING_WAIT_MS / 1000} s)…`,
  );
  const deadline = Date.now() + STOPPING_WAIT_MS;
  while (isLauncherAlive(pid)) {
    if (Date.now() > deadline) {
      throw new AppError(
        ErrorCode.NEO4J_START_FAILED,
        `Neo4j in ${home} (pid ${pid}) is still stopping after ${STOPPING_WAIT_MS / 1000} s.`,
        { hint: `Wait for it, or end it with \`kill ${pid}\`, then start again.` },
      );
    }
    await sleep(200);
  }
  removeRunFile(home);
}
