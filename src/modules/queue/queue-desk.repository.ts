import type { Queryable } from '../../platform/db/database.js';
import { type CounterSession, mapSession } from './queue-counters.repository.js';
import { mapTicket, type TicketRecord } from './queue-tickets.repository.js';

/** What the counter desk shows besides who is next, read in one statement (every action answers with it). */
export type CounterSnapshot = {
  session: CounterSession | undefined;
  /** The current ticket, parked tickets and today's missed calls at the counter. */
  held: TicketRecord[];
  /** Tickets waiting now per service of the MPP today. */
  waiting: Map<string, number>;
  today: { called: number; served: number; noShow: number; transferred: number; averageServiceMinutes: number | null };
};

export function createQueueDeskRepository() {
  return {
    async counterSnapshot(
      db: Queryable,
      input: { counterId: string; mppId: string; serviceDay: string },
    ): Promise<CounterSnapshot> {
      const [row] = await db.query<{
        session: Record<string, unknown> | null;
        held: Record<string, unknown>[];
        waiting: Record<string, number>;
        today: Record<string, unknown>;
      }>(
        `SELECT
           (SELECT row_to_json(s) FROM queue_counter_sessions s WHERE s.counter_id = $1 AND s.state <> 'closed') AS session,
           (SELECT coalesce(json_agg(h ORDER BY h.order_at), '[]') FROM (
              SELECT *, to_char(service_day, 'YYYY-MM-DD') AS service_day_text FROM queue_tickets
              WHERE counter_id = $1 AND (status IN ('called', 'serving', 'parked') OR (status = 'no_show' AND service_day = $3))
              ORDER BY order_at LIMIT 100) h) AS held,
           (SELECT coalesce(json_object_agg(service_id, waiting), '{}') FROM queue_service_days
              WHERE mpp_id = $2 AND service_day = $3) AS waiting,
           (SELECT row_to_json(d) FROM (
              SELECT count(*) AS called,
                count(*) FILTER (WHERE outcome = 'served') AS served,
                count(*) FILTER (WHERE outcome = 'no_show') AS no_show,
                count(*) FILTER (WHERE outcome IN ('transferred_to_service', 'transferred_to_counter')) AS transferred,
                avg(extract(epoch FROM ended_at - coalesce(started_at, first_called_at))) FILTER (WHERE outcome = 'served') / 60 AS avg_service
              FROM queue_visits WHERE counter_id = $1 AND service_day = $3) d) AS today`,
        [input.counterId, input.mppId, input.serviceDay],
      );
      const today = row?.today ?? {};
      const averageService = today.avg_service;
      return {
        session: row?.session ? mapSession(row.session) : undefined,
        held: (row?.held ?? []).map(mapTicket),
        waiting: new Map(Object.entries(row?.waiting ?? {}).map(([k, v]) => [k, Number(v)])),
        today: {
          called: Number(today.called ?? 0),
          served: Number(today.served ?? 0),
          noShow: Number(today.no_show ?? 0),
          transferred: Number(today.transferred ?? 0),
          averageServiceMinutes:
            averageService === null || averageService === undefined
              ? null
              : Math.round(Number(averageService) * 10) / 10,
        },
      };
    },
  };
}

export type QueueDeskRepository = ReturnType<typeof createQueueDeskRepository>;
