/**
 * Public error codes. Every error that reaches a user (CLI exit message, GraphQL `extensions.code`)
 * carries one of these; internal details stay in the logs.
 */
export const ErrorCode = {
  CONFIG_INVALID: 'CONFIG_INVALID',
  JAVA_MISSING: 'JAVA_MISSING',
  MAVEN_MISSING: 'MAVEN_MISSING',
  NEO4J_BUILD_FAILED: 'NEO4J_BUILD_FAILED',
  NEO4J_PORT_IN_USE: 'NEO4J_PORT_IN_USE',
  NEO4J_START_FAILED: 'NEO4J_START_FAILED',
  NEO4J_START_TIMEOUT: 'NEO4J_START_TIMEOUT',
  NEO4J_UNAVAILABLE: 'NEO4J_UNAVAILABLE',
  NEO4J_AUTH_FAILED: 'NEO4J_AUTH_FAILED',
  MIGRATION_FAILED: 'MIGRATION_FAILED',
  SEED_INVALID: 'SEED_INVALID',
  INTERNAL: 'INTERNAL',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];
