import type { CounterState, Outcome } from '../../domain/queue/index.js';
import type { Queryable } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';

export type CounterSession = {
  id: string;
  mppId: string;
  tenantId: string;
  counterId: string;
  counterNumber: number;
  officerAccountId: string;
  serviceIds: string[];
  state: CounterState;
  regularStreak: number;
  openedAt: Date;
  stateSince: Date;
};

export function mapSession(r: Record<string, unknown>): CounterSession {
  return {
    id: r.id as string,
    mppId: r.mpp_id as string,
    tenantId: r.tenant_id as string,
    counterId: r.counter_id as string,
    counterNumber: Number(r.counter_number),
    officerAccountId: r.officer_account_id as string,
    serviceIds: (r.service_ids as string[]).map(String),
    state: r.state as CounterState,
    regularStreak: Number(r.regular_streak),
    openedAt: new Date(r.opened_at as string),
    stateSince: new Date(r.state_since as string),
  };
}

/** Counter sessions (a counter at work) and visits (one ticket's pass through one service line). */
export function createQueueCountersRepository() {
  return {
    /** The counter's session unless closed; `lock` holds it until commit (every counter action does). */
    async findActiveSession(db: Queryable, counterId: string, lock = false): Promise<CounterSession | undefined> {
      const rows = await db.query(
        `SELECT * FROM queue_counter_sessions WHERE counter_id = $1 AND state <> 'closed'${lock ? ' FOR UPDATE' : ''}`,
        [counterId],
      );
      return rows[0] ? mapSession(rows[0]) : undefined;
    },

    async listActiveSessions(db: Queryable, mppId: string): Promise<CounterSession[]> {
      const rows = await db.query("SELECT * FROM queue_counter_sessions WHERE mpp_id = $1 AND state <> 'closed'", [
        mppId,
      ]);
      return rows.map(mapSession);
    },

    /** Every counter at work anywhere (the day-close job's look-out). */
    async listAllActiveSessions(db: Queryable): Promise<CounterSession[]> {
      const rows = await db.query("SELECT * FROM queue_counter_sessions WHERE state <> 'closed'");
      return rows.map(mapSession);
    },

    /** Opens a session; undefined when the counter already has one (the unique index decides). */
    async openSession(
      tx: Queryable,
      s: Omit<CounterSession, 'id' | 'state' | 'regularStreak' | 'stateSince'>,
    ): Promise<CounterSession | undefined> {
      const rows = await tx.query(
        `INSERT INTO queue_counter_sessions (id, mpp_id, tenant_id, counter_id, counter_number, officer_account_id,
           service_ids, state, opened_at, state_since)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'open', $8, $8)
         ON CONFLICT (counter_id) WHERE state <> 'closed' DO NOTHING RETURNING *`,
        [newId(), s.mppId, s.tenantId, s.counterId, s.counterNumber, s.officerAccountId, s.serviceIds, s.openedAt],
      );
      return rows[0] ? mapSession(rows[0]) : undefined;
    },

    async setState(tx: Queryable, sessionId: string, state: CounterState, at: Date): Promise<CounterSession> {
      const [row] = await tx.query(
        `UPDATE queue_counter_sessions SET state = $2::text, state_since = $3::timestamptz,
           closed_at = CASE WHEN $2::text = 'closed' THEN $3::timestamptz END
         WHERE id = $1 RETURNING *`,
        [sessionId, state, at],
      );
      return mapSession(row as Record<string, unknown>);
    },

    async setServices(tx: Queryable, sessionId: string, serviceIds: string[]): Promise<void> {
      await tx.query('UPDATE queue_counter_sessions SET service_ids = $2 WHERE id = $1', [sessionId, serviceIds]);
    },

    async setRegularStreak(tx: Queryable, sessionId: string, streak: number): Promise<void> {
      await tx.query('UPDATE queue_counter_sessions SET regular_streak = $2 WHERE id = $1', [sessionId, streak]);
    },

    /** Closes every session of the MPP (day close); returns the closed ones. */
    async closeAll(tx: Queryable, mppId: string, at: Date): Promise<CounterSession[]> {
      const rows = await tx.query(
        `UPDATE queue_counter_sessions SET state = 'closed', state_since = $2, closed_at = $2
         WHERE mpp_id = $1 AND state <> 'closed' RETURNING *`,
        [mppId, at],
      );
      return rows.map(mapSession);
    },

    async openVisit(
      tx: Queryable,
      v: {
        ticketId: string;
        mppId: string;
        serviceDay: string;
        serviceId: string;
        tenantId: string;
        isPriority: boolean;
        joinedAt: Date;
        targetWaitMinutes: number;
      },
    ): Promise<void> {
      await tx.query(
        `INSERT INTO queue_visits (id, ticket_id, mpp_id, service_day, service_id, tenant_id, is_priority, joined_at, target_wait_minutes)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          newId(),
          v.ticketId,
          v.mppId,
          v.serviceDay,
          v.serviceId,
          v.tenantId,
          v.isPriority,
          v.joinedAt,
          v.targetWaitMinutes,
        ],
      );
    },

    /** Records the first call of the ticket's open visit (recalls keep the first time). */
    async markVisitCalled(
      tx: Queryable,
      ticketId: string,
      counterId: string,
      officerId: string,
      at: Date,
    ): Promise<void> {
      await tx.query(
        `UPDATE queue_visits SET first_called_at = coalesce(first_called_at, $4), counter_id = $2, officer_account_id = $3
         WHERE ticket_id = $1 AND ended_at IS NULL`,
        [ticketId, counterId, officerId, at],
      );
    },

    async markVisitStarted(tx: Queryable, ticketId: string, at: Date): Promise<void> {
      await tx.query(
        'UPDATE queue_visits SET started_at = coalesce(started_at, $2) WHERE ticket_id = $1 AND ended_at IS NULL',
        [ticketId, at],
      );
    },

    async endVisit(tx: Queryable, ticketId: string, outcome: Outcome, at: Date): Promise<void> {
      await tx.query('UPDATE queue_visits SET ended_at = $3, outcome = $2 WHERE ticket_id = $1 AND ended_at IS NULL', [
        ticketId,
        outcome,
        at,
      ]);
    },

    /** The ticket's last visit, missed, becomes `recycled`: the citizen came back in time. */
    async relabelMissedVisit(tx: Queryable, ticketId: string): Promise<void> {
      await tx.query(
        `UPDATE queue_visits SET outcome = 'recycled' WHERE ticket_id = $1 AND outcome = 'no_show'
           AND ended_at = (SELECT max(ended_at) FROM queue_visits WHERE ticket_id = $1)`,
        [ticketId],
      );
    },
  };
}

export type QueueCountersRepository = ReturnType<typeof createQueueCountersRepository>;
