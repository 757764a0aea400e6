import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { schemaPath, schemaText } from '../../src/seed/format/write-json-schema.js';

it('seed/schema.json is generated from the zod schemas (run `npm run seed:schema`)', () => {
  expect(readFileSync(schemaPath, 'utf8')).toBe(schemaText());
  const schema = JSON.parse(schemaText()) as {
    properties: Record<string, unknown>;
    required: string[];
  };
  expect(Object.keys(schema.properties)).toEqual([
    'source',
    'entities',
    'relationships',
    'mentions',
  ]);
  expect(schema.required).toEqual(['source']);
});
