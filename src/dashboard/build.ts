import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { dashboardOutDir, dashboardSharedFiles, dashboardSourceDir } from './paths.js';

const STAMP = '.source-hash';

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** A hash of the page's sources (contents, not dates: a fresh clone has all-new dates). */
export function dashboardSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of [...files(dashboardSourceDir).sort(), ...dashboardSharedFiles]) {
    hash.update(relative(dashboardSourceDir, file)).update('\0').update(readFileSync(file));
  }
  return hash.digest('hex');
}

/** True when dist/dashboard holds a build of exactly the current sources. */
export function dashboardIsFresh(outDir = dashboardOutDir): boolean {
  const stamp = join(outDir, STAMP);
  return (
    existsSync(join(outDir, 'index.html')) &&
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === dashboardSourceHash()
  );
}

/**
 * Builds the page with Vite (in this process, a few seconds) unless the build is already fresh.
 * Builds into a temporary folder renamed into place, so a request (or a second process) never
 * sees half a build. Vite is imported only here, only when a build is needed.
 */
export async function ensureDashboardBuilt(
  options: { outDir?: string; log?: (line: string) => void } = {},
): Promise<{ built: boolean; ms: number }> {
  const outDir = options.outDir ?? dashboardOutDir;
  const started = performance.now();
  if (dashboardIsFresh(outDir)) return { built: false, ms: 0 };
  const hash = dashboardSourceHash();
  const temporary = `${outDir}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    options.log?.('Building the dashboard (vite)…');
    const { build } = await import('vite');
    await build({
      configFile: false,
      root: dashboardSourceDir,
      base: './',
      logLevel: 'warn',
      build: { outDir: temporary, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
    });
    writeFileSync(join(temporary, STAMP), hash);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(temporary, outDir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (dashboardIsFresh(outDir)) return { built: false, ms: performance.now() - started };
    throw new AppError(
      ErrorCode.DASHBOARD_BUILD_FAILED,
      `Could not build the dashboard: ${(error as Error).message}`,
      {
        hint: 'Run `npx tsx src/dashboard/build-cli.ts` to see the full Vite output.',
        cause: error,
      },
    );
  }
  const ms = performance.now() - started;
  options.log?.(`Dashboard built in ${(ms / 1000).toFixed(1)} s.`);
  return { built: true, ms };
}
