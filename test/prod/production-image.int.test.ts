import { execSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { testConnection } from '../../harness/database.js';
import { freePort } from '../../harness/free-port.js';

// The production image, without Docker: the Dockerfile's ENV, COPY and RUN steps replayed in a
// temporary folder (so `npm ci --omit=dev`: no devDependencies), then `policy-graph serve` from
// there against the test Neo4j. It fails when the product imports a devDependency (or bench/,
// test/), or when the Dockerfile leaves out a folder the server reads at runtime.
const app = mkdtempSync(join(tmpdir(), 'pg-image-'));
afterAll(() => rmSync(app, { recursive: true, force: true }));

interface Step {
  readonly kind: 'ENV' | 'COPY' | 'RUN';
  readonly args: string[];
}

function dockerfileSteps(): Step[] {
  const steps: Step[] = [];
  for (const line of readFileSync(fromRoot('Dockerfile'), 'utf8').split('\n')) {
    const [instruction, ...args] = line.trim().split(/\s+/);
    if (!instruction || instruction.startsWith('#')) continue;
    if (instruction === 'ENV' || instruction === 'COPY' || instruction === 'RUN') {
      steps.push({ kind: instruction, args });
    } else if (!['FROM', 'WORKDIR', 'EXPOSE', 'CMD'].includes(instruction)) {
      throw new Error(`Dockerfile: ${instruction} is not replayed by this test; teach it.`);
    }
  }
  return steps;
}

function build(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, npm_config_prefer_offline: 'true' };
  delete env.NODE_OPTIONS;
  for (const step of dockerfileSteps()) {
    if (step.kind === 'ENV') {
      const [name, value] = step.args.join(' ').split('=');
      env[name!] = value;
    } else if (step.kind === 'COPY') {
      for (const source of step.args.slice(0, -1)) {
        cpSync(fromRoot(source), join(app, source), { recursive: true });
      }
    } else {
      execSync(step.args.join(' '), { cwd: app, env, stdio: 'pipe' });
    }
  }
  return env;
}

describe('the production image (Dockerfile, production dependencies only)', () => {
  it('serves /health and the dashboard, and stops on SIGTERM', async () => {
    const env = build();
    expect(env.NODE_ENV).toBe('production');
    expect(existsSync(join(app, 'node_modules', 'vitest'))).toBe(false); // no devDependencies
    const page = join(app, 'dist', 'dashboard', 'index.html');
    const builtAt = statSync(page).mtimeMs;
    const connection = testConnection();
    const port = await freePort();
    const serve = spawn(process.execPath, ['bin/policy-graph.js', 'serve'], {
      cwd: app,
      env: {
        ...env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
        NEO4J_DATABASE: connection.database,
        PORT: String(port),
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    serve.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => serve.once('exit', resolve));
    try {
      const base = `http://127.0.0.1:${port}`;
      const deadline = Date.now() + 90_000;
      let health: Response | undefined;
      while (!health?.ok) {
        if (serve.exitCode !== null) throw new Error(`serve exited: ${stderr}`);
        if (Date.now() > deadline) throw new Error(`no /health within 90 s: ${stderr}`);
        health = await fetch(`${base}/health`).catch(() => undefined);
        if (!health?.ok) await sleep(250);
      }
      expect(await health.json()).toMatchObject({ status: 'ok', neo4j: 'up' });
      const dashboard = await fetch(`${base}/`);
      expect(dashboard.status, stderr).toBe(200);
      expect(await dashboard.text()).toContain('EU policy stakeholder network');
      const graphql = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(await graphql.json()).toMatchObject({
        data: { __typename: 'Query' },
        extensions: { cost: { estimated: 0 } },
      });
    } finally {
      serve.kill('SIGTERM');
    }
    expect(await exited, stderr).toBe(0);
    expect(statSync(page).mtimeMs).toBe(builtAt); // built once, by the Dockerfile; not again
  }, 300_000);
});
