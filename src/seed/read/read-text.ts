import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { issue, SeedIssueCode, type SeedIssue } from '../issues.js';
import { firstInvalidUtf8 } from './first-invalid-utf8.js';

export interface SeedText {
  /** Path as shown in messages (relative to the working directory when inside it). */
  readonly file: string;
  readonly absolute: string;
  readonly text: string;
}

export const DEFAULT_MAX_FILE_MB = 16;
const start = { line: 1, col: 1 };

/** The curated files: `*.yaml` / `*.yml` directly in the folder, sorted by name. */
export function listSeedFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(dir, name));
}

export const displayPath = (path: string): string => {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
};

/** Reads one file as UTF-8 text, refusing empty, binary and oversized files with a clear issue. */
export function readSeedText(path: string, maxFileMb = DEFAULT_MAX_FILE_MB): SeedText | SeedIssue {
  const read = readUtf8File(path, maxFileMb);
  if ('code' in read) return read;
  if (read.text.replace(/#.*$/gm, '').trim() === '') {
    return issue(
      read.file,
      start,
      SeedIssueCode.EMPTY_FILE,
      'the file is empty: expected a `source:` block',
    );
  }
  return read;
}

/** Reads one file as UTF-8 text (BOM dropped), refusing binary and oversized files. */
export function readUtf8File(path: string, maxFileMb = DEFAULT_MAX_FILE_MB): SeedText | SeedIssue {
  const file = displayPath(path);
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return issue(file, start, SeedIssueCode.FILE_UNREADABLE, 'not a file');
    size = stat.size;
  } catch (error) {
    return issue(file, start, SeedIssueCode.FILE_UNREADABLE, (error as Error).message);
  }
  if (size > maxFileMb * 1024 * 1024) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return issue(
      file,
      start,
      SeedIssueCode.FILE_TOO_LARGE,
      `${mb} MB is over the ${maxFileMb} MB limit: split the document into several files or raise --max-file-mb`,
    );
  }
  const bytes = readFileSync(path);
  const nul = bytes.indexOf(0);
  let text: string;
  try {
    if (nul >= 0) throw new Error('NUL byte');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const bad = nul >= 0 ? nul : firstInvalidUtf8(bytes);
    const at = bad >= 0 ? positionOfOffset(bytes, bad) : start;
    return issue(file, at, SeedIssueCode.BINARY_FILE, 'not UTF-8 text (is this a binary file?)');
  }
  return { file, absolute: path, text: text.replace(/^\uFEFF/, '') };
}

function positionOfOffset(bytes: Buffer, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}
