import { readFileSync } from 'node:fs';
import { fromRoot } from '../../src/config/paths.js';

/** A register row as the files write it. */
export const row = (
  official: string,
  date: string,
  entities: string[],
  subject: string,
  location = 'Brussels',
): string =>
  JSON.stringify({
    'EU Member': [official],
    Date: date,
    Location: location,
    Entities: entities,
    Subjects: [subject],
  });

/** The first `n` real rows of a shipped register file. */
export function realRows(file: 'directorate-general' | 'commissioners', n: number): string[] {
  return readFileSync(fromRoot('data', 'ec-meetings', `${file}.jsonl`), 'utf8')
    .split('\n')
    .slice(0, n);
}

/** Look-alikes, a curated match, a duplicate row and an EHDS subject, for the DG file. */
export const CRAFTED = [
  row('Sandra Gallina', '01/02/2022', ['Siemens AG'], 'Digital health'),
  row('Sandra Gallina', '02/02/2022', ['Siemens Energy AG'], 'Hydrogen'),
  row('Sandra Gallina', '03/02/2022', ['Siemens Healthineers AG'], 'European Health Data Space'),
  row('Sandra Gallina', '04/02/2022', ['DASSAULT AVIATION'], 'Defence'),
  row(
    'Sandra Gallina',
    '05/02/2022',
    ['Dassault Systèmes', 'SANOFI'],
    'Virtual twins and the EHDS',
  ),
  row(
    'Sandra Gallina',
    '05/02/2022',
    ['Dassault Systèmes', 'SANOFI'],
    'Virtual twins and the EHDS',
  ),
  row('Sandra Gallina', '06/02/2022', ['F. Hoffmann-La Roche Ltd'], 'Health Data Space'),
];
