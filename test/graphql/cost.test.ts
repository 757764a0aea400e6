import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { checkCost } from '../../src/graphql/cost.js';
import { MAX_COST } from '../../src/graphql/limits.js';
import { speakerChain } from '../support/abusive-queries.js';

// The cost model evaluates `limit`/`first`/`offset` with the operation's variables and defaults.
const { parse } = createRequire(import.meta.url)('graphql') as typeof GraphQL;
const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused-password'));
let schema: GraphQL.GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ driver, jwtSecret: undefined, jwksUrl: undefined });
}, 60_000);
afterAll(async () => driver.close());

const cost = (query: string, variables?: Record<string, unknown>) =>
  checkCost({ schema, document: parse(query), variables, operationName: undefined }, Infinity);

describe('cost model', () => {
  it('counts a variable like the same literal, and the default of 50 when none is given', () => {
    const q = 'query ($n: Int) { topics(limit: $n) { id statements { id } } }';
    expect(cost(q, { n: 20 })).toBe(cost('{ topics(limit: 20) { id statements { id } } }'));
    expect(cost(q, { n: 20 })).toBe(20 * (1 + 50));
    expect(cost(q)).toBe(50 * (1 + 50));
    // Cut to 500 as @limit does, whether literal or variable.
    expect(cost(q, { n: 1_000_000 })).toBe(500 * (1 + 50));
  });

  it('counts connections by `first` and offsets by the hundred', () => {
    expect(
      cost('query ($f: Int) { peopleConnection(first: $f) { edges { node { id } } } }', { f: 10 }),
    ).toBe(1 + 10 * 2);
    expect(cost('{ people(limit: 10, offset: 1000) { id } }')).toBe(10 + 10);
  });

  it('a where on the id bounds the list (an entity page stays cheap)', () => {
    expect(cost('{ people(where: { id: { eq: "person:x" } }) { id roles { id } } }')).toBe(1 + 50);
  });

  it('refuses the chain of issue 13 with variables, and says the limit', () => {
    expect(() =>
      checkCost({
        schema,
        document: parse(speakerChain(1, 4, '$n')),
        variables: { n: 500 },
        operationName: undefined,
      }),
    ).toThrow(new RegExp(`cost limit of ${MAX_COST} exceeded`));
  });
});
