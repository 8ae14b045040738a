import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { loadMigrations, type Migration, readMigrationStatus } from '../db/migrate.js';
import { pickLanguage } from '../i18n.js';
import { PLATFORM_ERRORS } from './platform.errors.js';
import { Problem, renderProblem } from './problem.js';

const Live = z.object({ status: z.literal('ok') });
const Ready = z.object({
  status: z.literal('ready'),
  database: z.enum(['pglite', 'postgres']),
  schemaVersion: z.number().int(),
});

/** Liveness (the process answers) and readiness (database reachable, migrations applied). */
export async function registerHealthRoutes(app: FastifyInstance, db: Database) {
  // Read once: the migration files do not change while the process runs.
  const migrations: Migration[] = await loadMigrations();
  app.get(
    '/health/live',
    { schema: { operationId: 'platform.live', tags: ['platform'], response: { 200: Live } }, logLevel: 'warn' },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/health/ready',
    {
      schema: { operationId: 'platform.ready', tags: ['platform'], response: { 200: Ready, 503: Problem } },
      logLevel: 'warn',
    },
    async (request, reply) => {
      let reason: string;
      try {
        const status = await readMigrationStatus(db, migrations);
        if (status.pending.length === 0) {
          return { status: 'ready' as const, database: db.kind, schemaVersion: status.latestKnown };
        }
        reason = `pending migrations ${status.pending.join(', ')}`;
      } catch (error) {
        // The driver's message can name hosts and roles: log it, answer in general terms.
        request.log.error({ err: error }, 'readiness check failed');
        reason = 'database unreachable';
      }
      const language = pickLanguage(request.headers['accept-language']);
      const problem = renderProblem(
        PLATFORM_ERRORS['platform.not_ready'],
        'platform.not_ready',
        language,
        { reason },
        request,
      );
      return reply.status(503).header('content-type', 'application/problem+json; charset=utf-8').send(problem);
    },
  );
}
