import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { detailsQuery } from '../../src/dashboard/web/details.js';
import { LABELS } from '../../src/model/labels.js';

// The panel's one query per label is valid against the served schema (a field moved to an
// interface once broke the Organisation and Project panels without a test noticing).
const { parse, validate } = createRequire(import.meta.url)('graphql') as typeof GraphQL;
const driver = neo4j.driver('bolt://127.0.0.1:1', neo4j.auth.basic('x', 'y'));
let schema: GraphQL.GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ driver, jwtSecret: undefined, jwksUrl: undefined });
}, 60_000);
afterAll(() => driver.close());

it.each(LABELS)('the details query of a %s is valid against the schema', (label) => {
  expect(validate(schema, parse(detailsQuery(label))).map((e) => e.message)).toEqual([]);
});
