import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { shareInterfaceAdapters } from '../../src/graphql/interface-adapters.js';
import { loadTypeDefs } from '../../src/graphql/type-defs.js';

// The interface adapters @neo4j/graphql rebuilds per connection field are built once and shared
// (src/graphql/interface-adapters.ts): same interfaces, in the same order, for every entity of
// our schema; the same objects on the next call. No database: the schema model is enough.

const require = createRequire(import.meta.url);
const dist = dirname(require.resolve('@neo4j/graphql'));
const utility = require(join(dist, 'translate/queryAST/utils/get-entity-interfaces.js')) as {
  getEntityInterfaces: (entity: unknown) => { name: string }[];
};
const { ConcreteEntityAdapter } = require(
  join(dist, 'schema-model/entity/model-adapters/ConcreteEntityAdapter.js'),
) as { ConcreteEntityAdapter: new (entity: unknown) => { name: string } };

async function concreteAdapters() {
  const driver = neo4j.driver('bolt://127.0.0.1:1'); // never connected: getSchema reads no data
  const lib = new Neo4jGraphQL({ typeDefs: loadTypeDefs(), driver });
  await lib.getSchema();
  await driver.close();
  const model = (lib as unknown as { schemaModel: { concreteEntities: unknown[] } }).schemaModel;
  return model.concreteEntities.map((e) => new ConcreteEntityAdapter(e));
}

describe('shared interface adapters', () => {
  const shipped = utility.getEntityInterfaces;
  afterAll(() => {
    utility.getEntityInterfaces = shipped; // the library as shipped for whatever runs next
  });

  it('give every entity the interfaces the library gives it, and the same objects every time', async () => {
    const entities = await concreteAdapters();
    const before = entities.map((e) => shipped(e).map((i) => i.name));
    expect(before.flat().length).toBeGreaterThan(0); // the schema has interfaces to share

    expect(shareInterfaceAdapters()).toBe(true);
    expect(utility.getEntityInterfaces).not.toBe(shipped);
    const after = entities.map((e) => utility.getEntityInterfaces(e));
    expect(after.map((list) => list.map((i) => i.name))).toEqual(before);
    const again = entities.map((e) => utility.getEntityInterfaces(e));
    again.forEach((list, k) => list.forEach((adapter, j) => expect(adapter).toBe(after[k]![j])));
    expect(shareInterfaceAdapters()).toBe(true); // a second call keeps the shared function
  });
});
