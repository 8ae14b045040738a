import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import fastifyCookie from '@fastify/cookie';
import type { Config } from './config.js';
import { createCatalogueModule } from './modules/catalogue/index.js';
import { createAuditLog, createIdentityModule } from './modules/identity/index.js';
import { createNotificationsModule, type NotificationsTuning } from './modules/notifications/index.js';
import { createBookingModule } from './modules/booking/index.js';
import { createQueueModule } from './modules/queue/index.js';
import { createSecrets } from './platform/crypto/secrets.js';
import { registerAccessControl } from './platform/http/access.js';
import { type Clock, systemClock } from './platform/clock.js';
import type { Database } from './platform/db/database.js';
import { registerHealthRoutes } from './platform/http/health.js';
import { registerMetrics } from './platform/http/metrics.js';
import { registerOpenApi } from './platform/http/openapi.js';
import { registerProblemHandlers } from './platform/http/problem.js';
import { newId } from './platform/ids.js';
import { loggerOptions } from './platform/logging/logger.js';
import { packageRoot, packageVersion } from './platform/package-root.js';

export type AppOptions = {
  db: Database;
  clock?: Clock;
  /** pino level, or false for no logging (tests). */
  logLevel?: string | false;
  publicUrl?: string;
  /** Built web front end; defaults to dist/web when it exists. */
  webDir?: string | false;
  /** SEARCH_CACHE_MS: how long search answers may be served from memory (0 = off, the default here). */
  searchCacheMs?: number;
  /** The master secret (SECRET_KEY, or the one generated into DATA_DIR). */
  secretKey: string;
  environment?: Config['environment'];
  /** Take the client address from X-Forwarded-For (behind a load balancer). */
  trustProxy?: boolean;
  identity?: Partial<Config['identity']> & { generateCode?: () => string; allowInsecureOidc?: boolean };
  notifications?: Partial<Config['notifications']>;
  /** Tests and benchmarks: replace notification transports and worker limits. */
  notificationsTuning?: NotificationsTuning;
  /** Tests and benchmarks: queue timings (catalogue cache, stream poll, SSE heartbeat). */
  queueTuning?: {
    placesTtlMs?: number;
    streamPollMs?: number;
    heartbeatMs?: number;
    streamLimits?: { perAddress: number; perNode: number };
  };
  /** Tests and benchmarks: booking's per-node rush limits. */
  bookingTuning?: { guard?: { maxInFlight?: number; perAccountPerMinute?: number; perAddressPerMinute?: number } };
};

const DEFAULT_NOTIFICATIONS: Config['notifications'] = {
  mode: 'test',
  teamRecipients: [],
  transports: { email: 'dev', sms: 'dev', whatsapp: 'dev' },
  runWorker: true,
};

/**
 * The one composition root: builds the Fastify app from the modules with their dependencies
 * passed explicitly. No side effects on import; `main.ts` only listens.
 */
