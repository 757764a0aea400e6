import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dashboardIsFresh, ensureDashboardBuilt } from '../../src/dashboard/build.js';
import { dashboardOutDir } from '../../src/dashboard/paths.js';

// The dashboard is built once per content hash of its inputs and reused while they are unchanged.
const copy = mkdtempSync(join(tmpdir(), 'pg-dashboard-'));
const stampFile = join(copy, '.sources.json');
let stamp: { hash: string; files: string[] };

beforeAll(async () => {
  await ensureDashboardBuilt(); // a no-op when dist/dashboard is fresh
  cpSync(dashboardOutDir, copy, { recursive: true });
  stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as typeof stamp;
}, 120_000);
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe('dashboard build stamp', () => {
  it('a second start reuses the build: no Vite, the files on disk untouched', async () => {
    // A build writes a new folder and renames it into place: every file would be a new one.
    const files = ['index.html', '.sources.json'].map((f) => join(dashboardOutDir, f));
    const before = files.map((f) => statSync(f, { bigint: true }));
    const again = await ensureDashboardBuilt();
    expect(again.built).toBe(false);
    const after = files.map((f) => statSync(f, { bigint: true }));
    expect(after.map((s) => [s.ino, s.mtimeNs])).toEqual(before.map((s) => [s.ino, s.mtimeNs]));
    expect(dashboardIsFresh(copy)).toBe(true);
  });

  it('tracks the files the bundle imports from outside the Vite root', () => {
    expect(stamp.files).toContain('src/export/palette.ts');
    expect(stamp.files).toContain('src/dashboard/web/main.ts');
  });

  it('is stale when an input changed or is gone', () => {
    writeFileSync(stampFile, JSON.stringify({ ...stamp, hash: 'x'.repeat(64) }));
    expect(dashboardIsFresh(copy)).toBe(false);
    writeFileSync(stampFile, JSON.stringify({ ...stamp, files: [...stamp.files, 'src/gone.ts'] }));
    expect(dashboardIsFresh(copy)).toBe(false);
    rmSync(stampFile);
    expect(dashboardIsFresh(copy)).toBe(false);
  });
});
