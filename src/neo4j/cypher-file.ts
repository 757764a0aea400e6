import { readFileSync } from 'node:fs';
import { fromRoot } from '../config/paths.js';

const cache = new Map<string, string>();

/** Reads a statement from cypher/<path> once per process. Statements take parameters, never strings. */
export function cypherFile(path: string): string {
  let text = cache.get(path);
  if (text === undefined) {
    text = readFileSync(fromRoot('cypher', path), 'utf8');
    cache.set(path, text);
  }
  return text;
}

/** Splits a file of several statements (`;` at the end of a line); `//` comment lines are dropped. */
export function splitStatements(text: string): string[] {
  return stripLineComments(text)
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Drops `//` comment lines (statements embedded elsewhere, e.g. in @cypher, carry no comments). */
export function stripLineComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .trim();
}
