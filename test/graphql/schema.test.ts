import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import { Kind, visit, type ASTNode, type GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { format } from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

// @neo4j/graphql builds the schema with graphql's CommonJS build; print it with the same one (vitest
// would otherwise load the ESM build: "Cannot use GraphQLObjectType from another module or realm").
const { printSchema } = createRequire(import.meta.url)('graphql') as typeof GraphQL;

// Building the schema needs a driver object but no database: nothing connects here.
const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused-password'));
let withKey: GraphQLSchema;
let withoutKey: GraphQLSchema;

// Two schema builds take a few seconds on a busy 2-core machine.
beforeAll(async () => {
  withKey = await buildSchema({ driver, jwtSecret: 'a'.repeat(32), jwksUrl: undefined });
  withoutKey = await buildSchema({ driver, jwtSecret: undefined, jwksUrl: undefined });
}, 60_000);
afterAll(async () => driver.close());

describe('schema', () => {
  it('matches the snapshot of the printed SDL (an API change shows up as a diff)', async () => {
    // Formatted with prettier so that `prettier --check .` agrees with the snapshot file.
    const sdl = await format(printSchema(withKey), { parser: 'graphql', printWidth: 100 });
    await expect(sdl).toMatchFileSnapshot('./__snapshots__/schema.graphql');
  });

  it('is the same without a JWT secret (mutations refused at run time, not removed)', async () => {
    expect(printSchema(withoutKey)).toBe(printSchema(withKey));
  });

  it('describes every type, field, argument and enum value of graphql/*.graphql', () => {
    const missing: string[] = [];
    const check = (
      node: ASTNode & { description?: unknown; name?: { value: string } },
      where: string,
    ) => {
      if (!node.description) missing.push(where);
    };
    let current = '';
    visit(loadTypeDefs(), {
      ObjectTypeDefinition: (n) => void ((current = n.name.value), check(n, current)),
      EnumTypeDefinition: (n) => void ((current = n.name.value), check(n, current)),
      UnionTypeDefinition: (n) => check(n, n.name.value),
      FieldDefinition: (n) => check(n, `${current}.${n.name.value}`),
      EnumValueDefinition: (n) => check(n, `${current}.${n.name.value}`),
      InputValueDefinition: (n) => check(n, `${current} argument ${n.name.value}`),
    });
    expect(missing).toEqual([]);
  });

  it('keeps Cypher in cypher/queries: every @cypher statement comes from a file', () => {
    const statements: string[] = [];
    visit(loadTypeDefs(), {
      Directive: (d) => {
        if (d.name.value !== 'cypher') return;
        const arg = d.arguments?.find((a) => a.name.value === 'statement');
        if (arg?.value.kind === Kind.STRING) statements.push(arg.value.value);
      },
    });
    expect(statements.length).toBeGreaterThanOrEqual(13);
    expect(statements.every((s) => s.includes('$') || s.includes('this'))).toBe(true);
  });
});
