import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { freePort } from '../../harness/free-port.js';
import { goodSeed, seedDir, SHA } from '../seed/seed-files.js';

// `policy-graph validate` resolves with the same resolver as `seed`, against the running graph.
const { driver, connection } = openTestDriver();
const files = seedDir('pg-validate-');
let onGraph: string;

beforeAll(async () => {
  await clearGraph(driver, connection.database);
  const report = await loadSeeds(driver, connection.database, [
    files.write('known.yaml', goodSeed()),
  ]);
  expect(report.written).toBe(true);
  // Refers to entities only the graph knows, by name: the everyday case of a new document.
  onGraph = files.write(
    'new.yaml',
    `source:\n  id: doc:new\n  name: New\n  kind: ARTICLE\n  url: https://example.org/new\n  sha256: '${SHA}'\n` +
      'relationships:\n  - from: Ada Test\n    type: HOLDS_ROLE\n    to: Test Organisation\n    title: Advisor\n',
  );
});
afterAll(async () => {
  files.remove();
  await driver.close();
});

function validate(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(
    process.execPath,
    [fromRoot('bin', 'policy-graph.js'), 'validate', ...args],
    {
      env: {
        ...process.env,
        NEO4J_URI: connection.uri,
        NEO4J_USER: connection.user,
        NEO4J_PASSWORD: connection.password,
        ...env,
      },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('validate sees the graph', () => {
  it('a file that builds on the graph validates, and says what a load would do', () => {
    const { status, out } = validate([onGraph]);
    expect(out).toContain(`Checked against the graph at ${connection.uri}`);
    expect(out).toContain(
      '1 file(s): 0 error(s), 0 warning(s) · would create 1 and update 0 entities',
    );
    expect(status).toBe(0);
  });

  it('--offline checks against the files alone', () => {
    const { status, out } = validate([onGraph, '--offline']);
    expect(out).toContain('no graph: --offline');
    expect(out).toMatch(/new\.yaml:8:11 UNKNOWN_REFERENCE 'Ada Test' matches no id, name or alias/);
    expect(status).toBe(1);
  });

  it('an unreachable graph is said in one line, and the files are checked alone', async () => {
    const port = await freePort();
    const { status, out } = validate([onGraph], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(out).toMatch(
      /Checked against the seed files only \(no graph: Neo4j at bolt:\/\/127\.0\.0\.1:\d+ is not answering\.\)/,
    );
    expect(status).toBe(1);
  });
});
