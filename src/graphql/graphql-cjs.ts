import { createRequire } from 'node:module';
import type * as GraphQL from 'graphql';

const require = createRequire(import.meta.url);

/**
 * graphql's CommonJS build, the one @neo4j/graphql builds the schema with. Code that inspects or
 * executes against the schema uses it, so type checks (`instanceof`) stay in one realm under Node
 * and under vitest alike (vitest would otherwise load the ESM build for our own files).
 */
export const graphql = require('graphql') as typeof GraphQL;
