import { describe, expect, it } from 'vitest';
import { parseExportRequest } from '../../src/export/request.js';
import { csvField, csvRow } from '../../src/export/csv.js';
import { xmlAttr, xmlText } from '../../src/export/xml.js';

describe('export request', () => {
  it('accepts a full request and defaults depth to 1', () => {
    expect(
      parseExportRequest({ format: 'gexf', around: 'initiative:vht', asOf: '2025-10-21' }),
    ).toEqual({
      format: 'gexf',
      around: 'initiative:vht',
      depth: 1,
      asOf: '2025-10-21',
    });
    expect(parseExportRequest({ format: 'json', around: 'x:y', depth: '3' }).depth).toBe(3);
  });

  it('rejects a bad format, depth and date with one message naming each', () => {
    expect(() =>
      parseExportRequest({ format: 'pdf', around: 'x', depth: '99', asOf: '2025-02-30' }),
    ).toThrow(/format.*depth.*asOf/s);
    expect(() => parseExportRequest({ format: 'csv', depth: '2' })).toThrow(/depth needs around/);
  });
});

describe('escaping', () => {
  it('escapes XML text and attributes', () => {
    expect(xmlText('a<b & c>')).toBe('a&lt;b &amp; c&gt;');
    expect(xmlAttr('"x"\n\ty')).toBe('&quot;x&quot;&#10;&#9;y');
  });

  it('quotes CSV fields only when needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvRow(['a', undefined, 'line\nbreak'])).toBe('a,,"line\nbreak"\r\n');
  });
});
