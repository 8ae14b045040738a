import type { KpiDimension } from '../../domain/queue/index.js';
import type { Queryable } from '../../platform/db/database.js';

/** Raw KPI figures per key of a dimension; labels are added by the service. */
export type KpiFigures = {
  key: string;
  arrived: number;
  served: number;
  noShow: number;
  cancelled: number;
  transferred: number;
  averageWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  servedWithinTargetShare: number | null;
};

function keyExpression(dimension: KpiDimension): string {
  switch (dimension) {
    case 'service':
      return 'service_id::text';
    case 'counter':
      return "coalesce(counter_id::text, '')";
    case 'officer':
      return "coalesce(officer_account_id::text, '')";
    case 'tenant':
      return 'tenant_id::text';
    case 'hour':
      // The hour of joining the line on the MPP's own clock ($4 is its zone).
      return "to_char(joined_at AT TIME ZONE $4, 'HH24')";
    default: {
      const unreachable: never = dimension;
      throw new Error(`unknown KPI dimension ${String(unreachable)}`);
    }
  }
}

const num = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);

export function createQueueKpiRepository() {
  return {
    /** KPI figures of the MPP's visits on service days `from`..`to`, grouped by `dimension`. */
    async figures(
      db: Queryable,
      input: { mppId: string; from: string; to: string; dimension: KpiDimension; zone: string },
    ): Promise<KpiFigures[]> {
      const key = keyExpression(input.dimension);
      const rows = await db.query(
        `SELECT ${key} AS key,
           count(*) AS arrived,
           count(*) FILTER (WHERE outcome = 'served') AS served,
           count(*) FILTER (WHERE outcome = 'no_show') AS no_show,
           count(*) FILTER (WHERE outcome = 'cancelled_by_citizen') AS cancelled,
           count(*) FILTER (WHERE outcome IN ('transferred_to_service', 'transferred_to_counter')) AS transferred,
           avg(extract(epoch FROM first_called_at - joined_at)) / 60 AS avg_wait,
           max(extract(epoch FROM first_called_at - joined_at)) / 60 AS max_wait,
           avg(extract(epoch FROM ended_at - coalesce(started_at, first_called_at))) FILTER (WHERE outcome = 'served') / 60 AS avg_service,
           avg(CASE WHEN first_called_at - joined_at <= target_wait_minutes * interval '1 minute' THEN 1.0 ELSE 0.0 END)
             FILTER (WHERE first_called_at IS NOT NULL) AS within_target
         FROM queue_visits
         WHERE mpp_id = $1 AND service_day BETWEEN $2::date AND $3::date${input.dimension === 'hour' ? '' : ' AND $4::text IS NOT NULL'}
         GROUP BY 1 ORDER BY 1`,
        [input.mppId, input.from, input.to, input.zone],
      );
      return rows.map((r) => ({
        key: r.key as string,
        arrived: Number(r.arrived),
        served: Number(r.served),
        noShow: Number(r.no_show),
        cancelled: Number(r.cancelled),
        transferred: Number(r.transferred),
        averageWaitMinutes: num(r.avg_wait),
        maxWaitMinutes: num(r.max_wait),
        averageServiceMinutes: num(r.avg_service),
        servedWithinTargetShare: r.within_target === null ? null : Math.round(Number(r.within_target) * 1000) / 1000,
      }));
    },

    /** The oldest waiting ticket's place in line per service (for "longest wait now"). */
    async oldestWaiting(db: Queryable, mppId: string): Promise<Map<string, Date>> {
      const rows = await db.query<{ service_id: string; oldest: string }>(
        `SELECT service_id, min(order_at) AS oldest FROM queue_tickets WHERE mpp_id = $1 AND status = 'waiting' GROUP BY service_id`,
        [mppId],
      );
      return new Map(rows.map((r) => [r.service_id, new Date(r.oldest)]));
    },

    async freezeDay(tx: Queryable, input: { mppId: string; day: string; at: Date; ended: number; figures: unknown }) {
      await tx.query(
        `INSERT INTO queue_day_closings (mpp_id, service_day, closed_at, ended_tickets, figures) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (mpp_id, service_day) DO NOTHING`,
        [input.mppId, input.day, input.at, input.ended, JSON.stringify(input.figures)],
      );
    },

    async findClosing(db: Queryable, mppId: string, day: string) {
      const rows = await db.query(
        'SELECT closed_at, ended_tickets, figures FROM queue_day_closings WHERE mpp_id = $1 AND service_day = $2',
        [mppId, day],
      );
      const r = rows[0];
      return r
        ? {
            closedAt: new Date(r.closed_at as string),
            endedTickets: Number(r.ended_tickets),
            figures: r.figures as unknown,
          }
        : undefined;
    },
  };
}

export type QueueKpiRepository = ReturnType<typeof createQueueKpiRepository>;
