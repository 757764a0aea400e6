import { readFileSync } from 'node:fs';
import { fromRoot } from '../src/config/paths.js';

const cache = new Map<string, string>();

/** A statement from bench/cypher/<name>.cypher, read once; parameters only. */
export function benchCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(fromRoot('bench', 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
