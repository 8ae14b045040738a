import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { principalOf, scopeOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import type { CounterActor, CounterOutcome, QueueCounterService } from './queue-counter.service.js';
import type { QueueIssueService } from './queue-issue.service.js';
import type { QueueViewsService } from './queue-views.service.js';
import { reachableMpp } from './queue-manage.service.js';
import type { QueuePlaces } from './queue.places.js';
import {
  CounterActionResult,
  CounterIdParams,
  CounterView,
  FinishInput,
  IssuedTicket,
  MppParams,
  MyCounters,
  OpenCounterInput,
  TicketActionInput,
  TransferInput,
  WalkInTicketInput,
} from './queue.schemas.js';

const ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

function actorOf(request: FastifyRequest): CounterActor {
  const principal = principalOf(request);
  return {
    accountId: principal.kind === 'account' ? principal.accountId : '',
    grants: principal.kind === 'account' ? principal.grants : [],
    scope: scopeOf(request, 'queue.counter.operate'),
  };
}

/**
 * The officer's counter: open it, call, serve, transfer, park, break and close. Every action
 * answers with the counter as it left it (state, current ticket, waiting counts, the ticket acted
 * on), built from what the action's transaction read; the lists (who is next, parked, missed)
 * and today's counts are in the counter's view, which the console reads again on the action's
 * own event, as it does on every event of its MPP.
 */
export function queueCounterRoutes(deps: {
  counters: QueueCounterService;
  views: QueueViewsService;
  issue: QueueIssueService;
  places: QueuePlaces;
}): FastifyPluginAsyncZod {
  const { counters, views, issue, places } = deps;
  return async (app) => {
    app.get(
      '/api/v1/queue/me/counters',
      {
        config: { access: { permission: 'queue.counter.operate' } },
        schema: {
          operationId: 'queue.listMyCounters',
          tags: ['queue'],
          summary: 'The counters the signed-in officer may open, with their state',
          response: { 200: MyCounters, ...ERRORS },
        },
      },
      async (request) => ({ items: await views.countersFor(actorOf(request)) }),
    );

    app.get(
      '/api/v1/queue/counters/:id',
      {
        config: { access: { permission: 'queue.counter.operate' } },
        schema: {
          operationId: 'queue.getCounter',
          tags: ['queue'],
          summary: "The counter's state, current ticket, who is next (no names) and today's counts",
          params: CounterIdParams,
          response: { 200: CounterView, ...ERRORS },
        },
      },
      async (request) => {
        await counters.authorize(actorOf(request), request.params.id);
        return views.counterView(request.params.id);
      },
    );

    app.post(
      '/api/v1/queue/counters/:id/open',
      {
        config: { access: { permission: 'queue.counter.operate' } },
        schema: {
          operationId: 'queue.openCounter',
          tags: ['queue'],
          summary: 'Open the counter for some or all of its services',
          params: CounterIdParams,
          body: OpenCounterInput.optional(),
          response: { 200: CounterActionResult, ...ERRORS },
        },
      },
      async (request) =>
        views.counterResult(await counters.open(actorOf(request), request.params.id, request.body?.serviceIds)),
    );

    const actions: [
      string,
      string,
      string,
      ZodType | undefined,
      (a: CounterActor, id: string, body: never) => Promise<CounterOutcome>,
    ][] = [
      [
        'call-next',
        'queue.callNext',
        'Call the next ticket (priority rule, then first come first served)',
        undefined,
        (a, id) => counters.callNext(a, id),
      ],
      [
        'call',
        'queue.callTicket',
        'Call one waiting ticket out of turn',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.callTicket(a, id, b.ticketId),
      ],
      [
        'recall',
        'queue.recallTicket',
        'Call the current ticket again',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.recall(a, id, b.ticketId),
      ],
      [
        'start',
        'queue.startService',
        'The citizen arrived: start serving',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.start(a, id, b.ticketId),
      ],
      [
        'finish',
        'queue.finishService',
        'Finish with an outcome',
        FinishInput,
        (a, id, b: { ticketId: string; outcome: 'served' }) => counters.finish(a, id, b.ticketId, b.outcome),
      ],
      [
        'no-show',
        'queue.markNoShow',
        'The citizen did not come',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.noShow(a, id, b.ticketId),
      ],
      [
        'recycle',
        'queue.recycleTicket',
        'A no-show came back within the grace period: back in line once',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.recycle(a, id, b.ticketId),
      ],
      [
        'transfer',
        'queue.transferTicket',
        'Send to another service or counter, keeping the arrival time',
        TransferInput,
        (a, id, b: { ticketId: string; toServiceId?: string; toCounterId?: string }) =>
          counters.transfer(a, id, b.ticketId, b),
      ],
      [
        'park',
        'queue.parkTicket',
        'Set the current ticket aside',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.park(a, id, b.ticketId),
      ],
      [
        'unpark',
        'queue.unparkTicket',
        'Call a parked ticket back to this counter',
        TicketActionInput,
        (a, id, b: { ticketId: string }) => counters.unpark(a, id, b.ticketId),
      ],
      ['break', 'queue.startBreak', 'Take a break (no calls)', undefined, (a, id) => counters.setBreak(a, id, true)],
      ['resume', 'queue.endBreak', 'Back from the break', undefined, (a, id) => counters.setBreak(a, id, false)],
      [
        'close',
        'queue.closeCounter',
        'Close the counter (parked tickets go back in line)',
        undefined,
        (a, id) => counters.close(a, id),
      ],
    ];
    for (const [path, operationId, summary, body, act] of actions) {
      app.post(
        `/api/v1/queue/counters/:id/${path}`,
        {
          config: { access: { permission: 'queue.counter.operate' } },
          schema: {
            operationId,
            tags: ['queue'],
            summary,
            params: CounterIdParams,
            ...(body ? { body } : {}),
            response: { 200: CounterActionResult, ...ERRORS },
          },
        },
        async (request) => views.counterResult(await act(actorOf(request), request.params.id, request.body as never)),
      );
    }

    app.post(
      '/api/v1/queue/mpps/:mpp/tickets',
      {
        config: { access: { permission: 'queue.ticket.issue' } },
        schema: {
          operationId: 'queue.issueWalkInTicket',
          tags: ['queue'],
          summary: 'Issue a ticket at the counter for a walk-in citizen',
          params: MppParams,
          body: WalkInTicketInput,
          response: { 201: IssuedTicket, ...ERRORS },
        },
      },
      async (request, reply) => {
        const facts = reachableMpp(
          scopeOf(request, 'queue.ticket.issue'),
          await places.find(request.params.mpp),
          request.params.mpp,
        );
        const issued = await issue.issue({
          mppRef: facts.place.id,
          serviceId: request.body.serviceId,
          channel: 'counter',
          priorityGroup: request.body.priorityGroup,
        });
        return reply.status(201).send(await views.issuedView(issued));
      },
    );
  };
}
