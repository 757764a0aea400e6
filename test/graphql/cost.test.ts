import type * as GraphQL from 'graphql';
import { createRequire } from 'node:module';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/graphql/build-schema.js';
import { checkCost, estimateCost } from '../../src/graphql/cost.js';
import { MAX_COST, MAX_REQUESTED } from '../../src/graphql/limits.js';
import { fanOutKey, type GraphShape } from '../../src/graphql/shape/graph-shape.js';
import { speakerChain } from '../../harness/abusive-queries.js';

// The cost model on a graph shape written here: lists are bounded by their limit, by the largest
// fan-out of their relationship, by what a `where` can match and, under a root list, by the total.
const { parse } = createRequire(import.meta.url)('graphql') as typeof GraphQL;
const driver = neo4j.driver('bolt://127.0.0.1:9', neo4j.auth.basic('neo4j', 'unused-password'));
let schema: GraphQL.GraphQLSchema;
beforeAll(async () => {
  schema = await buildSchema({ driver, jwtSecret: undefined, jwksUrl: undefined });
}, 60_000);
afterAll(async () => driver.close());

const SHAPE: GraphShape = {
  nodes: { Organisation: 1000, Event: 5000, Person: 300, Topic: 20, Statement: 40, Document: 30 },
  fanOut: {
    [fanOutKey('Organisation', 'MET_AT', true, 'Event')]: {
      maxDegree: 160,
      total: 6000,
      reached: 160,
    },
    [fanOutKey('Event', 'MET_AT', false, 'Organisation')]: {
      maxDegree: 30,
      total: 6000,
      reached: 30,
    },
    [fanOutKey('Event', 'ATTENDED', false, 'Person')]: { maxDegree: 3, total: 5200, reached: 3 },
    [fanOutKey('Person', 'ATTENDED', true, 'Event')]: { maxDegree: 400, total: 5200, reached: 400 },
    [fanOutKey('Topic', 'ABOUT', false, 'Statement')]: { maxDegree: 12, total: 60, reached: 12 },
  },
  valueMax: { 'Organisation.name': 2, 'Event.date': 40 },
  readProperties: ['name', 'date', 'acronym'],
  maxClaims: { Organisation: 5 },
  maxSources: { Organisation: 7 },
  signature: '0:0',
};

const cost = (
  query: string,
  variables?: Record<string, unknown>,
  shape: GraphShape | null = SHAPE,
) =>
  estimateCost(
    { schema, document: parse(query), variables, operationName: undefined },
    { shape: shape ?? undefined },
  );

