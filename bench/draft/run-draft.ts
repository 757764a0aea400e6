/**
 * One draft of an article against a graph state with a person finder: timed (median of n runs of
 * draftArticle, the gazetteer already loaded), read back as a seed view and scored.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRoot } from '../../src/config/paths.js';
import type { Article } from '../../src/draft/article.js';
import { draftArticle } from '../../src/draft/draft.js';
import type { Gazetteer } from '../../src/draft/gazetteer.js';
import type { PersonFinder } from '../../src/draft/people.js';
import { median } from './fold.js';
import type { GraphState } from './graph-state.js';
import { scoreDraft, type Score } from './score.js';
import { readSeedView, type SeedView } from './seed-view.js';

export const FINDERS: readonly PersonFinder[] = ['patterns', 'compromise', 'both'];

export interface DraftRun {
  readonly state: string;
  readonly finder: PersonFinder;
  /** Median of the timed runs (after one warm-up run). */
  readonly medianMs: number;
  readonly runsMs: number[];
  readonly counts: Record<string, unknown>;
  /** Where the draft was written for a look (a temp file). */
  readonly yamlFile: string;
  readonly score: Score;
  /** `policy-graph validate` errors of the draft file (empty: it validates). */
  validation?: string[];
}

export async function runDraft(
  article: Article,
  state: GraphState,
  stateKey: string,
  finder: PersonFinder,
  curated: SeedView,
  names: Gazetteer,
  dir: string,
  runs: number,
): Promise<DraftRun> {
  const yamlFile = join(dir, `${article.file.split('/').pop()}.${stateKey}.${finder}.yaml`);
  const ctx = {
    gazetteer: state.gazetteer,
    against: `the graph ${state.name} (benchmark)`,
    outPath: yamlFile,
    schemaFile: fromRoot('seed', 'schema.json'),
    eventOn: state.eventOn,
  };
  const runsMs: number[] = [];
  let draft = await draftArticle(article, { finder }, ctx); // warm-up, not timed
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    draft = await draftArticle(article, { finder }, ctx);
    runsMs.push(Math.round((performance.now() - t) * 10) / 10);
  }
  writeFileSync(yamlFile, draft.yaml);
  const view = readSeedView(draft.yaml, names);
  return {
    state: stateKey,
    finder,
    medianMs: median(runsMs),
    runsMs,
    counts: draft.counts,
    yamlFile,
    score: scoreDraft(view, curated),
  };
}

export interface CliRun {
  readonly args: string;
  readonly wallMs: number;
  /** The time the command reports for itself (after its modules are loaded). */
  readonly reportedMs?: number;
  readonly exit: number | null;
  readonly said: string;
}

/** `node bin/policy-graph.js draft <file> --out <tmp> --force …`: wall time, outcome. */
export function cliRun(file: string, out: string, extra: string[]): CliRun {
  const t = performance.now();
  const bin = fromRoot('bin', 'policy-graph.js');
  const run = spawnSync(process.execPath, [bin, 'draft', file, '--out', out, '--force', ...extra], {
    cwd: fromRoot(),
    encoding: 'utf8',
  });
  const said = (run.stdout.split('\n')[0] ?? '').trim() || run.stderr.trim().slice(0, 300);
  const reported = /\((\d+) ms\)/.exec(said)?.[1];
  return {
    args: extra.join(' '),
    wallMs: Math.round(performance.now() - t),
    ...(reported ? { reportedMs: Number(reported) } : {}),
    exit: run.status,
    said,
  };
}

/** `policy-graph validate` over the drafts (one run): each file's error lines. */
export function validateDrafts(runs: DraftRun[]): void {
  const bin = fromRoot('bin', 'policy-graph.js');
  const files = runs.map((r) => r.yamlFile);
  const run = spawnSync(process.execPath, [bin, 'validate', ...files], {
    cwd: fromRoot(),
    encoding: 'utf8',
  });
  const lines = `${run.stdout}\n${run.stderr}`.split('\n');
  for (const r of runs)
    r.validation = lines
      .filter(
        (l) =>
          l.startsWith(`${r.yamlFile}:`) && !/^\S+ warning /.test(l.slice(r.yamlFile.length + 1)),
      )
      .map((l) => l.slice(r.yamlFile.length + 1));
}
