import type { QueueEventType } from '../../domain/queue/index.js';
import type { Queryable } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';

/** The LISTEN/NOTIFY channel that tells every app node an MPP's stream has grown. */
export const QUEUE_CHANNEL = 'satupintu_queue';

/**
 * One statement appends an event: the stream's next number, the event (with the waiting counts
 * of $9's services on service day $10 added to the payload, unless $10 is null) and the notify,
 * delivered at commit. Exported for the benchmark's baseline, which sends it as it is.
 */
export const APPEND_EVENT = `WITH stream AS (
           INSERT INTO queue_streams (mpp_id, last_seq) VALUES ($1, 1)
           ON CONFLICT (mpp_id) DO UPDATE SET last_seq = queue_streams.last_seq + 1 RETURNING last_seq
         ), written AS (
           INSERT INTO queue_events (mpp_id, seq, id, type, ticket_id, counter_id, payload, created_at)
           SELECT $1, last_seq, $2, $3, $4, $5,
             CASE WHEN $10::date IS NULL THEN $6::jsonb ELSE $6::jsonb || jsonb_build_object('waiting', coalesce(
               (SELECT jsonb_object_agg(service_id, waiting) FROM queue_service_days
                WHERE mpp_id = $1 AND service_day = $10::date AND service_id = ANY($9::uuid[])), '{}'::jsonb)) END,
             $7
           FROM stream RETURNING seq, payload -> 'waiting' AS waiting
         )
         SELECT seq, waiting, pg_notify($8, $1::text || ':' || seq::text) FROM written`;

export type QueueEvent = {
  mppId: string;
  seq: number;
  id: string;
  type: QueueEventType;
  ticketId: string | null;
  counterId: string | null;
  payload: Record<string, unknown>;
  createdAt: Date;
};

export type NewQueueEvent = {
  mppId: string;
  type: QueueEventType;
  ticketId?: string | null;
  counterId?: string | null;
  payload: Record<string, unknown>;
  at: Date;
  /**
   * Adds `waiting` to the payload: the waiting count of each of these services on that service
   * day, read in the same statement (so it is what this transaction leaves behind). The stored
   * payload leaves out services nobody has taken a ticket for that day (0).
   */
  waitingOf?: { serviceDay: string; serviceIds: string[] } | undefined;
};

function mapEvent(r: Record<string, unknown>): QueueEvent {
  return {
    mppId: r.mpp_id as string,
    seq: Number(r.seq),
    id: r.id as string,
    type: r.type as QueueEventType,
    ticketId: (r.ticket_id as string | null) ?? null,
    counterId: (r.counter_id as string | null) ?? null,
    payload: r.payload as Record<string, unknown>,
    createdAt: new Date(r.created_at as string),
  };
}

export function createQueueEventsRepository() {
  return {
    /**
     * Appends one event to the MPP's stream inside the caller's transaction, and NOTIFYs the
     * other nodes (PostgreSQL delivers it at commit, in commit order). Call it last in the
     * transaction: the stream row stays locked until commit, which orders the MPP's events.
     */
    async append(tx: Queryable, event: NewQueueEvent): Promise<QueueEvent> {
      const id = newId();
      const counted = event.waitingOf;
      // One statement: the waiting counts, the stream's next number, the event, and the notify
      // (delivered at commit).
      const [row] = await tx.query<{ seq: string; waiting: Record<string, number> | string | null }>(APPEND_EVENT, [
        event.mppId,
        id,
        event.type,
        event.ticketId ?? null,
        event.counterId ?? null,
        JSON.stringify(event.payload),
        event.at,
        QUEUE_CHANNEL,
        counted?.serviceIds ?? [],
        counted?.serviceDay ?? null,
      ]);
      const read = typeof row?.waiting === 'string' ? JSON.parse(row.waiting) : row?.waiting;
      // A service with no ticket yet that day has no row: nobody waits.
      const waiting = counted
        ? { ...Object.fromEntries(counted.serviceIds.map((s) => [s, 0])), ...(read as Record<string, number>) }
        : undefined;
      return {
        mppId: event.mppId,
        seq: Number(row?.seq),
        id,
        type: event.type,
        ticketId: event.ticketId ?? null,
        counterId: event.counterId ?? null,
        payload: waiting ? { ...event.payload, waiting } : event.payload,
        createdAt: event.at,
      };
    },

    /** Events of the MPP after `afterSeq`, oldest first, at most `limit`. */
    async readSince(db: Queryable, mppId: string, afterSeq: number, limit: number): Promise<QueueEvent[]> {
      const rows = await db.query(
        `SELECT mpp_id, seq, id, type, ticket_id, counter_id, payload, created_at FROM queue_events
         WHERE mpp_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [mppId, afterSeq, limit],
      );
      return rows.map(mapEvent);
    },

    /** The MPP's newest events of some types, newest first (the board's call history). */
    async readLatest(db: Queryable, mppId: string, types: QueueEventType[], limit: number): Promise<QueueEvent[]> {
      const rows = await db.query(
        `SELECT mpp_id, seq, id, type, ticket_id, counter_id, payload, created_at FROM queue_events
         WHERE mpp_id = $1 AND type = ANY($2::text[]) ORDER BY seq DESC LIMIT $3`,
        [mppId, types, limit],
      );
      return rows.map(mapEvent);
    },

    /** The last sequence number of the MPP's stream (0 when nothing happened yet). */
    async head(db: Queryable, mppId: string): Promise<number> {
      const rows = await db.query<{ last_seq: string }>('SELECT last_seq FROM queue_streams WHERE mpp_id = $1', [
        mppId,
      ]);
      return rows[0] ? Number(rows[0].last_seq) : 0;
    },
  };
}

export type QueueEventsRepository = ReturnType<typeof createQueueEventsRepository>;
