import { describe, expect, it } from 'vitest';
import { nodesCsv } from '../../src/export/csv-writer.js';
import { csvField, csvRow } from '../../src/export/csv.js';
import { parseCsv } from './parse-csv.js';

// OWASP CSV injection: a cell a spreadsheet would run as a formula gets a leading single quote.
describe('CSV formula neutralisation', () => {
  it.each([
    ['=HYPERLINK("http://x","click")', `"'=HYPERLINK(""http://x"",""click"")"`],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['\tTAB', "'\tTAB"],
    ['\rCR', `"'\rCR"`],
  ])('%j → %j', (value, cell) => {
    expect(csvField(value)).toBe(cell);
  });

  it('leaves ordinary text alone (a formula character inside is harmless)', () => {
    expect(csvField('Henna Virkkunen')).toBe('Henna Virkkunen');
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('')).toBe('');
    expect(csvRow(['x', 'y, z'])).toBe('x,"y, z"\r\n');
  });

  it('neutralises names and aliases in the nodes file, and the file still parses', async () => {
    const nodes = (async function* () {
      yield {
        id: 'person:x',
        label: 'Person',
        props: { name: '=HYPERLINK("http://x","click")', aliases: ['@SUM(1+1)', 'ok'] },
      };
    })();
    let text = '';
    for await (const chunk of nodesCsv(nodes)) text += chunk;
    const [header, row] = parseCsv(text);
    expect(row?.[header?.indexOf('name') ?? -1]).toBe(`'=HYPERLINK("http://x","click")`);
    // Lists are joined into one cell first; the cell starts with "@" and is neutralised as a whole.
    expect(row?.[header?.indexOf('aliases') ?? -1]).toBe(`'@SUM(1+1); ok`);
  });
});
