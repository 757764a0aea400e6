import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { LocalNeo4jConfig } from '../../config/config.js';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';
import type { Neo4jConnection } from '../connection.js';
import { waitForBolt } from '../wait-for-bolt.js';
import { jvmArgs } from './jvm-args.js';
import { checkJava, ensureLauncherBuilt, isBuilt } from './launcher-build.js';
import { makePrivateDir, restrictTree, withPrivateUmask } from './permissions.js';
import { isPortFree } from './port.js';
import { findRunningServer } from './existing-server.js';
import { isLauncherAlive, readRunFile, removeRunFile, writeRunFile } from './run-file.js';
import { withStartLock } from './start-lock.js';

const host = '127.0.0.1';

export interface StartResult {
  readonly connection: Neo4jConnection;
  readonly alreadyRunning: boolean;
  readonly pid: number;
  readonly elapsedMs: number;
  readonly logFile: string;
}

/** Bolt on the loopback address; `port` defaults to the configured one (NEO4J_BOLT_PORT). */
export function localConnection(
  local: LocalNeo4jConfig,
  password: string,
  port = local.boltPort,
): Neo4jConnection {
  return { uri: `bolt://${host}:${port}`, user: 'neo4j', password, database: 'neo4j' };
}

export function logFileOf(local: LocalNeo4jConfig): string {
  return join(local.home, 'logs', 'neo4j.out');
}

/**
 * Starts the local Neo4j (or finds it running) and returns once Bolt answers a query.
 * Idempotent: a second call while the server runs returns at once with alreadyRunning = true.
 * A server already running in this home is found through its run file, on the port it really
 * listens on, whatever NEO4J_BOLT_PORT says now (one home holds one server).
 */
export async function startLocalNeo4j(
  local: LocalNeo4jConfig,
  password: string,
  log: (line: string) => void,
  timeoutMs = Number(process.env.NEO4J_START_TIMEOUT ?? 180) * 1000,
): Promise<StartResult> {
  const began = Date.now();
  const logFile = logFileOf(local);
  return withStartLock(local.home, timeoutMs, log, async () => {
    const found = await findRunningServer(
      local,
      (port) => localConnection(local, password, port),
      log,
      timeoutMs,
    );
    if (found) {
      return { ...found, alreadyRunning: true, elapsedMs: Date.now() - began, logFile };
    }
    return launch(local, password, log, Math.max(5_000, timeoutMs - (Date.now() - began)));
  });
}

/** Launches a new server in `local.home` and returns once Bolt answers with the password. */
async function launch(
  local: LocalNeo4jConfig,
  password: string,
  log: (line: string) => void,
  timeoutMs: number,
): Promise<StartResult> {
  const began = Date.now();
  const logFile = logFileOf(local);
  const connection = localConnection(local, password);

  if (!(await portFreedSoon(local.boltPort))) {
    throw new AppError(
      ErrorCode.NEO4J_PORT_IN_USE,
      `Port ${local.boltPort} on ${host} is already in use by another program.`,
      {
        hint: 'Stop that program, or choose another port with NEO4J_BOLT_PORT (or point NEO4J_URI at that server).',
      },
    );
  }
  // Java is checked up front only before a build (Maven needs it too); otherwise only when the
  // JVM fails to start, to say why (a warm start saves the extra `java -version`).
  if (!isBuilt()) checkJava();
  const build = ensureLauncherBuilt(log);
  // Data, logs and the password are the owner's only: folders 700, files 600 (also for a store
  // made before this rule), and the server itself runs with umask 077.
  makePrivateDir(join(local.home, 'logs'));
  restrictTree(local.home);
  const logOffset = existsSync(logFile) ? statSync(logFile).size : 0;
  const out = openSync(logFile, 'a', 0o600);
  log(`Starting Neo4j on bolt://${host}:${local.boltPort} (data and logs in ${local.home})…`);
  const [command, args] = withPrivateUmask('java', jvmArgs(local, build));
  const child = spawn(command, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, PG_NEO4J_PASSWORD: password },
  });
  closeSync(out);
  let exitCode: number | null = null;
  child.once('exit', (code) => (exitCode = code ?? -1));
  child.once('error', () => (exitCode = -1)); // e.g. no `java` on PATH: explained below
  child.unref();
  const pid = child.pid;
  if (pid === undefined) {
    checkJava();
    throw new AppError(ErrorCode.NEO4J_START_FAILED, 'Could not start the Java process for Neo4j.');
  }
  writeRunFile({
    pid,
    host,
    port: local.boltPort,
    home: local.home,
    startedAt: new Date().toISOString(),
  });

  // The launcher prints READY once the password is set; Bolt may answer (with the default
  // password) a moment earlier, so wait for that line before trusting a login failure.
  const check = (): void => {
    if (exitCode !== null) {
      removeRunFile(local.home);
      checkJava(); // a missing or too old Java gets its own message
      throw new AppError(
        ErrorCode.NEO4J_START_FAILED,
        `Neo4j exited during start (code ${exitCode}). Last lines of ${logFile}:\n${tail(logFile, 15)}`,
        { hint: 'Fix the cause shown in the log, then run `policy-graph neo4j start` again.' },
      );
    }
  };
  await waitForReadyLine(logFile, logOffset, timeoutMs, check);
  await waitForBolt(connection, {
    timeoutMs: Math.max(5_000, timeoutMs - (Date.now() - began)),
    check,
  });
  return { connection, alreadyRunning: false, pid, elapsedMs: Date.now() - began, logFile };
}

/** Stops the local server if it runs; returns false when there was nothing to stop. */
export async function stopLocalNeo4j(
  local: LocalNeo4jConfig,
  timeoutMs = 60_000,
): Promise<boolean> {
  const run = readRunFile(local.home);
  if (!run || !isLauncherAlive(run.pid)) {
    removeRunFile(local.home);
    return false;
  }
  writeRunFile({ ...run, stopping: true });
  process.kill(run.pid, 'SIGTERM');
  const deadline = Date.now() + timeoutMs;
  while (isLauncherAlive(run.pid) && Date.now() < deadline) await sleep(200);
  if (isLauncherAlive(run.pid)) process.kill(run.pid, 'SIGKILL');
  removeRunFile(local.home);
  return true;
}

export function localPid(local: LocalNeo4jConfig): number | undefined {
  const run = readRunFile(local.home);
  return run && isLauncherAlive(run.pid) ? run.pid : undefined;
}

async function waitForReadyLine(
  file: string,
  offset: number,
  timeoutMs: number,
  check: () => void,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    check();
    if (
      existsSync(file) &&
      readFileSync(file).subarray(offset).includes('policy-graph-neo4j READY')
    )
      return;
    await sleep(250);
  }
  throw new AppError(
    ErrorCode.NEO4J_START_TIMEOUT,
    `Neo4j did not report ready within ${Math.round(timeoutMs / 1000)} s. Last lines of ${file}:\n${tail(file, 15)}`,
    { hint: 'A first start on a slow disk may need more time: set NEO4J_START_TIMEOUT (seconds).' },
  );
}

/**
 * True when the port is free, or frees within a few seconds: a server just killed or stopped may
 * hold its port for a moment after its process stopped answering.
 */
async function portFreedSoon(port: number, waitMs = 10_000): Promise<boolean> {
  const deadline = Date.now() + waitMs;
  while (!(await isPortFree(host, port))) {
    if (Date.now() > deadline) return false;
    await sleep(200);
  }
  return true;
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}
