import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { ErrorCode } from '../errors/codes.js';
import { fromRoot } from './paths.js';

const portSchema = z.coerce.number().int().min(1).max(65535);
const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

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
    },
    local: {
      home: e.NEO4J_HOME,
      boltPort: e.NEO4J_BOLT_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
    },
    port: e.PORT,
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
