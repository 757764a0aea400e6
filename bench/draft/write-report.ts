/** Writes bench/results/draft-<date>.json (raw numbers) and .md (the tables). */
import { writeFileSync } from 'node:fs';
import { fromRoot } from '../../src/config/paths.js';
import type { NotesBlock } from './edith-notes.js';
import type { GraphState } from './graph-state.js';
import {
  inventedLines,
  LEGEND,
  missedLines,
  scoreTable,
  timingLines,
  type Timings,
} from './report-md.js';
import type { DraftRun } from './run-draft.js';

export interface BenchResults {
  readonly founding: DraftRun[];
  readonly edith: { block: NotesBlock; dropped: GraphState['dropped']; runs: DraftRun[] }[];
  readonly timings: Timings & { gazetteerLoadRunsMs: number[] };
  readonly states: Record<'with' | 'without', GraphState>;
  readonly node: string;
  readonly draftsIn: string;
}

const STATE_LABEL = { without: 'without founding file', with: 'with it' } as const;

export function writeReport(day: string, r: BenchResults): void {
  const json = {
    date: new Date().toISOString(),
    node: r.node,
    timings: r.timings,
    withoutFounding: r.states.without.dropped,
    founding: r.founding,
    edith: r.edith.map((e) => ({
      block: e.block.heading,
      curatedFile: e.block.curatedFile,
      without: e.block.sourceId,
      dropped: e.dropped,
      runs: e.runs,
    })),
  };
  writeFileSync(
    fromRoot('bench', 'results', `draft-${day}.json`),
    `${JSON.stringify(json, null, 2)}\n`,
  );
  writeFileSync(fromRoot('bench', 'results', `draft-${day}.md`), markdown(day, r).join('\n'));
}

function markdown(day: string, r: BenchResults): string[] {
  const founding = (x: DraftRun) => `${STATE_LABEL[x.state as 'with' | 'without']}, ${x.finder}`;
  const dropped = r.states.without.dropped;
  const best = (runs: DraftRun[]) => runs.find((x) => x.finder === 'patterns') ?? runs[0]!;
  return [
    `# policy-graph draft: benchmark ${day}`,
    '',
    'Issue 14. Each draft is scored against the curated seed file (`npx tsx bench/draft/draft-bench.ts`,',
    `node ${r.node}). Drafted entities are matched to curated ones by id, else by folded spelling (name,`,
    'aliases, acronym, asWritten); statements by folded text; events by date. Affiliations are',
    'HOLDS_ROLE (person → organisation or project) pairs. "Without" = the gazetteer and the event',
    'lookup rebuilt in memory as if the curated document had never been loaded (its only-mentioned',
    'entities, and the aliases/acronyms only it claims, dropped). Person finders: `--people`.',
    '',
    `## Founding article (${'`seed/sources/01-ebrains-vht-event-2025-10-21.txt`'})`,
    '',
    `Without the founding file: ${dropped.entities.length} entities dropped from the gazetteer, spellings dropped: ${dropped.spellings.join(', ') || 'none'}.`,
    '',
    LEGEND,
    '',
    ...scoreTable(r.founding, founding),
    '',
    'Drafted people/organisations that are no curated entity (new: proposed by the draft, i.e.',
    'invented; known: a graph entity the curated file does not name):',
    '',
    ...inventedLines(r.founding, founding),
    '',
    'Drafted relationships the curated file does not have (as mapped to curated ids):',
    '',
    ...r.founding
      .filter((x) => x.finder === 'patterns')
      .map((x) => `- ${founding(x)}: ${x.score.relationships.extra.join('; ') || 'none'}`),
    '',
    '## Time to draft',
    '',
    ...timingLines(r.timings),
    '- draftArticle alone (gazetteer loaded; its one event lookup query included): the "draft time"',
    '  rows, median of 5 runs after a warm-up run (2 shared cores: expect ±50% noise).',
    '',
    '## EDITH notes (`../shared/sources/13-edith-events-and-outputs.notes.md`)',
    '',
    'Each block drafted as a text file against the graph without its curated document. Notes, not',
    'article text: expect less.',
    '',
    LEGEND,
    ...r.edith.flatMap((e) => [
      '',
      `### ${e.block.heading}`,
      '',
      `Curated: \`${e.block.curatedFile}\` (without \`${e.block.sourceId}\`: ${e.dropped.entities.length} entities dropped).`,
      '',
      ...scoreTable(e.runs, (x) => x.finder),
      '',
      'What the curator still had to do (draft with `patterns`):',
      '',
      ...missedLines(best(e.runs).score),
    ]),
    '',
  ];
}
