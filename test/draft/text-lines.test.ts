import { describe, expect, it } from 'vitest';
import {
  inParagraph,
  lineAbove,
  lineAt,
  lineBefore,
  linesAbove,
  opensLine,
  paragraphAt,
  paragraphEnd,
  paragraphStart,
} from '../../src/draft/text-lines.js';

const text = 'Title line\n\nFirst paragraph, line one\nline two\n  \t\n- Second paragraph';

describe('lines and paragraphs of a text', () => {
  it('gives the line holding an offset, whole or up to it', () => {
    const at = text.indexOf('two');
    expect(lineAt(text, at)).toBe('line two');
    expect(lineBefore(text, at)).toBe('line ');
    expect(lineAt(text, 0)).toBe('Title line');
  });

  it('ends a paragraph at a blank line, also one that holds spaces or tabs', () => {
    const at = text.indexOf('two');
    expect(paragraphAt(text, at)).toBe('First paragraph, line one\nline two');
    expect(paragraphAt(text, text.indexOf('Second'))).toBe('- Second paragraph');
    expect(paragraphStart(text, 3)).toBe(0);
    expect(paragraphEnd(text, 3)).toBe('Title line'.length);
    expect(inParagraph(text, text.indexOf('First'), at)).toBe(true);
    expect(inParagraph(text, at, text.indexOf('Second'))).toBe(false);
  });

  it('spans every paragraph between two offsets', () => {
    expect(paragraphAt(text, 0, text.indexOf('one'))).toBe(
      'Title line\n\nFirst paragraph, line one\nline two',
    );
  });

  it('knows a word that opens its line, after blanks or a bullet', () => {
    expect(opensLine(text, text.indexOf('Second'))).toBe(true);
    expect(opensLine(text, text.indexOf('two'))).toBe(false);
  });

  it('finds the non-empty line above a line, and walks the lines above, nearest first', () => {
    const at = text.indexOf('First');
    expect(lineAbove(text, at)).toEqual({ start: 0, text: 'Title line' });
    expect(lineAbove(text, 0)).toEqual({ start: 0, text: '' });
    expect([...linesAbove(text, text.indexOf('two'))]).toEqual([
      'First paragraph, line one',
      '',
      'Title line',
    ]);
  });
});
