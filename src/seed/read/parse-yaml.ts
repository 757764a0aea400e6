import jsYaml from 'js-yaml';
import { isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { issue, SeedIssueCode, type Position, type SeedIssue } from '../issues.js';
import type { SeedText } from './read-text.js';
import { positionTree, type PositionTree } from './yaml-positions.js';

export type YamlPath = readonly (string | number)[];

export interface ParsedSeed {
  readonly file: string;
  readonly absolute: string;
  readonly data: unknown;
  /** Where a path of the data sits in the file; the nearest existing parent when it is missing. */
  readonly positionOf: (path: YamlPath, key?: boolean) => Position;
}

/**
 * YAML → plain data, keeping a way back from any data path to its line and column. The data comes
 * from js-yaml (YAML 1.2 core schema: dates stay strings), which is several times faster; the
 * position-keeping document of `yaml` is built only when a position is asked for — that is, when
 * there is something to report — or to describe a syntax error precisely. Positions come from a
 * second js-yaml pass (yaml-positions.ts), `yaml`'s document only where that pass cannot tell;
 * either is dropped once the synchronous stage that asked is over, or earlier when other files'
 * positions are asked for (holdPositions), so a file's positions do not stay in memory for the
 * rest of the load.
 */
export function parseSeed(seed: SeedText): ParsedSeed | SeedIssue[] {
  let loaded: unknown;
  try {
    loaded = jsYaml.load(seed.text, { schema: jsYaml.CORE_SCHEMA, filename: seed.file });
  } catch (error) {
    return syntaxIssues(seed, error as jsYaml.YAMLException);
  }
  // A copy: js-yaml's strings are slices of the text, and any value kept would keep all of the
  // text in memory. The copy's strings are its own.
  const data = structuredClone(loaded);
  // Kept off the JS heap, as UTF-8 bytes, until a position is asked for.
  const bytes = Buffer.from(seed.text, 'utf8');
  let tree: PositionTree | undefined | null;
  let located: { doc: Document; counter: LineCounter } | undefined;
  const release = () => {
    tree = undefined;
    located = undefined;
    letGo(release);
  };
  const positionOf = (path: YamlPath, key = false): Position => {
    if (tree === undefined) {
      holdPositions(release);
      tree = positionTree(bytes.toString('utf8')) ?? null;
      setImmediate(release);
    }
    if (tree) return nearest(tree, path, key);
    located ??= documentOf(bytes.toString('utf8'));
    return locate(located.doc, located.counter, path, key);
  };
  return { file: seed.file, absolute: seed.absolute, data, positionOf };
}

/**
 * The positions of the three files last asked for, no more: a stage that reports on many files in
 * one synchronous run (resolve, plan) would otherwise hold the positions of all of them (about
 * three times each text's size: yaml-positions.ts) until it returns. Messages mostly come file by
 * file, and a conflict between files alternates between them, which three cover.
 */
const HELD_FILES = 3;
const held: (() => void)[] = [];

function holdPositions(release: () => void): void {
  letGo(release);
  held.push(release);
  while (held.length > HELD_FILES) held.shift()!();
}

function letGo(release: () => void): void {
  const at = held.indexOf(release);
  if (at >= 0) held.splice(at, 1);
}

function documentOf(text: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, counter };
}

function syntaxIssues(seed: SeedText, fast: jsYaml.YAMLException): SeedIssue[] {
  const { doc, counter } = documentOf(seed.text);
  if (doc.errors.length > 0) {
    return doc.errors.map((error) => {
      const message = error.message.split('\n')[0] ?? error.message;
      return issue(seed.file, counter.linePos(error.pos[0]), SeedIssueCode.YAML_SYNTAX, message);
    });
  }
  const at = { line: fast.mark.line + 1, col: fast.mark.column + 1 };
  return [issue(seed.file, at, SeedIssueCode.YAML_SYNTAX, fast.reason)];
}

/** The node at `path` (its key, when asked), or its nearest existing parent. */
function nearest(tree: PositionTree, path: YamlPath, key: boolean): Position {
  for (let depth = path.length; depth > 0; depth--) {
    const at = tree.at(path.slice(0, depth), key && depth === path.length);
    if (at) return at;
  }
  return tree.at([], false) ?? { line: 1, col: 1 };
}

function locate(doc: Document, counter: LineCounter, path: YamlPath, key: boolean): Position {
  for (let depth = path.length; depth >= 0; depth--) {
    const prefix = path.slice(0, depth);
    if (key && depth === path.length && depth > 0) {
      const parent = doc.getIn(prefix.slice(0, -1), true);
      const pair = findPair(parent, prefix[prefix.length - 1]);
      if (pair !== undefined) return counter.linePos(pair);
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
