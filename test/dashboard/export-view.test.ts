import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  inkWidth,
  svgDocument,
  type SvgEdge,
  type SvgNode,
} from '../../src/dashboard/web/export-view.js';

const count = (svg: string, tag: string): number =>
  svg.match(new RegExp(`<${tag}[\\s>/]`, 'g'))?.length ?? 0;

const nodes: SvgNode[] = [
  { x: 10, y: 20, r: 5, color: '#ff0000', label: 'R&D <Lab> "x"' },
  { x: 100, y: 80.123456, r: 3.5, color: '#00ff00' },
  { x: 50, y: 50, r: 8, color: '#0000ff', label: "O'Brien" },
];
const edges: SvgEdge[] = [
  { x1: 10, y1: 20, x2: 100, y2: 80, width: 1.5, color: '#9aa3ad' },
  { x1: 100, y1: 80, x2: 50, y2: 50, width: 2, color: '#4b5563', head: 4 },
];

describe('escapeXml', () => {
  it('escapes the five XML special characters', () => {
    const escaped = escapeXml(`R&D <Lab> "x" 'y'`);
    expect(escaped).toBe('R&amp;D &lt;Lab&gt; &quot;x&quot; &apos;y&apos;');
    expect(new XMLParser().parse(`<t>${escaped}</t>`)).toEqual({ t: `R&D <Lab> "x" 'y'` });
  });

  it('leaves plain text alone', () => {
    expect(escapeXml('Commission 2024')).toBe('Commission 2024');
  });
});

describe('inkWidth', () => {
  it('is the width less the feather for thick edges, less ink for thin ones', () => {
    expect(inkWidth(3, 1)).toBeCloseTo(2);
    expect(inkWidth(1.7, 1)).toBeCloseTo(0.706, 3);
    expect(inkWidth(1.7, 0)).toBe(1.7);
    expect(inkWidth(0, 1)).toBeCloseTo(0);
  });
});

describe('svgDocument', () => {
  const svg = svgDocument(640, 480, 'Network & "friends"', edges, nodes);

  it('is well-formed XML', () => {
    expect(XMLValidator.validate(svg)).toBe(true);
  });

  it('draws one circle per node, one line per edge, a head per arrow, text per label', () => {
    expect(count(svg, 'circle')).toBe(3);
    expect(count(svg, 'line')).toBe(2);
    expect(count(svg, 'polygon')).toBe(1);
    expect(count(svg, 'text')).toBe(2);
  });

  it('has the size, a white background and the escaped title', () => {
    expect(svg).toContain('width="640" height="480" viewBox="0 0 640 480"');
    expect(svg).toContain('fill="#ffffff"');
    expect(svg).toContain('<title>Network &amp; &quot;friends&quot;</title>');
  });

  it('escapes labels and places them right of the node', () => {
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as {
      svg: { g: { text?: { '#text': string; '@_x': string }[] }[] };
    };
    const texts = parsed.svg.g.flatMap((group) => group.text ?? []);
    expect(texts.map((text) => text['#text'])).toEqual(['R&D <Lab> "x"', "O'Brien"]);
    expect(texts[0]?.['@_x']).toBe('18');
    expect(svg).not.toContain('<Lab>');
  });

  it('rounds coordinates and handles an empty view', () => {
    expect(svg).toContain('cy="80.12"');
    const empty = svgDocument(100, 100, 'empty', [], []);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(count(empty, 'circle')).toBe(0);
  });
});