export async function buildApp(options: AppOptions) {
  const clock = options.clock ?? systemClock;
  const app = Fastify({
    logger: options.logLevel === false ? false : loggerOptions(options.logLevel ?? 'info'),
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : newId();
    },
    requestIdHeader: false,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const environment = options.environment ?? 'development';
  const publicUrl = (options.publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  const secrets = createSecrets(options.secretKey);
  const audit = createAuditLog({ db: options.db, clock });
  const notificationsConfig = { ...DEFAULT_NOTIFICATIONS, ...options.notifications };
  const notifications = createNotificationsModule(
    {
      db: options.db,
      clock,
      config: notificationsConfig,
      environment,
      log: {
        info: (fields, message) => app.log.info(fields, message),
        warn: (fields, message) => app.log.warn(fields, message),
        error: (fields, message) => app.log.error(fields, message),
      },
    },
    options.notificationsTuning,
  );
  // An unknown channel, a transport without its settings or a broken template stops the start-up.
  notifications.validate();
  const catalogue = createCatalogueModule({
    db: options.db,
    clock,
    audit,
    searchCacheMs: options.searchCacheMs ?? 0,
  });
  const identityOptions = options.identity ?? {};
  const identity = createIdentityModule({
    db: options.db,
    clock,
    secrets,
    audit,
    notifier: notifications.api,
    directory: {
      namesOf: (input) => catalogue.api.namesOf(input),
      findTenantId: (ref) => catalogue.api.findTenantId(ref),
      findMppId: (ref) => catalogue.api.findMppId(ref),
    },
    publicUrl,
    nikVerifier: identityOptions.nikVerifier ?? { kind: environment === 'production' ? 'none' : 'simulator' },
    ...(identityOptions.oidc
      ? { oidc: { ...identityOptions.oidc, ...(identityOptions.allowInsecureOidc ? { allowInsecureHttp: true } : {}) } }
      : {}),
    otpGlobalPerMinute: identityOptions.otpGlobalPerMinute ?? 600,
    ...(identityOptions.generateCode ? { generateCode: identityOptions.generateCode } : {}),
    log: { warn: (fields, message) => app.log.warn(fields, message) },
  });

  const queue = createQueueModule({
    db: options.db,
    clock,
    secrets,
    publicUrl,
    directory: catalogue.api.directory,
    notifier: notifications.api,
    audit,
    ...options.queueTuning,
    onError: (error, context) => app.log.error({ err: error, context }, 'queue background work failed'),
  });

  const booking = createBookingModule({
    db: options.db,
    clock,
    directory: catalogue.api.directory,
    identity: identity.api,
    queue: queue.api,
    audit,
    notifier: notifications.api,
    publicUrl,
    ...(options.bookingTuning?.guard ? { guard: options.bookingTuning.guard } : {}),
    onError: (error, context) => app.log.error({ err: error, context }, 'booking background work failed'),
  });

  const webDir = options.webDir === false ? undefined : (options.webDir ?? join(packageRoot(), 'dist', 'web'));
  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  // Each audience has its own entry point and bundle (ARCHITECTURE.md, Front end).
  const entries = [
    { path: /^\/console(\/|$)/, file: 'console.html' },
    { path: /^\/kiosk(\/|$)/, file: 'kiosk.html' },
    { path: /^\/layar(\/|$)/, file: 'display.html' },
  ].filter((entry) => webDir !== undefined && existsSync(join(webDir, entry.file)));
  // Before any route: Fastify gives each route the error handler in force when it is registered.
  registerProblemHandlers(app as unknown as FastifyInstance, {
    // The web front end is a single-page app: unknown GETs for pages get its index.html.
    ...(hasWeb
      ? {
          pageFallback: (request, reply) => {
            const path = request.url.split('?')[0] ?? '/';
            const isPage =
              request.method === 'GET' &&
              !/^\/(api|health|metrics|docs|openapi\.json|dev)(\/|$)/.test(path) &&
              !/\.[a-z0-9]{1,5}$/i.test(path) &&
              (request.headers.accept ?? '').includes('text/html');
            if (!isPage) return false;
            // The staff console, the kiosk and the display board are single-page apps of their own.
            const entry = entries.find((e) => e.path.test(path))?.file ?? 'index.html';
            void reply.header('cache-control', 'no-cache').sendFile(entry);
            return true;
          },
        }
      : {}),
  });
  await app.register(fastifyCookie);
  // Before any route: every /api/ route must declare who may call it.
  registerAccessControl(app as unknown as FastifyInstance, identity.accessControl);
  await registerOpenApi(app, {
    version: packageVersion(),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  registerMetrics(app);
  await registerHealthRoutes(app, options.db);
  await app.register(catalogue.routes);
  await app.register(catalogue.adminRoutes);
  await app.register(identity.routes);
  await app.register(notifications.routes);
  await app.register(queue.routes);
  await app.register(booking.routes);

  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'], maxAge: '1h' });
  }
  // Listening before serving: a board that connects at once must not miss the first call.
  await queue.stream.start();
  app.addHook('onClose', async () => {
    queue.closeDay.stop();
    await booking.jobs.stop();
    await queue.stream.stop();
    await notifications.worker.stop();
  });
  return { app, catalogue, identity, notifications, queue, booking };
}
