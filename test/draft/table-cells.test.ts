import { describe, expect, it } from 'vitest';
import { cellsOf, hasCellGap } from '../../src/draft/table-cells.js';

describe('a table line split into cells', () => {
  it('splits on tabs, on two spaces or more and on a bar, keeping offsets in the text', () => {
    const line = 'Ana Costa\tAgence Exemple  Lisbon | Chair';
    const cells = cellsOf(line, 100);
    expect(cells.map((c) => c.text)).toEqual(['Ana Costa', 'Agence Exemple', 'Lisbon', 'Chair']);
    for (const c of cells) expect(line.slice(c.start - 100, c.end - 100)).toBe(c.text);
  });
  it('keeps a single space inside a cell and drops the empty cells of a Markdown row', () => {
    expect(cellsOf('| Open Twin Initiative | Belgium |').map((c) => c.text)).toEqual([
      'Open Twin Initiative',
      'Belgium',
    ]);
  });
  it('tells a prose line from a row', () => {
    expect(hasCellGap('Charles University hosted the meeting.')).toBe(false);
    expect(hasCellGap('Charles University\tCzechia')).toBe(true);
  });
});
