import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import { ENDPOINTS, RELATIONSHIP_TYPES } from '../../src/model/relationship-types.js';

// seed/README.md's relationship table is for curators; the model (src/model/) is the truth.
describe("seed/README.md's relationship table", () => {
  it('lists every type with exactly the ends the model allows', () => {
    const rows = readFileSync(fromRoot('seed', 'README.md'), 'utf8')
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter((cells) => cells.length > 4 && /^[A-Z_]+$/.test(cells[1] ?? ''));
    const table = Object.fromEntries(
      rows.map(([, type, from, to]) => [type, { from: from!.split(', '), to: to!.split(', ') }]),
    );
    const model = Object.fromEntries(
      RELATIONSHIP_TYPES.map((t) => [
        t,
        { from: [...ENDPOINTS[t].from], to: [...ENDPOINTS[t].to] },
      ]),
    );
    expect(table).toEqual(model);
  });
});
