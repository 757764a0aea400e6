import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { fromRoot } from '../../src/config/paths.js';
import { graphFingerprint } from '../../src/neo4j/fingerprint.js';
import { loadSeeds } from '../../src/seed/pipeline.js';
import { clearGraph, openTestDriver } from '../../harness/database.js';
import { freePort } from '../../harness/free-port.js';
import { seedDir } from '../seed/seed-files.js';
import { ARTICLE, KNOWN } from './article-fixture.js';

// `policy-graph draft` against a real graph: it reads the graph's names and writes nothing there.
const { driver, connection } = openTestDriver();
const files = seedDir('pg-draft-int-');
let article: string;

beforeAll(async () => {
  await clearGraph(driver, connection.database);
  const report = await loadSeeds(driver, connection.database, [files.write('known.yaml', KNOWN)]);
  expect(report.written).toBe(true);
  article = files.write('article.txt', ARTICLE);
});
afterAll(async () => {
  files.remove();
  await driver.close();
});

function cli(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [fromRoot('bin', 'policy-graph.js'), ...args], {
    env: {
      ...process.env,
      NEO4J_URI: connection.uri,
      NEO4J_USER: connection.user,
      NEO4J_PASSWORD: connection.password,
      ...env,
    },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, out: `${result.stdout}${result.stderr}`, stdout: result.stdout };
}

describe('draft against the graph', () => {
  it('finds known names (a typo too), writes a file validate accepts, and leaves the graph as it was', async () => {
    const before = await graphFingerprint(driver, connection.database);
    const out = join(files.dir, 'draft.yaml');
    const drafted = cli(['draft', article, '--out', out]);
    expect(drafted.out).toContain(`Drafted against the graph at ${connection.uri}`);
    expect(drafted.status).toBe(0);
    expect(await graphFingerprint(driver, connection.database)).toBe(before);

    const seed = parse(readFileSync(out, 'utf8')) as {
      mentions: { ref: string; asWritten?: string }[];
      relationships: { from: string; type: string; to: string }[];
    };
    expect(seed.mentions).toContainEqual({
      ref: 'person:agnieszka-kowalczyk',
      asWritten: 'Agnieszka Kowalcyzk',
    });
    expect(seed.relationships).toContainEqual(
      expect.objectContaining({
        from: 'person:karel-novak',
        type: 'HOLDS_ROLE',
        to: 'org:charles-university',
      }),
    );
    const validated = cli(['validate', out]);
    expect(validated.out).toContain(`Checked against the graph at ${connection.uri}`);
    expect(validated.out).toMatch(
      /1 file\(s\): 0 error\(s\), \d+ warning\(s\) · would create \d+ and update \d+ entities/,
    );
    expect(validated.status).toBe(0);
  });

  it('prints the draft when no --out is given, and says what it drafted against on stderr', () => {
    const printed = cli(['draft', article]);
    expect(printed.status).toBe(0);
    expect(printed.stdout).toMatch(/^# yaml-language-server: \$schema=/);
    expect(printed.stdout).not.toContain('Drafted against');
  });

  it('without a reachable graph it drafts against the seed files, and says so', async () => {
    const port = await freePort();
    const alone = cli(['draft', article], { NEO4J_URI: `bolt://127.0.0.1:${port}` });
    expect(alone.status).toBe(0);
    expect(alone.out).toMatch(/Drafted against the seed files \(no graph: /);
    expect(alone.stdout).toContain('name: Agnieszka Kowalcyzk');
  });

  it('a bad file is a one-line error with a public code and exit 1', () => {
    const bad = cli(['draft', files.write('empty.txt', '')]);
    expect(bad.status).toBe(1);
    expect(bad.out).toMatch(/error DRAFT_INPUT_INVALID: \S*empty\.txt:1:1 EMPTY_FILE/);
  });
});
