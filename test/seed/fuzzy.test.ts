import { describe, expect, it } from 'vitest';
import { editDistance, normalizeName } from '../../src/seed/fuzzy.js';
import { isCalendarDate } from '../../src/seed/dates.js';
import { NameIndex } from '../../src/seed/name-index.js';

describe('name matching', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normalizeName('Dassault Systèmes')).toBe('dassault systemes');
    expect(normalizeName('  Frank E. Rademakers ')).toBe('frank e rademakers');
  });

  it('counts edits, a transposition as one, and gives up above the limit', () => {
    expect(editDistance('virkunnen', 'virkkunen')).toBe(2);
    expect(editDistance('bensor', 'benson')).toBe(1);
    expect(editDistance('ehds', 'edhs')).toBe(1);
    expect(editDistance('sanofi', 'roche', 2)).toBe(3);
  });

  it('finds close spellings within a label, best first', () => {
    const index = new NameIndex();
    index.add({ id: 'person:mikael-benson', label: 'Person', name: 'Mikael Benson', aliases: [] });
    index.add({ id: 'org:benson-ltd', label: 'Organisation', name: 'Mikael Benson', aliases: [] });
    expect(index.close('Mikael Bensor', ['Person']).map((c) => [c.id, c.distance])).toEqual([
      ['person:mikael-benson', 1],
    ]);
    expect(index.exact('MIKAEL benson').sort()).toEqual(['org:benson-ltd', 'person:mikael-benson']);
  });
});

describe('dates', () => {
  it('accepts calendar dates only', () => {
    expect(isCalendarDate('2025-10-21')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-40')).toBe(false);
  });
});
