import jsYaml from 'js-yaml';
import { isNode, LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSeed, type ParsedSeed } from '../../src/seed/read/parse-yaml.js';
import { positionTree } from '../../src/seed/read/yaml-positions.js';

type Path = (string | number)[];

/** Every path of the data, with what `yaml`'s full document says of it (the reference). */
function expected(text: string): { path: Path; key: boolean; line: number; col: number }[] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const out: { path: Path; key: boolean; line: number; col: number }[] = [];
  const visit = (value: unknown, path: Path): void => {
    if (path.length) {
      const node = doc.getIn(path, true);
      if (isNode(node) && node.range)
        out.push({ path, key: false, ...counter.linePos(node.range[0]) });
      const parent = doc.getIn(path.slice(0, -1), true) as {
        items?: { key?: { value?: unknown; range?: number[] } }[];
      };
      const pair = parent?.items?.find((item) => item.key?.value === path.at(-1));
      if (pair?.key?.range) out.push({ path, key: true, ...counter.linePos(pair.key.range[0]!) });
    }
    if (Array.isArray(value)) value.forEach((v, i) => visit(v, [...path, i]));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(v, [...path, k]);
  };
  visit(jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA }), []);
  return out;
}

const MIXED = `# a seed file in several styles
source:
  id: doc:x   # a comment after a value
  name: "Quoted: with a colon"
entities:
  - id: org:a
    name: >-
      A folded
      name
    aliases: [A, "B", 'C']

  - { id: person:b, name: B, aliases: [Bee] }
  -
    id: event:c
    'quoted key': 2025-01-02
relationships:
  - from: person:b
    type: SPOKE_AT
    to: event:c
    evidence: |
      line one
      line two
`;

describe('positions from js-yaml node events', () => {
  it('every node and key sits where yaml puts it, in block, flow and mixed styles', () => {
    const tree = positionTree(MIXED)!;
    expect(tree).toBeDefined();
    const want = expected(MIXED);
    expect(want.length).toBeGreaterThan(30);
    for (const { path, key, line, col } of want)
      expect({ path, key, ...tree.at(path, key) }).toEqual({ path, key, line, col });
  });

  it('a path the data does not have is undefined (the caller takes the nearest parent)', () => {
    const tree = positionTree(MIXED)!;
    expect(tree.at(['entities', 0, 'date'], false)).toBeUndefined();
    expect(tree.at(['entities', 9], false)).toBeUndefined();
    expect(tree.at(['entities', 1, 'name'], false)).toEqual({ line: 12, col: 27 });
  });

  it('anchors, aliases and a `<<` key (a plain key in the core schema) sit where yaml puts them', () => {
    const text = 'base: &b\n  a: 1\nother:\n  <<: *b\n  c: [2, *b]\n';
    const tree = positionTree(text)!;
    for (const { path, key, line, col } of expected(text))
      expect({ path, key, ...tree.at(path, key) }).toEqual({ path, key, line, col });
  });

  it('text js-yaml refuses has no tree (the caller reports it through yaml)', () => {
    expect(positionTree('a: [1, 2\nb: 3\n')).toBeUndefined();
  });

  it('positions stay right when messages alternate between files in one synchronous run', () => {
    // Only one file's positions are held at a time; each is rebuilt from the file's own text.
    const parsed = (file: string, text: string) =>
      parseSeed({ file, absolute: `/x/${file}`, text }) as ParsedSeed;
    const a = parsed('a.yaml', 'source:\n  id: doc:a\n  name: "Zürich — Ähre"\nentities: []\n');
    const b = parsed('b.yaml', '# b\n\nsource:\n  id: doc:b\n  name: B\n');
    for (let round = 0; round < 3; round++) {
      expect(a.positionOf(['source', 'name'])).toEqual({ line: 3, col: 9 });
      expect(b.positionOf(['source', 'name'])).toEqual({ line: 5, col: 9 });
      expect(a.positionOf(['entities'], true)).toEqual({ line: 4, col: 1 });
    }
    expect(a.data).toEqual({ source: { id: 'doc:a', name: 'Zürich — Ähre' }, entities: [] });
  });
});
