import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { fromRoot } from '../src/config/paths.js';
import { sdlPropertyTypes, sdlRelationships } from '../src/graphql/shape/sdl-relationships.js';
import { loadTypeDefs } from '../src/graphql/type-defs.js';

/**
 * `npm run generate:dashboard`: writes the dashboard's relationship table (which field of which
 * type carries which relationship, in which direction, with which properties, to what) from the
 * SDL, which test/graphql/model.test.ts checks against the model. test/dashboard checks the file
 * is current, as seed/schema.json is.
 */
export const tablePath = fromRoot('src', 'dashboard', 'web', 'relationship-table.generated.ts');

export async function tableText(): Promise<string> {
  const doc = loadTypeDefs();
  const table: Record<string, unknown[]> = {};
  for (const r of sdlRelationships(doc)) {
    const { field, type, out, props, targets } = r;
    (table[r.owner] ??= []).push({ field, type, out, props, targets: [...targets].sort() });
  }
  const text = `// Generated from graphql/*.graphql by \`npm run generate:dashboard\`; do not edit.
export const RELATIONSHIP_TABLE = ${JSON.stringify(table)} as const;

/** The properties the panel reads of each relationship properties type (claims left out). */
export const PROPERTY_FIELDS = ${JSON.stringify(propertyFields(doc))} as const;
`;
  return format(text, { ...(await resolveConfig(tablePath)), filepath: tablePath });
}

function propertyFields(doc: ReturnType<typeof loadTypeDefs>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [type, fields] of sdlPropertyTypes(doc))
    out[type] = fields.filter((f) => f !== 'claims').join(' ');
  return out;
}

if (process.argv[1]?.endsWith('generate-relationship-table.ts')) {
  writeFileSync(tablePath, await tableText());
  console.error(`wrote ${tablePath}`);
}
