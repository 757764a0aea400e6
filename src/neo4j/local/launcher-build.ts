import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, utimesSync } from 'node:fs';
import { fromRoot } from '../../config/paths.js';
import { AppError } from '../../errors/app-error.js';
import { ErrorCode } from '../../errors/codes.js';

export interface LauncherBuild {
  /** Java classpath: launcher jar, APOC (plugins/*) and Neo4j's own jars from the Maven cache. */
  readonly classpath: string;
  /** Folder Neo4j loads procedures from (APOC core and its dependencies). */
  readonly pluginsDir: string;
}

const pom = fromRoot('neo4j', 'pom.xml');
const target = fromRoot('neo4j', 'target');
const classpathFile = fromRoot('neo4j', 'target', 'classpath.txt');
const launcherJar = fromRoot('neo4j', 'target', 'neo4j-launcher-1.0.0.jar');
const pluginsDir = fromRoot('neo4j', 'target', 'plugins');

/** Checks for Java 17+; throws a clear error naming what to install otherwise. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new AppError(
      ErrorCode.JAVA_MISSING,
      'Java was not found: the local Neo4j needs Java 17.',
      {
        hint: 'Install a JDK 17 (Debian: apt-get install openjdk-17-jdk-headless) or set NEO4J_URI to a running Neo4j.',
      },
    );
  }
  const match = /version "(\d+)/.exec(result.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) {
    throw new AppError(
      ErrorCode.JAVA_MISSING,
      `Java ${major} found; the local Neo4j 5.26 needs Java 17 or newer.`,
      {
        hint: 'Put a JDK 17 first on PATH (or set JAVA_HOME), or set NEO4J_URI to a running Neo4j.',
      },
    );
  }
}

/** True when the launcher and its classpath are built from the current pom. */
export function isBuilt(): boolean {
  if (!existsSync(classpathFile) || !existsSync(launcherJar) || !existsSync(pluginsDir))
    return false;
  if (statSync(pom).mtimeMs > statSync(classpathFile).mtimeMs) return false;
  // The classpath points into the Maven cache: if that was cleaned, build again.
  const first = readFileSync(classpathFile, 'utf8').split(':')[0];
  return first !== undefined && existsSync(first);
}

/**
 * Resolves Neo4j and APOC from Maven Central (first run only: ~150 MB into ~/.m2) and compiles the
 * launcher. Maven's own output is shown so a first start is not a silent wait.
 */
export function ensureLauncherBuilt(log: (line: string) => void): LauncherBuild {
  if (!isBuilt()) {
    const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
    if (mvn.error || mvn.status !== 0) {
      throw new AppError(
        ErrorCode.MAVEN_MISSING,
        'Maven was not found: it fetches Neo4j and APOC.',
        {
          hint: 'Install Maven (Debian: apt-get install maven) or set NEO4J_URI to a running Neo4j.',
        },
      );
    }
    log(
      'Resolving Neo4j 5.26 + APOC core from Maven Central and building the launcher (first start only)…',
    );
    const args = ['-B', '-f', pom, 'package', '-Dstyle.color=never'];
    if (process.env.CI || !process.stdout.isTTY) args.push('--no-transfer-progress');
    const build = spawnSync('mvn', args, { stdio: ['ignore', 'inherit', 'inherit'] });
    // Maven leaves an unchanged classpath file untouched: mark it as built from this pom.
    if (build.status === 0 && existsSync(classpathFile)) {
      const now = new Date();
      utimesSync(classpathFile, now, now);
    }
    if (build.status !== 0 || !isBuilt()) {
      throw new AppError(
        ErrorCode.NEO4J_BUILD_FAILED,
        `Building the Neo4j launcher failed (${target}).`,
        {
          hint: 'Read the Maven output above; a network or proxy problem to Maven Central is the usual cause.',
        },
      );
    }
  }
  const deps = readFileSync(classpathFile, 'utf8').trim();
  return { classpath: [launcherJar, `${pluginsDir}/*`, deps].join(':'), pluginsDir };
}
