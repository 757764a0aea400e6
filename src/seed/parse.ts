import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { issue, SeedIssueCode, type Position, type SeedIssue } from './issues.js';
import type { SeedText } from './read.js';

export type YamlPath = readonly (string | number)[];

export interface ParsedSeed {
  readonly file: string;
  readonly absolute: string;
  readonly data: unknown;
  /** Where a path of the data sits in the file; the nearest existing parent when it is missing. */
  readonly positionOf: (path: YamlPath, key?: boolean) => Position;
}

/** YAML → plain data, keeping a way back from any data path to its line and column. */
export function parseSeed(seed: SeedText): ParsedSeed | SeedIssue[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(seed.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => {
      const at = lineCounter.linePos(error.pos[0]);
      const message = error.message.split('\n')[0] ?? error.message;
      return issue(seed.file, at, SeedIssueCode.YAML_SYNTAX, message);
    });
  }
  const positionOf = (path: YamlPath, key = false): Position => locate(doc, lineCounter, path, key);
  return {
    file: seed.file,
    absolute: seed.absolute,
    data: doc.toJS({ maxAliasCount: 100 }),
    positionOf,
  };
}

function locate(doc: Document, counter: LineCounter, path: YamlPath, key: boolean): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (key && depth === path.length && depth > 0) {
      const parent = doc.getIn(prefix.slice(0, -1), true);
      const pair = findPair(parent, prefix[prefix.length - 1]);
      if (pair) return counter.linePos(pair);
    }
    const node = depth === 0 ? doc.contents : doc.getIn(prefix, true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

/** Offset of a map key (for "unknown key" messages, which point at the key itself). */
function findPair(parent: unknown, key: string | number | undefined): number | undefined {
  if (!parent || typeof parent !== 'object' || !('items' in parent)) return undefined;
  for (const item of (parent as { items: unknown[] }).items) {
    const k = (item as { key?: { value?: unknown; range?: [number] } }).key;
    if (k && k.value === key && k.range) return k.range[0];
  }
  return undefined;
}
