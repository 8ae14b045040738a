import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Problem } from '../../platform/http/problem.js';
import { principalOf } from '../../platform/http/access.js';
import type { QueueCitizenService } from './queue-citizen.service.js';
import type { QueueIssueService } from './queue-issue.service.js';
import type { QueueManageService } from './queue-manage.service.js';
import type { QueueViewsService } from './queue-views.service.js';
import {
  AccessKeyInput,
  Board,
  IssuedTicket,
  KioskMenu,
  KioskTicketInput,
  MppParams,
  OnlineTicketInput,
  Ticket,
  TicketIdParams,
} from './queue.schemas.js';

const ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem };

/**
 * The public side of the queue: the display board, the kiosk, a ticket's own page, and online
 * tickets for signed-in citizens. Nothing here returns personal data.
 */
export function queuePublicRoutes(deps: {
  issue: QueueIssueService;
  views: QueueViewsService;
  citizen: QueueCitizenService;
  manage: QueueManageService;
}): FastifyPluginAsyncZod {
  const { issue, views, citizen, manage } = deps;

  return async (app) => {
    app.get(
      '/api/v1/queue/mpps/:mpp/board',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'queue.getBoard',
          tags: ['queue'],
          summary: "The display board's picture: recent calls and waiting per service",
          description: 'Follow `/api/v1/queue/mpps/{mpp}/events` from `lastEventId` to keep it live.',
          params: MppParams,
          response: { 200: Board, ...ERRORS },
        },
      },
      async (request) => views.board(request.params.mpp),
    );

    app.get(
      '/api/v1/queue/kiosk/menu',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'queue.getKioskMenu',
          tags: ['queue'],
          summary: "A paired kiosk's menu: tenants, services and whether each gives tickets now",
          description: 'Needs the header `X-Device-Token` of a kiosk paired by the MPP manager.',
          response: { 200: KioskMenu, ...ERRORS },
        },
      },
      async (request) => {
        const device = await manage.authenticateDevice(headerOf(request.headers['x-device-token']));
        return views.kioskMenu(device.mppId);
      },
    );

    app.post(
      '/api/v1/queue/kiosk/tickets',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'queue.issueKioskTicket',
          tags: ['queue'],
          summary: 'Print a ticket at a paired kiosk (anonymous; a phone number only for "your turn is near")',
          body: KioskTicketInput,
          response: { 201: IssuedTicket, ...ERRORS },
        },
      },
      async (request, reply) => {
        const device = await manage.authenticateDevice(headerOf(request.headers['x-device-token']));
        const issued = await issue.issue({
          mppRef: device.mppId,
          serviceId: request.body.serviceId,
          channel: 'kiosk',
          priorityGroup: request.body.priorityGroup,
          phone: request.body.phone,
        });
        return reply.status(201).send(await views.issuedView(issued));
      },
    );

    app.post(
      '/api/v1/queue/tickets',
      {
        config: { access: { permission: 'queue.ticket.online' } },
        schema: {
          operationId: 'queue.issueOnlineTicket',
          tags: ['queue'],
          summary: 'Take an online ticket for today (one active ticket per citizen per service)',
          body: OnlineTicketInput,
          response: { 201: IssuedTicket, ...ERRORS },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        const issued = await issue.issue({
          mppRef: request.body.mppId,
          serviceId: request.body.serviceId,
          channel: 'online',
          priorityGroup: request.body.priorityGroup,
          citizenAccountId: principal.kind === 'account' ? principal.accountId : undefined,
        });
        return reply.status(201).send(await views.issuedView(issued));
      },
    );

    app.get(
      '/api/v1/queue/me/tickets',
      {
        config: { access: { permission: 'queue.ticket.online' } },
        schema: {
          operationId: 'queue.listMyTickets',
          tags: ['queue'],
          summary: "The signed-in citizen's active tickets and today's",
          response: { 200: z.object({ items: z.array(Ticket) }), ...ERRORS },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const accountId = principal.kind === 'account' ? principal.accountId : '';
        return { items: await views.myTickets(accountId) };
      },
    );

    app.get(
      '/api/v1/queue/tickets/:id',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'queue.getTicket',
          tags: ['queue'],
          summary: "A ticket's status, position and estimated wait",
          params: TicketIdParams,
          response: { 200: Ticket, ...ERRORS },
        },
      },
      async (request) => views.ticketView(await views.getTicket(request.params.id)),
    );

    for (const [path, operationId, summary, act] of [
      ['cancel', 'queue.cancelTicket', 'Give up the place in line', citizen.cancel],
      ['late', 'queue.declareLate', 'I am running late: go to the back of the line (once)', citizen.declareLate],
    ] as const) {
      app.post(
        `/api/v1/queue/tickets/:id/${path}`,
        {
          config: { access: 'public' },
          schema: {
            operationId,
            tags: ['queue'],
            summary,
            description: 'Needs the key from the ticket (its QR link), or the signed-in citizen who took it.',
            params: TicketIdParams,
            body: AccessKeyInput.optional(),
            response: { 200: Ticket, ...ERRORS },
          },
        },
        async (request) => {
          const ticket = await views.getTicket(request.params.id);
          const principal = request.principal;
          views.checkAccess(
            ticket,
            request.body?.accessKey,
            principal?.kind === 'account' ? principal.accountId : undefined,
          );
          return views.ticketView(await act(ticket.id));
        },
      );
    }
  };
}

function headerOf(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
