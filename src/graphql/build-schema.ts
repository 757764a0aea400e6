import { randomBytes } from 'node:crypto';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { guardArguments } from './argument-guards.js';
import { mergeEntitiesResolver } from './merge-resolver.js';
import { checkIdArguments } from './id-arguments.js';
import { noticeCutLists } from './list-notices.js';
import { shareInterfaceAdapters } from './interface-adapters.js';
import { hintEmptyNameLookups } from './name-hints.js';
import { defaultConnectionFirst } from './paging-defaults.js';
import { wrapMutationFields } from './mutation-fields.js';
import { loadTypeDefs } from './type-defs.js';
import { weightedNetworkResolver } from './weighted-network.js';

type Features = NonNullable<ConstructorParameters<typeof Neo4jGraphQL>[0]['features']>;

export interface SchemaOptions {
  readonly driver: Driver;
  /** HS256 secret; with neither it nor `jwksUrl`, no JWT is accepted and mutations are disabled. */
  readonly jwtSecret: string | undefined;
  /** JWKS endpoint, used instead of the secret when set. */
  readonly jwksUrl: string | undefined;
}

/** Builds the executable schema from graphql/*.graphql (+ cypher/queries/*.cypher). */
export async function buildSchema(options: SchemaOptions): Promise<GraphQLSchema> {
  const features: Features = {
    // where: { name: { caseInsensitive: { contains: "health data" } } }
    filters: { String: { CASE_INSENSITIVE: true } },
    // The generated API without @neo4j/graphql's deprecated aliases: a smaller, stable contract.
    excludeDeprecatedFields: {
      mutationOperations: true,
      aggregationFilters: true,
      aggregationFiltersOutsideConnection: true,
      relationshipFilters: true,
      attributeFilters: true,
    },
  };
  if (options.jwksUrl) features.authorization = { key: { url: options.jwksUrl } };
  else if (options.jwtSecret) features.authorization = { key: options.jwtSecret };
  // No key configured: a random per-process secret that nobody holds, so no token ever verifies
  // (mutations are refused earlier by the write guard with MUTATIONS_DISABLED).
  else features.authorization = { key: randomBytes(32).toString('base64url') };
  const neo4jGraphQL = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    driver: options.driver,
    features,
    resolvers: {
      Query: { weightedNetwork: weightedNetworkResolver(options.driver) },
      Mutation: { mergeEntities: mergeEntitiesResolver },
    },
  });
  const schema = await neo4jGraphQL.getSchema();
  // A speed-up only: if a later @neo4j/graphql has no such function, it translates as shipped.
  if (!shareInterfaceAdapters())
    process.emitWarning('@neo4j/graphql interface adapters are not shared (library changed)', {
      code: 'PG_INTERFACE_ADAPTERS',
    });
  defaultConnectionFirst(schema);
  // Wrappers run outermost first: the cheap range checks before the id look-ups.
  checkIdArguments(schema, options.driver);
  guardArguments(schema);
  noticeCutLists(schema);
  hintEmptyNameLookups(schema, options.driver);
  wrapMutationFields(schema);
  return schema;
}
