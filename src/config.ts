import { z } from 'zod';

/**
 * Environment -> one typed, validated configuration object. The only file that reads
 * `process.env`. Each variable is described here once; docs/environment.md is generated from
 * this table (`npm run docs:env`).
 */

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function postgresUrl() {
  return z
    .string()
    .url()
    .refine((u) => /^postgres(ql)?:\/\//.test(u), 'must start with postgres:// or postgresql://');
}

export const ENVIRONMENT_VARIABLES = {
  PORT: {
    schema: z.coerce.number().int().min(0).max(65535).default(3000),
    description: 'TCP port the HTTP server listens on.',
  },
  HOST: {
    schema: z.string().min(1).default('0.0.0.0'),
    description: 'Interface the HTTP server binds to.',
  },
  DATA_DIR: {
    schema: z.string().min(1).default('./data'),
    description:
      'Directory of the embedded database (PGlite), its lock file and generated secrets. Used when DATABASE_URL is unset.',
  },
  EMBEDDED_SHARED_BUFFERS_MB: {
    schema: z.coerce.number().int().min(8).max(4096).default(32),
    description:
      'shared_buffers of the embedded database, in MB. It lives in the process memory; the operating system caches the files as well.',
  },
  DATABASE_URL: {
    schema: postgresUrl().optional(),
    description: 'PostgreSQL connection string. When set, SatuPintu uses this server instead of the embedded database.',
  },
  DATABASE_POOL_SIZE: {
    schema: z.coerce.number().int().min(1).max(200).default(10),
    description: 'Maximum connections per app node to PostgreSQL.',
  },
  PUBLIC_URL: {
    schema: z.string().url().optional(),
    description: 'Public base URL of this deployment (links in QR codes, emails, OpenAPI servers).',
  },
  LOG_LEVEL: {
    schema: z.enum(LOG_LEVELS).default('info'),
    description: 'pino log level.',
  },
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']).default('development'),
    description: 'development, production or test. Production requires the secrets to be set explicitly.',
  },
  SEED_DEMO_ON_EMPTY: {
    schema: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    description: 'Load the demo catalogue on the first start of an empty database.',
  },
  SHUTDOWN_TIMEOUT_MS: {
    schema: z.coerce.number().int().min(100).max(600_000).default(10_000),
    description: 'How long a SIGTERM/SIGINT waits for in-flight requests before closing anyway.',
  },
  SEARCH_CACHE_MS: {
    schema: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
    description:
      'How long each app node may answer a repeated search from memory. Writes on a node clear its cache at once; other nodes converge within this time. 0 turns it off.',
  },
  ADMIN_TOKEN: {
    schema: z.string().min(32, 'at least 32 characters').max(200).optional(),
    description:
      'Bootstrap bearer token for the admin endpoints (catalogue import/export, synonyms) until accounts and roles exist. Unset = those endpoints refuse every request.',
  },
  TEST_DATABASE_URL: {
    schema: postgresUrl().optional(),
    description: 'Tests only: when set, the integration suite runs against this PostgreSQL server instead of PGlite.',
  },
} as const;

type Variables = typeof ENVIRONMENT_VARIABLES;
type Parsed = { [K in keyof Variables]: z.infer<Variables[K]['schema']> };

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  embeddedSharedBuffersMb: number;
  databaseUrl: string | undefined;
  databasePoolSize: number;
  publicUrl: string | undefined;
  logLevel: (typeof LOG_LEVELS)[number];
  environment: 'development' | 'production' | 'test';
  seedDemoOnEmpty: boolean;
  shutdownTimeoutMs: number;
  adminToken: string | undefined;
  searchCacheMs: number;
};

export class ConfigError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      `Invalid configuration / Konfigurasi tidak valid:\n${problems
        .map((p) => `  ${p.variable}: ${p.message}`)
        .join('\n')}`,
    );
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const problems: { variable: string; message: string }[] = [];
  const parsed: Partial<Record<keyof Variables, unknown>> = {};
  for (const [name, spec] of Object.entries(ENVIRONMENT_VARIABLES) as [keyof Variables, Variables[keyof Variables]][]) {
    const raw = env[name] === '' ? undefined : env[name];
    const result = spec.schema.safeParse(raw);
    if (result.success) parsed[name] = result.data;
    else problems.push({ variable: name, message: result.error.issues.map((i) => i.message).join('; ') });
  }
  if (problems.length > 0) throw new ConfigError(problems);
  const p = parsed as Parsed;
  return {
    port: p.PORT,
    host: p.HOST,
    dataDir: p.DATA_DIR,
    embeddedSharedBuffersMb: p.EMBEDDED_SHARED_BUFFERS_MB,
    databaseUrl: p.DATABASE_URL,
    databasePoolSize: p.DATABASE_POOL_SIZE,
    publicUrl: p.PUBLIC_URL,
    logLevel: p.LOG_LEVEL,
    environment: p.NODE_ENV,
    seedDemoOnEmpty: p.SEED_DEMO_ON_EMPTY,
    shutdownTimeoutMs: p.SHUTDOWN_TIMEOUT_MS,
    adminToken: p.ADMIN_TOKEN,
    searchCacheMs: p.SEARCH_CACHE_MS,
  };
}

/** The test database URL, read here so no other file touches process.env. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}
