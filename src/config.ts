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
  SECRET_KEY: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9+/=_-]{43,}$/, 'at least 32 random bytes, base64 or base64url (openssl rand -base64 32)')
      .optional(),
    description:
      'Master secret: NIK and TOTP encryption, keyed lookup hashes, CSRF tokens (sub-keys are derived with HKDF). Embedded mode generates one into DATA_DIR on first start; required in production.',
  },
  TRUST_PROXY: {
    schema: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
    description:
      'Take the client address from X-Forwarded-For (set behind a load balancer; rate limits per IP use it).',
  },
  NIK_VERIFIER: {
    schema: z.enum(['simulator', 'http', 'none']).optional(),
    description:
      'How NIKs are checked against the population registry: `http` (an adapter at NIK_VERIFIER_URL), `none` (stored unverified), or `simulator` (development only, clearly labelled; refused in production). Default: simulator outside production, none in production.',
  },
  NIK_VERIFIER_URL: {
    schema: z.string().url().optional(),
    description: 'Population-registry adapter endpoint (POST JSON) used when NIK_VERIFIER=http.',
  },
  NIK_VERIFIER_TOKEN: {
    schema: z.string().min(1).optional(),
    description: 'Bearer token for NIK_VERIFIER_URL.',
  },
  OIDC_ISSUER_URL: {
    schema: z.string().url().optional(),
    description: 'OpenID Connect issuer for officer and admin single sign-on. Unset = no SSO button.',
  },
  OIDC_CLIENT_ID: {
    schema: z.string().min(1).optional(),
    description: 'OpenID Connect client id (with OIDC_ISSUER_URL).',
  },
  OIDC_CLIENT_SECRET: {
    schema: z.string().min(1).optional(),
    description: 'OpenID Connect client secret (with OIDC_ISSUER_URL).',
  },
  OTP_GLOBAL_PER_MINUTE: {
    schema: z.coerce.number().int().min(1).max(1_000_000).default(600),
    description:
      'Ceiling on one-time codes sent per minute by the whole deployment (protects the SMS budget from a flood).',
  },
  NOTIFY_MODE: {
    schema: z.enum(['test', 'team', 'live']).optional(),
    description:
      'Like GOV.UK Notify: `test` (nothing leaves; messages are kept for the dev page), `team` (only to NOTIFY_TEAM_RECIPIENTS), `live`. Default: test outside production, live in production.',
  },
  NOTIFY_TEAM_RECIPIENTS: {
    schema: z.string().default(''),
    description: 'Comma-separated email addresses and phone numbers that may receive messages in team mode.',
  },
  NOTIFY_CHANNELS: {
    schema: z.string().default('email=dev,sms=dev,whatsapp=dev'),
    description:
      'Which transport carries each channel: `email=smtp|dev`, `sms=http|dev`, `whatsapp=http|dev`, comma-separated. An unknown channel or transport stops the start-up.',
  },
  SMTP_URL: {
    schema: z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
    description: 'SMTP server for email (smtp://user:pass@host:587). Required when email=smtp.',
  },
  SMTP_FROM: {
    schema: z.string().min(3).default('SatuPintu <no-reply@satupintu.invalid>'),
    description: 'Sender of outgoing email.',
  },
  SMS_PROVIDER_URL: {
    schema: z.string().url().optional(),
    description: 'HTTP endpoint of the SMS provider adapter (POST JSON). Required when sms=http.',
  },
  SMS_PROVIDER_TOKEN: {
    schema: z.string().min(1).optional(),
    description: 'Bearer token for SMS_PROVIDER_URL.',
  },
  WHATSAPP_PROVIDER_URL: {
    schema: z.string().url().optional(),
    description: 'HTTP endpoint of the WhatsApp provider adapter (POST JSON). Required when whatsapp=http.',
  },
  WHATSAPP_PROVIDER_TOKEN: {
    schema: z.string().min(1).optional(),
    description: 'Bearer token for WHATSAPP_PROVIDER_URL.',
  },
  NOTIFY_WORKER: {
    schema: z
      .enum(['true', 'false'])
      .default('true')
      .transform((v) => v === 'true'),
    description: 'Run the outbox delivery worker in this process (turn off on nodes that should only serve HTTP).',
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
  searchCacheMs: number;
  /** SECRET_KEY; undefined = generate or load one in DATA_DIR (refused in production). */
  secretKey: string | undefined;
  trustProxy: boolean;
  identity: {
    nikVerifier: { kind: 'simulator' | 'http' | 'none'; url?: string; token?: string };
    oidc?: { issuerUrl: string; clientId: string; clientSecret: string };
    otpGlobalPerMinute: number;
  };
  notifications: NotificationsConfig;
};

export type NotificationChannel = 'email' | 'sms' | 'whatsapp';
export type NotificationsConfig = {
  mode: 'test' | 'team' | 'live';
  teamRecipients: string[];
  /** Which transport carries each channel. */
  transports: { email: 'smtp' | 'dev'; sms: 'http' | 'dev'; whatsapp: 'http' | 'dev' };
  smtp?: { url: string; from: string };
  smsProvider?: { url: string; token?: string };
  whatsappProvider?: { url: string; token?: string };
  /** Run the delivery worker in this process. */
  runWorker: boolean;
};

