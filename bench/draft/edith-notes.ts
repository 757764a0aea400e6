/**
 * The four EDITH sources of the curator's notes (../shared/sources/13-edith-events-and-outputs
 * .notes.md, blocks "## A." … "## D."), each with the curated seed file made from it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fromRoot } from '../../src/config/paths.js';

export const EDITH_NOTES = fromRoot(
  '..',
  'shared',
  'sources',
  '13-edith-events-and-outputs.notes.md',
);

const CURATED: Record<string, string> = {
  A: 'seed/2022-11-30-edith-leuven-partner-meeting.yaml',
  B: 'seed/2023-05-01-edith-deep-thinkers-meeting-rome.yaml',
  C: 'seed/2023-04-27-edith-deliverable-d3-1.yaml',
  D: 'seed/2025-12-01-edith-last-newsletter.yaml',
};

export interface NotesBlock {
  readonly letter: string;
  readonly heading: string;
  /** The block as a text file to draft from (under the temp folder). */
  readonly file: string;
  readonly curatedFile: string;
  readonly curatedYaml: string;
  /** The curated file's source.id: the document the graph is filtered without. */
  readonly sourceId: string;
}

/** Splits the notes into their blocks and writes each to `dir` as <letter>.txt. */
export function edithBlocks(dir: string): NotesBlock[] {
  const text = readFileSync(EDITH_NOTES, 'utf8');
  const parts = text.split(/^(?=## [A-Z]\. )/m).filter((p) => p.startsWith('## '));
  return parts.map((part) => {
    const letter = part.slice(3, 4);
    const curatedFile = CURATED[letter];
    if (!curatedFile) throw new Error(`no curated file for block ${letter} of ${EDITH_NOTES}`);
    const curatedYaml = readFileSync(fromRoot(curatedFile), 'utf8');
    const sourceId = (parse(curatedYaml) as { source: { id: string } }).source.id;
    const file = join(dir, `13-${letter.toLowerCase()}-edith-notes.txt`);
    writeFileSync(file, part.trim() + '\n');
    return {
      letter,
      heading: part.split('\n')[0]!.slice(3),
      file,
      curatedFile,
      curatedYaml,
      sourceId,
    };
  });
}