describe('cost model on the graph shape', () => {
  it('bounds a look-up by name by the names shared, and nested lists by their real fan-out', () => {
    const report = cost(
      '{ organisations(where: { name: { eq: "Siemens AG" } }) { meetings { date officials { name } } } }',
    );
    // 2 organisations × min(50, 160) meetings × (1 + min(50, 3) officials).
    expect(report.estimated).toBe(2 + 100 + 300);
    expect(report.path).toBe(
      'organisations ×2 → Organisation.meetings ×100 (≤50 per organisation) → Event.officials ×300 (≤3 per event)',
    );
  });

  it('counts a variable like the same literal; limits above 500 are cut to 500', () => {
    const q = 'query ($n: Int) { topics(limit: $n) { id statements { id } } }';
    expect(cost(q, { n: 5 }).estimated).toBe(
      cost('{ topics(limit: 5) { id statements { id } } }').estimated,
    );
    // 5 topics × 12 statements at most each.
    expect(cost(q, { n: 5 }).estimated).toBe(5 + 60);
    // 20 topics in the graph, 60 ABOUT relationships in all: the total bounds a root list's children.
    expect(cost(q, { n: 1_000_000 }).estimated).toBe(20 + 60);
  });

  it('counts connections by `first` (default 50) and offsets by the hundred', () => {
    expect(
      cost('query ($f: Int) { peopleConnection(first: $f) { edges { node { id } } } }', { f: 10 })
        .estimated,
    ).toBe(10);
    // totalCount reads all 300 people: a hundredth of an object each.
    expect(cost('{ peopleConnection { totalCount edges { node { id } } } }').estimated).toBe(
      50 + 3,
    );
    // pageInfo is one per connection, not one per item.
    expect(
      cost('{ peopleConnection(first: 500) { pageInfo { hasNextPage } edges { node { id } } } }')
        .estimated,
    ).toBe(300 + 1);
    expect(cost('{ people(limit: 10, offset: 1000) { id } }').estimated).toBe(10 + 10);
  });

  it('a where on the id or an indexed value bounds the list', () => {
    expect(
      cost('{ people(where: { id: { eq: "person:x" } }) { id meetings { id } } }').estimated,
    ).toBe(1 + 50);
    expect(
      cost('{ events(limit: 500, where: { date: { in: ["2022-01-01", "2022-01-02"] } }) { id } }')
        .estimated,
    ).toBe(80);
  });

  it('without a shape (Neo4j not read yet) every list counts its limit', () => {
    expect(cost('{ topics(limit: 20) { statements { id } } }', undefined, null).estimated).toBe(
      20 + 20 * 50,
    );
  });

  it('below many parents reached through relationships, a list counts the mean degree of a reached node with a margin', () => {
    const shape: GraphShape = {
      ...SHAPE,
      fanOut: {
        ...SHAPE.fanOut,
        [fanOutKey('Event', 'MET_AT', false, 'Organisation')]: {
          maxDegree: 30,
          total: 6000,
          reached: 4,
        },
        [fanOutKey('Organisation', 'MET_AT', true, 'Event')]: {
          maxDegree: 160,
          total: 6000,
          reached: 10,
        },
      },
    };
    const report = cost(
      '{ people(where: { id: { eq: "person:x" } }) { meetings { organisations { meetings { id } } } } }',
      undefined,
      shape,
    );
    // One person: her 50 meetings at most (max); then 50 × ⌈4 × 1.5⌉ organisations, × ⌈10 × 1.5⌉.
    expect(report.path).toBe(
      'people ×1 → Person.meetings ×50 → Event.organisations ×300 (≈6 per event) → Organisation.meetings ×4,500 (≈15 per organisation)',
    );
    expect(report.estimated).toBe(1 + 50 + 300 + 4500);
  });

  it('refuses over the limit, naming the costliest path', () => {
    const query =
      '{ events(limit: 500) { organisations(limit: 500) { meetings(limit: 500) { id } } } }';
    expect(() =>
      checkCost(
        { schema, document: parse(query), variables: {}, operationName: undefined },
        { shape: SHAPE },
      ),
    ).toThrow(
      new RegExp(
        `cost limit of ${MAX_COST} exceeded.*events ×500 → Event.organisations ×6,000 \\(≤30 per event\\) → Organisation.meetings ×960,000`,
      ),
    );
  });

  it('refuses nested lists of 500 whatever the graph holds (requested objects)', () => {
    const report = cost(speakerChain(1, 4, '$n'), { n: 500 });
    // Bounded by the shape: its 300 people, none of whom spoke anywhere.
    expect(report.estimated).toBe(300);
    expect(report.estimated).toBeLessThan(MAX_COST);
    expect(report.requested).toBeGreaterThan(MAX_REQUESTED);
    expect(() =>
      checkCost(
        {
          schema,
          document: parse(speakerChain(1, 4, '$n')),
          variables: { n: 500 },
          operationName: undefined,
        },
        { shape: SHAPE },
      ),
    ).toThrow(new RegExp(`cost limit of ${MAX_REQUESTED} exceeded: the request asks for`));
  });

  it('a document that spreads fragments many times is walked once per fragment, and bounded', () => {
    const spreads = (n: number, name: string) =>
      Array.from({ length: n }, () => `...${name}`).join(' ');
    const query = `{ ...F0 } fragment F0 on Query { ${spreads(200, 'F1')} } fragment F1 on Query { ${spreads(200, 'F2')} }
      fragment F2 on Query { ${spreads(200, 'F3')} } fragment F3 on Query { __typename topics { id } }`;
    expect(cost(query).estimated).toBe(20);
    const wide = `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: topics { ${Array.from({ length: 400 }, (_, j) => `b${j}: statements { id }`).join(' ')} }`).join(' ')} }`;
    expect(() => cost(wide)).toThrow(/more than 5000 fields/);
  });

  it('a where on a property the shape did not read bounds nothing; the requested size ignores data', () => {
    const report = cost(
      '{ events(limit: 500, where: { description: { eq: "" } }) { officials(limit: 500) { id } } }',
    );
    expect(report.estimated).toBeGreaterThan(500);
    expect(report.requested).toBe(500 + 500 * 500);
  });

  it('relationship filters nest at most two deep', () => {
    const nested = (depth: number): string =>
      depth === 0
        ? '{ id: { eq: "x" } }'
        : `{ meetings: { some: { officials: { some: ${nested(depth - 1)} } } } }`;
    expect(() => cost(`{ people(where: ${nested(1)}) { id } }`)).not.toThrow();
    expect(() => cost(`{ people(where: ${nested(2)}) { id } }`)).toThrow(
      /nests relationship filters 4 deep; at most 2/,
    );
  });

  it('network questions cost the graph they walk, whatever they return', () => {
    expect(cost('{ egoNetwork(id: "x", depth: 3) { truncated } }').estimated).toBe(3_000 + 1);
    expect(cost('{ searchCount(text: "health") }').estimated).toBe(3_000);
  });

  it('lists left at their default count once in the requested size: deep natural questions pass it', () => {
    const report = cost(
      '{ organisations(where: { name: { eq: "EBRAINS" } }) { coordinates { contributesTo { projects { coordinatedBy { name } } } } } }',
    );
    expect(report.requested).toBe(5);
  });

  it('an empty relationship filter is refused, not silently dropped', () => {
    expect(() => cost('{ people(where: { meetings: { some: {} } }) { id } }')).toThrow(
      /where.meetings.some is empty/,
    );
  });

  it('bad pagination and variables of the wrong type are BAD_USER_INPUT', () => {
    expect(() => cost('{ people(limit: -1) { id } }')).toThrow(/"limit" must be 0 or more/);
    expect(() => cost('query ($n: Int) { people(limit: $n) { id } }', { n: 'many' })).toThrow(
      /\$n/,
    );
  });
});
