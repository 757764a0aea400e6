import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';

/** MB of cached read answers unless RESPONSE_CACHE_MB says otherwise. */
export const DEFAULT_RESPONSE_CACHE_MB = 64;
import { fromRoot } from './paths.js';

const portSchema = z.coerce.number().int().min(1).max(65535);
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);
const booleanSchema = z.enum(['true', 'false']).transform((value) => value === 'true');
const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };
/** A duration like `12h`, `30m`, `90s`, `1d` or plain seconds, as seconds. */
const durationSchema = z
  .string()
  .regex(/^\d+[smhd]?$/, 'like 12h, 30m or 3600 (seconds)')
  .transform((value) => {
    const unit = /[smhd]$/.test(value) ? value.slice(-1) : 's';
    return Number.parseInt(value, 10) * (SECONDS[unit] ?? 1);
  });

const envSchema = z.object({
  NEO4J_URI: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI')
      .optional(),
  ),
  NEO4J_USER: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
  NEO4J_PASSWORD: z.preprocess(emptyAsUndefined, z.string().min(8).optional()),
  NEO4J_DATABASE: z.preprocess(emptyAsUndefined, z.string().default('neo4j')),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().int().min(100).max(120_000).default(3_000),
  ),
  NEO4J_HOME: z.preprocess(emptyAsUndefined, z.string().default(fromRoot('.neo4j', 'dev'))),
  NEO4J_BOLT_PORT: z.preprocess(emptyAsUndefined, portSchema.default(7687)),
  NEO4J_HEAP: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d+[mMgG]$/, 'like 2g or 512m')
      .default('2g'),
  ),
  NEO4J_PAGECACHE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d+[mMgG]$/, 'like 1g or 512m')
      .default('1g'),
  ),
  PORT: z.preprocess(emptyAsUndefined, portSchema.default(4000)),
  HOST: z.preprocess(emptyAsUndefined, z.string().default('127.0.0.1')),
  GRAPHQL_INTROSPECTION: z.preprocess(emptyAsUndefined, booleanSchema.optional()),
  JWT_MAX_LIFETIME: z.preprocess(emptyAsUndefined, durationSchema.default(12 * 3600)),
  MAX_DELETED_NODES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(50)),
  RESPONSE_CACHE_MB: z.preprocess(
    emptyAsUndefined,
    z.coerce.number().min(0).default(DEFAULT_RESPONSE_CACHE_MB),
  ),
  JWT_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  JWKS_URL: z.preprocess(emptyAsUndefined, z.string().url().optional()),
  NODE_ENV: z.preprocess(emptyAsUndefined, z.string().default('development')),
  LOG_LEVEL: z.preprocess(emptyAsUndefined, z.string().default('info')),
});

/** Where to find Neo4j: a given server (uri set) or the project's local one (uri undefined). */
export interface Neo4jConfig {
  readonly uri: string | undefined;
  readonly user: string;
  readonly password: string | undefined;
  readonly database: string;
  /** How long a request waits for a connection before NEO4J_UNAVAILABLE, in milliseconds. */
  readonly acquisitionTimeoutMs: number;
}

export interface LocalNeo4jConfig {
  readonly home: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
}

export interface Config {
  readonly neo4j: Neo4jConfig;
  readonly local: LocalNeo4jConfig;
  readonly port: number;
  /** Interface the HTTP server listens on (127.0.0.1 unless HOST says otherwise). */
  readonly host: string;
  /** GraphQL introspection (GraphiQL's schema): on in development, off in production by default. */
  readonly introspection: boolean;
  /** Longest accepted JWT lifetime (exp − iat, and exp − now), in seconds. */
  readonly jwtMaxLifetimeSeconds: number;
  /** A mutation deleting more nodes is refused unless it carries @allowMassDelete(upTo:). */
  readonly maxDeletedNodes: number;
  /** Memory for cached read answers (keyed by the graph's generation); 0 turns the cache off. */
  readonly responseCacheMb: number;
  readonly jwtSecret: string | undefined;
  readonly jwksUrl: string | undefined;
  readonly production: boolean;
  readonly logLevel: string;
}

/** Reads the environment once, validates it and returns a deeply frozen configuration. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new AppError(ErrorCode.CONFIG_INVALID, `Invalid configuration: ${problems}`, {
      hint: 'Fix the environment variables named above (see README, "Configuration").',
    });
  }
  const e = parsed.data;
  return deepFreeze({
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    },
    local: {
      home: e.NEO4J_HOME,
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    },
    port: e.PORT,
    host: e.HOST,
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    jwtMaxLifetimeSeconds: e.JWT_MAX_LIFETIME,
    maxDeletedNodes: e.MAX_DELETED_NODES,
    responseCacheMb: e.RESPONSE_CACHE_MB,
    jwtSecret: e.JWT_SECRET,
    jwksUrl: e.JWKS_URL,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
  });
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}
