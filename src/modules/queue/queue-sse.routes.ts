import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withRetryAfter } from '../../platform/http/app-error.js';
import { lastEventIdOf, openEventStream } from '../../platform/http/sse.js';
import { failQueue } from './queue.errors.js';
import type { QueueEvent } from './queue-events.repository.js';
import type { QueueStream } from './queue.stream.js';
import type { QueueViewsService } from './queue-views.service.js';
import { callOf } from './queue-views.service.js';
import { MppParams, TicketIdParams } from './queue.schemas.js';
import type { QueuePlaces } from './queue.places.js';

/** How long a ticket page waits to gather events before recomputing its position. */
const TICKET_DEBOUNCE_MS = 300;

/**
 * Live streams are public, so they are capped: per client address (a hall's boards and phones
 * share one NAT address, hence generous) and per node (memory), answering 429 with Retry-After.
 */
export type StreamLimits = { perAddress: number; perNode: number };
const DEFAULT_LIMITS: StreamLimits = { perAddress: 200, perNode: 20_000 };

/** The event as sent to boards and consoles: calls in the board's shape, others as recorded. */
export function eventData(event: QueueEvent): unknown {
  if (event.type === 'queue.ticket_called')
    return { ...callOf(event.id, event.payload), waiting: event.payload.waiting };
  return { eventId: event.id, ...event.payload };
}

/** Each event is serialised once, however many boards receive it (the stream hands them the same object). */
const serialized = new WeakMap<QueueEvent, string>();
function jsonOf(event: QueueEvent): string {
  let json = serialized.get(event);
  if (json === undefined) {
    json = JSON.stringify(eventData(event));
    serialized.set(event, json);
  }
  return json;
}

/**
 * Live streams (server-sent events). `/mpps/{mpp}/events`: every event of the MPP, resumable
 * with Last-Event-ID (the MPP's stream sequence); `/tickets/{id}/events`: one ticket's page,
 * sent again whenever its status or position changes.
 */
export function queueSseRoutes(deps: {
  stream: QueueStream;
  views: QueueViewsService;
  places: QueuePlaces;
  heartbeatMs?: number;
  limits?: StreamLimits;
}): FastifyPluginAsyncZod {
  const { stream, views, places } = deps;
  const limits = deps.limits ?? DEFAULT_LIMITS;
  return async (app) => {
    const open = new Set<() => void>();
    const byAddress = new Map<string, number>();

    /** Counts the stream against the limits; returns the release to call when it closes. */
    function admit(ip: string): () => void {
      const mine = byAddress.get(ip) ?? 0;
      if (mine >= limits.perAddress || open.size >= limits.perNode)
        throw withRetryAfter(failQueue('queue.too_many_streams', { seconds: 30 }), 30);
      byAddress.set(ip, mine + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (byAddress.get(ip) ?? 1) - 1;
        if (left <= 0) byAddress.delete(ip);
        else byAddress.set(ip, left);
      };
    }
    app.addHook('onClose', async () => {
      for (const close of [...open]) close();
    });

    app.get(
      '/api/v1/queue/mpps/:mpp/events',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'queue.streamMppEvents',
          tags: ['queue'],
          summary: "The MPP's queue events as server-sent events (calls, tickets, counters)",
          description:
            'Resume with the `Last-Event-ID` header (or `?lastEventId=`). Event names are the event types, ' +
            'e.g. `queue.ticket_called`; a `reset` event means too much was missed: reload the board.',
          params: MppParams,
        },
      },
      async (request, reply) => {
        const facts = await places.get(request.params.mpp);
        const release = admit(request.ip);
        const resumeFrom = Number.parseInt(lastEventIdOf(request) ?? '', 10);
        const sse = openEventStream(request, reply, { heartbeatMs: deps.heartbeatMs ?? 15_000 });
        open.add(sse.close);
        let unsubscribe = () => {};
        sse.onClose(() => {
          open.delete(sse.close);
          release();
          unsubscribe();
        });
        try {
          unsubscribe = await stream.subscribe(facts.place.id, Number.isFinite(resumeFrom) ? resumeFrom : undefined, {
            deliver: (events) => {
              for (const e of events) sse.sendSerialized({ id: e.seq, event: e.type, json: jsonOf(e) });
            },
            reset: (head) => sse.send({ id: head, event: 'reset', data: { lastEventId: String(head) } }),
          });
          // Closed while subscribing: let go at once.
          if (sse.isClosed) unsubscribe();
        } catch (error) {
          request.log.error({ err: error }, 'queue stream could not subscribe');
          sse.close();
        }
      },
    );

    app.get(
      '/api/v1/queue/tickets/:id/events',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'queue.streamTicket',
          tags: ['queue'],
          summary: "One ticket's page, live: `ticket` events with its status, position and estimate",
          params: TicketIdParams,
        },
      },
      async (request, reply) => {
        const ticket = await views.getTicket(request.params.id);
        const release = admit(request.ip);
        const sse = openEventStream(request, reply, { heartbeatMs: deps.heartbeatMs ?? 15_000 });
        open.add(sse.close);
        let last = '';
        let serviceId = ticket.serviceId;
        let timer: NodeJS.Timeout | undefined;
        let unsubscribe = () => {};
        sse.onClose(() => {
          if (timer) clearTimeout(timer);
          open.delete(sse.close);
          release();
          unsubscribe();
        });
        const refresh = async () => {
          timer = undefined;
          if (sse.isClosed) return;
          const view = await views.ticketView(await views.getTicket(ticket.id));
          serviceId = view.service.id;
          const text = JSON.stringify(view);
          if (text !== last) {
            last = text;
            sse.send({ event: 'ticket', data: view });
          }
        };
        const schedule = () => {
          timer ??= setTimeout(() => void refresh().catch(() => sse.close()), TICKET_DEBOUNCE_MS);
        };
        try {
          await refresh();
          unsubscribe = await stream.subscribe(ticket.mppId, undefined, {
            deliver: (events) => {
              // Its own events, its line's (position), and counters opening or closing (estimate).
              const touches = events.some(
                (e) =>
                  e.ticketId === ticket.id ||
                  e.type === 'queue.counter_changed' ||
                  ((e.payload.serviceIds as string[] | undefined) ?? []).includes(serviceId),
              );
              if (touches) schedule();
            },
            reset: schedule,
          });
          if (sse.isClosed) unsubscribe();
        } catch (error) {
          request.log.error({ err: error }, 'ticket stream could not subscribe');
          sse.close();
        }
      },
    );
  };
}
