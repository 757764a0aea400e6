import jsYaml from 'js-yaml';
import type { Position } from '../issues.js';
import type { YamlPath } from './parse-yaml.js';

/** One node as js-yaml composed it: where it opened, and its children in document order. */
interface Frame {
  readonly start: number;
  readonly children: Frame[];
  kind?: string | null;
  result?: unknown;
}

/**
 * What positions keep of a checked frame: a scalar is just its start (most nodes are scalars), a
 * collection its start, a mapping's keys, and its children (a mapping's alternate key, value).
 * Not the data js-yaml composed: a second copy of the file's, its strings slices of the text.
 */
type Pos = number | { readonly start: number; readonly keys?: string[]; readonly children: Pos[] };

const startOf = (p: Pos): number => (typeof p === 'number' ? p : p.start);

function compact(frame: Frame): Pos {
  if (frame.kind === 'mapping')
    return {
      start: frame.start,
      keys: Object.keys(frame.result as object),
      children: frame.children.map(compact),
    };
  if (frame.kind === 'sequence')
    return { start: frame.start, children: frame.children.map(compact) };
  return frame.start;
}

/** Where each data path sits: `at(path)` is the node's first character, `keyAt` its key's. */
export interface PositionTree {
  readonly at: (path: YamlPath, key: boolean) => Position | undefined;
}

/**
 * Positions of every node, from a second js-yaml pass with its node listener (several times faster
 * than building `yaml`'s full document, and dropped once asked). Returns undefined when the events
 * do not line up with the data (anchors, merge keys, complex keys): the caller then uses `yaml`.
 */
export function positionTree(text: string): PositionTree | undefined {
  const top = checkedFrames(text);
  if (!top) return undefined;
  // Built apart from the frames: the closures below keep the compact form only.
  const positions = compact(top);
  const lines = lineStarts(text);
  const position = (offset: number): Position => {
    const start = contentStart(text, offset);
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]! <= start) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: start - lines[lo]! + 1 };
  };
  return {
    at: (path, key) => {
      const found = walk(positions, path);
      if (!found) return undefined;
      return position(startOf(key && found.key !== undefined ? found.key : found.node));
    },
  };
}

/** The frames of js-yaml's node events, checked against the data it composed. */
function checkedFrames(text: string): Frame | undefined {
  const root: Frame = { start: 0, children: [] };
  const stack: Frame[] = [root];
  const listener = (
    event: string,
    state: { position: number; kind: string | null; result: unknown },
  ) => {
    if (event === 'open') {
      const frame: Frame = { start: state.position, children: [] };
      stack.at(-1)!.children.push(frame);
      stack.push(frame);
    } else {
      const frame = stack.pop()!;
      frame.kind = state.kind;
      frame.result = state.result;
    }
  };
  try {
    jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, listener } as jsYaml.LoadOptions);
  } catch {
    return undefined;
  }
  const top = root.children[0] && unwrap(root.children[0]);
  return top && consistent(top) ? top : undefined;
}

/**
 * A flow collection inside a block one is first tried as a block mapping's key: js-yaml then
 * reports a node around it with the same result. The inner node is the one written.
 */
function unwrap(frame: Frame): Frame {
  let f = frame;
  while (f.children.length === 1 && f.children[0]!.result === f.result) f = f.children[0]!;
  return f;
}

/** A mapping's children alternate key and value; the keys must be the data's keys, in order. */
function consistent(frame: Frame): boolean {
  frame.children.forEach((child, i) => (frame.children[i] = unwrap(child)));
  if (frame.kind === 'mapping') {
    const keys = Object.keys(frame.result as object);
    if (frame.children.length !== keys.length * 2) return false;
    for (let i = 0; i < keys.length; i++)
      if (String(frame.children[i * 2]!.result) !== keys[i]) return false;
  } else if (frame.kind === 'sequence') {
    if (frame.children.length !== (frame.result as unknown[]).length) return false;
  } else if (frame.children.length) return false;
  return frame.children.every(consistent);
}

function walk(top: Pos, path: YamlPath): { node: Pos; key?: Pos } | undefined {
  let node = top;
  let key: Pos | undefined;
  for (const step of path) {
    if (typeof node === 'number') return undefined;
    if (node.keys) {
      const i = node.keys.indexOf(String(step));
      if (i < 0) return undefined;
      key = node.children[i * 2];
      node = node.children[i * 2 + 1]!;
    } else if (typeof step === 'number' && node.children[step] !== undefined) {
      key = undefined;
      node = node.children[step];
    } else return undefined;
  }
  return { node, key };
}

/**
 * The first character of content at or after `offset`: past blanks, line breaks, comments, and an
 * anchor or tag (`&a`, `!tag`: indicators, never the start of a plain value).
 */
function contentStart(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '&' || c === '!') while (i < text.length && !/\s/.test(text[i]!)) i++;
    else break;
  }
  return i;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
