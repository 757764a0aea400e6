import { describe, expect, it } from 'vitest';
import { bitCount, editDistance, letterMask } from '../../src/model/names/edit-distance.js';
import { normaliseText } from '../../src/model/names/normalise.js';
import { isCalendarDate } from '../../src/model/names/calendar.js';
import { NameIndex } from '../../src/identity/name-index.js';

describe('name matching', () => {
  it('normalises case, accents and punctuation', () => {
    expect(normaliseText('Dassault Systèmes')).toBe('dassault systemes');
    expect(normaliseText('  Frank E. Rademakers ')).toBe('frank e rademakers');
  });

  it('counts edits, a transposition as one, and gives up above the limit', () => {
    expect(editDistance('virkunnen', 'virkkunen')).toBe(2);
    expect(editDistance('bensor', 'benson')).toBe(1);
    expect(editDistance('ehds', 'edhs')).toBe(1);
    expect(editDistance('sanofi', 'roche', 2)).toBe(3);
  });

  it('gives the full table’s answer for any limit (only the band near the diagonal is computed)', () => {
    // The whole optimal-string-alignment table, as the definition has it.
    const reference = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      return d[a.length]![b.length]!;
    };
    let seed = 11;
    const random = (n: number) => (seed = (seed * 16807) % 2147483647) % n;
    const word = (n: number) => Array.from({ length: n }, () => 'abc de'[random(6)]).join('');
    for (let t = 0; t < 3000; t++) {
      const a = word(random(14));
      const b = random(3)
        ? a.slice(0, random(a.length + 1)) + word(random(3)) + a.slice(random(a.length + 1))
        : word(random(14));
      const full = reference(a, b);
      for (const max of [0, 1, 2, 3])
        expect([a, b, max, editDistance(a, b, max)]).toEqual([a, b, max, Math.min(full, max + 1)]);
    }
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

describe('the letter-mask filter before edit distance', () => {
  it('counts bits', () => {
    expect([0, 1, 0b1011, 0xffffffff, 0x80000000].map(bitCount)).toEqual([0, 1, 3, 32, 1]);
  });

  it('never rejects a pair within the distance: 2,000 random names with up to 2 random edits', () => {
    let seed = 42;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const letters = 'abcdefghijklmnopqrstuvwxyz0123456789 ';
    const pick = () => letters[rand(letters.length)]!;
    let rejectedFar = 0;
    for (let i = 0; i < 2000; i++) {
      const a = Array.from({ length: 4 + rand(20) }, pick).join('');
      let b = a;
      for (let e = rand(3); e > 0; e--) {
        const at = rand(b.length + 1);
        const op = rand(4);
        if (op === 0) b = b.slice(0, at) + pick() + b.slice(at);
        else if (op === 1) b = b.slice(0, at) + b.slice(at + 1);
        else if (op === 2) b = b.slice(0, at) + pick() + b.slice(at + 1);
        else b = b.slice(0, at) + b.slice(at + 1, at + 2) + b.slice(at, at + 1) + b.slice(at + 2);
      }
      const d = editDistance(a, b, 2);
      const differing = bitCount(letterMask(a) ^ letterMask(b));
      if (d <= 2) expect(differing).toBeLessThanOrEqual(2 * d);
      const c = Array.from({ length: a.length }, pick).join('');
      if (bitCount(letterMask(a) ^ letterMask(c)) > 4) {
        expect(editDistance(a, c, 2)).toBeGreaterThan(2);
        rejectedFar++;
      }
    }
    // The filter must also be useful: most unrelated names are rejected without the distance.
    expect(rejectedFar).toBeGreaterThan(1000);
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
