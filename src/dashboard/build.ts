import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { projectRoot } from '../config/paths.js';
import { dashboardOutDir, dashboardSourceDir } from './paths.js';

/** Written next to the build: the hash of its inputs and which files they were. */
const STAMP = '.sources.json';

interface Stamp {
  readonly hash: string;
  /** Project files Vite bundled (relative to the root), e.g. src/export/palette.ts. */
  readonly files: string[];
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/**
 * A hash of the page's inputs: every file of the Vite root, every project file the last build
 * bundled (imports from elsewhere in src/), and package-lock.json (the libraries' versions).
 * Contents, not dates: a fresh clone has all-new dates. Undefined when an input is gone.
 */
export function dashboardSourceHash(bundled: readonly string[] = []): string | undefined {
  const inputs = new Set([
    ...files(dashboardSourceDir).map((f) => relative(projectRoot, f)),
    ...bundled,
    'package-lock.json',
  ]);
  const hash = createHash('sha256');
  for (const file of [...inputs].sort()) {
    const path = join(projectRoot, file);
    if (!existsSync(path)) return undefined;
    hash.update(file).update('\0').update(readFileSync(path));
  }
  return hash.digest('hex');
}

function readStamp(outDir: string): Stamp | undefined {
  try {
    return JSON.parse(readFileSync(join(outDir, STAMP), 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
}

/** True when dist/dashboard holds a build of exactly the current inputs (a few ms to check). */
export function dashboardIsFresh(outDir = dashboardOutDir): boolean {
  const stamp = readStamp(outDir);
  return (
    stamp !== undefined &&
    existsSync(join(outDir, 'index.html')) &&
    dashboardSourceHash(stamp.files) === stamp.hash
  );
}

/** Project files (not libraries, not Vite's virtual modules) in a build's chunks. */
function bundledFiles(output: unknown): string[] {
  const outputs = (Array.isArray(output) ? output : [output]) as {
    output?: { type: string; moduleIds?: string[] }[];
  }[];
  return outputs
    .flatMap((o) => o.output ?? [])
    .flatMap((chunk) => (chunk.type === 'chunk' ? (chunk.moduleIds ?? []) : []))
    .map((id) => id.split('?')[0]!)
    .filter((id) => id.startsWith(projectRoot) && !id.includes('/node_modules/'))
    .map((id) => relative(projectRoot, id));
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
  if (dashboardIsFresh(outDir)) return { built: false, ms: performance.now() - started };
  const temporary = `${outDir}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`;
  try {
    options.log?.('Building the dashboard (vite)…');
    const { build } = await import('vite');
    const output = await build({
      configFile: false,
      root: dashboardSourceDir,
      base: './',
      logLevel: 'warn',
      build: { outDir: temporary, emptyOutDir: true, chunkSizeWarningLimit: 1500 },
    });
    const bundled = [...new Set(bundledFiles(output))].sort();
    const stamp: Stamp = { hash: dashboardSourceHash(bundled) ?? '', files: bundled };
    writeFileSync(join(temporary, STAMP), `${JSON.stringify(stamp, null, 2)}\n`);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(temporary, outDir);
  } catch (error) {
    rmSync(temporary, { recursive: true, force: true });
    if (dashboardIsFresh(outDir)) return { built: false, ms: performance.now() - started };
    throw new AppError(
      ErrorCode.DASHBOARD_BUILD_FAILED,
      `Could not build the dashboard: ${(error as Error).message}`,
      {
        hint: 'Run `npm run build:dashboard` to see the full Vite output.',
        cause: error,
      },
    );
  }
  const ms = performance.now() - started;
  options.log?.(`Dashboard built in ${(ms / 1000).toFixed(1)} s.`);
  return { built: true, ms };
}
