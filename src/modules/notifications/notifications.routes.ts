import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Problem } from '../../platform/http/problem.js';
import { renderDevMessagesPage } from './notifications.dev-page.js';
import { DevMessageList, DevMessagesQuery, MessageIdParams, MessageStatus } from './notifications.schemas.js';
import type { NotificationsService } from './notifications.service.js';

/**
 * The status of a message for administrators (never its text; the recipient masked), and,
 * outside production, what the development channel stored.
 */
export function notificationsRoutes(deps: {
  service: NotificationsService;
  /** Serve /dev/messages and /api/v1/dev/messages (never in production). */
  hasDevPages: boolean;
}): FastifyPluginAsyncZod {
  const { service } = deps;

  return async (app) => {
    app.get(
      '/api/v1/notifications/messages/:id',
      {
        config: { access: { permission: 'notifications.read' } },
        schema: {
          operationId: 'notifications.getMessage',
          tags: ['notifications'],
          summary: 'Where one outbox message is in its delivery (no text; recipient masked)',
          params: MessageIdParams,
          response: { 200: MessageStatus, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
        },
      },
      async (request) => service.getMessage(request.params.id),
    );

    if (!deps.hasDevPages) return;

    app.get(
      '/api/v1/dev/messages',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'notifications.listDevMessages',
          tags: ['notifications', 'development'],
          summary: 'Development only: the messages the dev channel stored, newest first',
          querystring: DevMessagesQuery,
          response: { 200: DevMessageList, 400: Problem },
        },
      },
      async (request, reply) => {
        void reply.header('cache-control', 'no-store');
        const { to, limit } = request.query;
        return { items: await service.devMessages({ ...(to ? { to } : {}), limit }) };
      },
    );

    app.get('/dev/messages', { schema: { hide: true } }, async (_request, reply) => {
      const messages = await service.devMessages({ limit: 100 });
      return reply
        .header('cache-control', 'no-store')
        .header('x-robots-tag', 'noindex')
        .type('text/html; charset=utf-8')
        .send(renderDevMessagesPage(messages));
    });
  };
}
