import { writeFileSync } from 'node:fs';
import { fromRoot } from '../../config/paths.js';
import { seedJsonSchema } from './seed-file-schema.js';

/** `npm run seed:schema`: regenerates seed/schema.json from the zod schemas (one source of truth). */
export const schemaPath = fromRoot('seed', 'schema.json');
export const schemaText = (): string => `${JSON.stringify(seedJsonSchema(), null, 2)}\n`;

if (process.argv[1]?.endsWith('write-json-schema.ts')) {
  writeFileSync(schemaPath, schemaText());
  console.error(`wrote ${schemaPath}`);
}
