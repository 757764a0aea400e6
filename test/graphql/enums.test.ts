import { readFileSync } from 'node:fs';
import { parse, type EnumTypeDefinitionNode } from 'graphql';
import { expect, it } from 'vitest';
import { fromRoot } from '../../src/config/paths.js';
import * as kinds from '../../src/model/kinds.js';

it('the GraphQL kind enums list exactly the values the seed format accepts', () => {
  const doc = parse(readFileSync(fromRoot('graphql', 'enums.graphql'), 'utf8'));
  const graphqlEnums = Object.fromEntries(
    doc.definitions
      .filter((d): d is EnumTypeDefinitionNode => d.kind === 'EnumTypeDefinition')
      .map((d) => [d.name.value, (d.values ?? []).map((v) => v.name.value)]),
  );
  for (const [name, schema] of Object.entries(kinds)) {
    expect(graphqlEnums[name], name).toEqual(schema.options);
  }
});