const TRANSPORTS = { email: ['smtp', 'dev'], sms: ['http', 'dev'], whatsapp: ['http', 'dev'] } as const;

/** `email=smtp,sms=dev` -> transports; every problem is named. */
function parseChannels(value: string, problems: { variable: string; message: string }[]) {
  const transports: NotificationsConfig['transports'] = { email: 'dev', sms: 'dev', whatsapp: 'dev' };
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [channel = '', transport = ''] = part.split('=').map((p) => p.trim());
    if (!(channel in TRANSPORTS)) {
      problems.push({ variable: 'NOTIFY_CHANNELS', message: `unknown channel "${channel}" (email, sms, whatsapp)` });
      continue;
    }
    const allowed: readonly string[] = TRANSPORTS[channel as NotificationChannel];
    if (!allowed.includes(transport)) {
      problems.push({
        variable: 'NOTIFY_CHANNELS',
        message: `unknown transport "${transport}" for ${channel} (${allowed.join(', ')})`,
      });
      continue;
    }
    (transports as Record<string, string>)[channel] = transport;
  }
  return transports;
}

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
  const isProduction = p.NODE_ENV === 'production';
  const transports = parseChannels(p.NOTIFY_CHANNELS, problems);
  const nikVerifierKind = p.NIK_VERIFIER ?? (isProduction ? 'none' : 'simulator');
  if (isProduction && !p.SECRET_KEY)
    problems.push({ variable: 'SECRET_KEY', message: 'required in production (openssl rand -base64 32)' });
  if (isProduction && nikVerifierKind === 'simulator')
    problems.push({
      variable: 'NIK_VERIFIER',
      message: 'the simulator is for development; use http or none in production',
    });
  if (nikVerifierKind === 'http' && !p.NIK_VERIFIER_URL)
    problems.push({ variable: 'NIK_VERIFIER_URL', message: 'required when NIK_VERIFIER=http' });
  const oidcParts = [p.OIDC_ISSUER_URL, p.OIDC_CLIENT_ID, p.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean))
    problems.push({
      variable: 'OIDC_ISSUER_URL',
      message: 'set OIDC_ISSUER_URL, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET together',
    });
  if (transports.email === 'smtp' && !p.SMTP_URL)
    problems.push({ variable: 'SMTP_URL', message: 'required when NOTIFY_CHANNELS has email=smtp' });
  if (transports.sms === 'http' && !p.SMS_PROVIDER_URL)
    problems.push({ variable: 'SMS_PROVIDER_URL', message: 'required when NOTIFY_CHANNELS has sms=http' });
  if (transports.whatsapp === 'http' && !p.WHATSAPP_PROVIDER_URL)
    problems.push({ variable: 'WHATSAPP_PROVIDER_URL', message: 'required when NOTIFY_CHANNELS has whatsapp=http' });
  if (problems.length > 0) throw new ConfigError(problems);
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
    searchCacheMs: p.SEARCH_CACHE_MS,
    secretKey: p.SECRET_KEY,
    trustProxy: p.TRUST_PROXY,
    identity: {
      nikVerifier: {
        kind: nikVerifierKind,
        ...(p.NIK_VERIFIER_URL ? { url: p.NIK_VERIFIER_URL } : {}),
        ...(p.NIK_VERIFIER_TOKEN ? { token: p.NIK_VERIFIER_TOKEN } : {}),
      },
      ...(p.OIDC_ISSUER_URL && p.OIDC_CLIENT_ID && p.OIDC_CLIENT_SECRET
        ? { oidc: { issuerUrl: p.OIDC_ISSUER_URL, clientId: p.OIDC_CLIENT_ID, clientSecret: p.OIDC_CLIENT_SECRET } }
        : {}),
      otpGlobalPerMinute: p.OTP_GLOBAL_PER_MINUTE,
    },
    notifications: {
      mode: p.NOTIFY_MODE ?? (isProduction ? 'live' : 'test'),
      teamRecipients: p.NOTIFY_TEAM_RECIPIENTS.split(',')
        .map((r) => r.trim())
        .filter(Boolean),
      transports,
      ...(p.SMTP_URL ? { smtp: { url: p.SMTP_URL, from: p.SMTP_FROM } } : {}),
      ...(p.SMS_PROVIDER_URL
        ? { smsProvider: { url: p.SMS_PROVIDER_URL, ...(p.SMS_PROVIDER_TOKEN ? { token: p.SMS_PROVIDER_TOKEN } : {}) } }
        : {}),
      ...(p.WHATSAPP_PROVIDER_URL
        ? {
            whatsappProvider: {
              url: p.WHATSAPP_PROVIDER_URL,
              ...(p.WHATSAPP_PROVIDER_TOKEN ? { token: p.WHATSAPP_PROVIDER_TOKEN } : {}),
            },
          }
        : {}),
      runWorker: p.NOTIFY_WORKER,
    },
  };
}

/** The test database URL, read here so no other file touches process.env. */
export function testDatabaseUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return env.TEST_DATABASE_URL || undefined;
}
