import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { createCatalogueModule } from './modules/catalogue/index.js';
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
  /** Bootstrap admin token (ADMIN_TOKEN); admin endpoints refuse everything without it. */
  adminToken?: string;
  /** SEARCH_CACHE_MS: how long search answers may be served from memory (0 = off, the default here). */
  searchCacheMs?: number;
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
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  const catalogue = createCatalogueModule({
    db: options.db,
    clock,
    ...(options.adminToken ? { adminToken: options.adminToken } : {}),
    searchCacheMs: options.searchCacheMs ?? 0,
  });

  const webDir = options.webDir === false ? undefined : (options.webDir ?? join(packageRoot(), 'dist', 'web'));
  const hasWeb = webDir !== undefined && existsSync(join(webDir, 'index.html'));
  // Before any route: Fastify gives each route the error handler in force when it is registered.
  registerProblemHandlers(app as unknown as FastifyInstance, {
    // The web front end is a single-page app: unknown GETs for pages get its index.html.
    ...(hasWeb
      ? {
          pageFallback: (request, reply) => {
            const path = request.url.split('?')[0] ?? '/';
            const isPage =
              request.method === 'GET' &&
              !/^\/(api|health|metrics|docs|openapi\.json)(\/|$)/.test(path) &&
              !/\.[a-z0-9]{1,5}$/i.test(path) &&
              (request.headers.accept ?? '').includes('text/html');
            if (!isPage) return false;
            void reply.header('cache-control', 'no-cache').sendFile('index.html');
            return true;
          },
        }
      : {}),
  });
  await registerOpenApi(app, {
    version: packageVersion(),
    ...(options.publicUrl ? { publicUrl: options.publicUrl } : {}),
  });
  registerMetrics(app);
  await registerHealthRoutes(app, options.db);
  await app.register(catalogue.routes);
  await app.register(catalogue.adminRoutes);

  if (hasWeb) {
    await app.register(fastifyStatic, { root: webDir, wildcard: false, index: ['index.html'], maxAge: '1h' });
  }
  return { app, catalogue };
}
