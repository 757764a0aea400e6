import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { tablePath, tableText } from '../../scripts/generate-relationship-table.js';
import { relationshipFields } from '../../src/dashboard/web/relationships.js';

it('the dashboard relationship table is generated from the SDL (run `npm run generate:dashboard`)', async () => {
  expect(readFileSync(tablePath, 'utf8')).toBe(await tableText());
});

it('every relationship field has a title for the panel', () => {
  expect(relationshipFields.Person?.find((f) => f.field === 'spokeAt')?.title).toBe('Spoke at');
  expect(relationshipFields.Organisation?.find((f) => f.field === 'meetings')?.title).toBe(
    'Meetings with officials',
  );
  for (const fields of Object.values(relationshipFields))
    for (const f of fields) expect(f.title).toMatch(/^[A-Z][a-z]/);
});
