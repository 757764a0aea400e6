import { describe, expect, it } from 'vitest';
import { initialsOf } from '../../src/draft/initials.js';

describe('initialsOf', () => {
  it('takes every word by default', () => {
    expect(initialsOf('Virtual Human Twins')).toBe('VHT');
    expect(initialsOf('network of excellence')).toBe('NOE');
  });
  it('parts words at hyphens only when asked', () => {
    expect(initialsOf('Non-Governmental Organisation')).toBe('NO');
    expect(initialsOf('Non-Governmental Organisation', { hyphens: true })).toBe('NGO');
  });
  it('counts only capitalised words when asked', () => {
    expect(initialsOf('Agency for Health Data', { capitalised: true })).toBe('AHD');
  });
  it('leaves out the words given, whatever their case', () => {
    const skip = new Set(['forum']);
    expect(initialsOf('European Health Data Space Forum', { skip })).toBe('EHDS');
  });
  it('ignores doubled spaces and a trailing hyphen', () => {
    expect(initialsOf('Open  Twin-', { hyphens: true })).toBe('OT');
  });
});
