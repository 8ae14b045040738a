import type {
  CallCandidate,
  LineCounts,
  Lane,
  Outcome,
  PriorityGroup,
  TicketChannel,
  TicketStatus,
} from '../../domain/queue/index.js';
import type { Queryable } from '../../platform/db/database.js';

/** A ticket as stored; mapped here and never leaves the repository as a raw row. */
export type TicketRecord = {
  id: string;
  mppId: string;
  serviceId: string;
  tenantId: string;
  serviceDay: string;
  series: string;
  number: number;
  displayNumber: string;
  channel: TicketChannel;
  lane: Lane;
  priorityGroup: PriorityGroup | null;
  isPriority: boolean;
  citizenAccountId: string | null;
  phone: string | null;
  status: TicketStatus;
  outcome: Outcome | null;
  issuedAt: Date;
  orderAt: Date;
  agedAt: Date;
  targetCounterId: string | null;
  counterId: string | null;
  officerAccountId: string | null;
  calledAt: Date | null;
  callCount: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  noShowAt: Date | null;
  recycleCount: number;
  lateCount: number;
};

/** Columns an action may change, in TypeScript names. */
export type TicketPatch = Partial<
  Pick<
    TicketRecord,
    | 'serviceId'
    | 'tenantId'
    | 'status'
    | 'outcome'
    | 'orderAt'
    | 'agedAt'
    | 'targetCounterId'
    | 'counterId'
    | 'officerAccountId'
    | 'calledAt'
    | 'startedAt'
    | 'finishedAt'
    | 'noShowAt'
    | 'recycleCount'
    | 'lateCount'
  >
> & { incrementCallCount?: boolean };

const PATCH_COLUMNS: Record<Exclude<keyof TicketPatch, 'incrementCallCount'>, string> = {
  serviceId: 'service_id',
  tenantId: 'tenant_id',
  status: 'status',
  outcome: 'outcome',
  orderAt: 'order_at',
  agedAt: 'aged_at',
  targetCounterId: 'target_counter_id',
  counterId: 'counter_id',
  officerAccountId: 'officer_account_id',
  calledAt: 'called_at',
  startedAt: 'started_at',
  finishedAt: 'finished_at',
  noShowAt: 'no_show_at',
  recycleCount: 'recycle_count',
  lateCount: 'late_count',
};

const date = (v: unknown) => (v === null || v === undefined ? null : new Date(v as string));

export function mapTicket(r: Record<string, unknown>): TicketRecord {
  return {
    id: r.id as string,
    mppId: r.mpp_id as string,
    serviceId: r.service_id as string,
    tenantId: r.tenant_id as string,
    serviceDay: r.service_day_text as string,
    series: r.series as string,
    number: Number(r.number),
    displayNumber: r.display_number as string,
    channel: r.channel as TicketChannel,
    lane: r.lane as Lane,
    priorityGroup: (r.priority_group as PriorityGroup | null) ?? null,
    isPriority: Boolean(r.is_priority),
    citizenAccountId: (r.citizen_account_id as string | null) ?? null,
    phone: (r.phone as string | null) ?? null,
    status: r.status as TicketStatus,
    outcome: (r.outcome as Outcome | null) ?? null,
    issuedAt: new Date(r.issued_at as string),
    orderAt: new Date(r.order_at as string),
    agedAt: new Date(r.aged_at as string),
    targetCounterId: (r.target_counter_id as string | null) ?? null,
    counterId: (r.counter_id as string | null) ?? null,
    officerAccountId: (r.officer_account_id as string | null) ?? null,
    calledAt: date(r.called_at),
    callCount: Number(r.call_count),
    startedAt: date(r.started_at),
    finishedAt: date(r.finished_at),
    noShowAt: date(r.no_show_at),
    recycleCount: Number(r.recycle_count),
    lateCount: Number(r.late_count),
  };
}

const TICKET_COLUMNS = `*, to_char(service_day, 'YYYY-MM-DD') AS service_day_text`;

/** How many served visits a waiting-time estimate looks back on. */
const RECENT_SAMPLE = 20;

/** The wait estimate's inputs for one service line at an MPP. */
export type LinePace = {
  /** Counters open now that serve the service. */
  countersOpen: number;
  /** Service minutes of the service's latest served visits at the MPP, newest first. */
  recentServiceMinutes: number[];
};

export type NewTicket = Omit<
  TicketRecord,
  | 'isPriority'
  | 'status'
  | 'outcome'
  | 'counterId'
  | 'officerAccountId'
  | 'calledAt'
  | 'callCount'
  | 'startedAt'
  | 'finishedAt'
  | 'noShowAt'
  | 'recycleCount'
  | 'lateCount'
>;

/** A waiting ticket in a counter's next-up list (no personal data). */
export type WaitingTicket = CallCandidate & {
  displayNumber: string;
  serviceId: string;
  priorityGroup: PriorityGroup | null;
  lane: Lane;
};

export function createQueueTicketsRepository() {
  return {
    /**
     * Counts one ticket against the service's daily quota (undefined: the quota is used up) and
     * takes the next number of its series. Both rows stay locked until commit, so concurrent
     * issues of one series queue up here and never share or skip a number.
     */
    async reserveNumber(
      tx: Queryable,
      input: { mppId: string; serviceId: string; serviceDay: string; series: string; dailyQuota: number | null },
    ): Promise<number | undefined> {
      const counted = await tx.query(
        `INSERT INTO queue_service_days (mpp_id, service_id, service_day, issued, waiting) VALUES ($1, $2, $3, 1, 1)
         ON CONFLICT (mpp_id, service_id, service_day) DO UPDATE
           SET issued = queue_service_days.issued + 1, waiting = queue_service_days.waiting + 1
           WHERE $4::integer IS NULL OR queue_service_days.issued < $4::integer
         RETURNING issued`,
        [input.mppId, input.serviceId, input.serviceDay, input.dailyQuota],
      );
      if (counted.length === 0) return undefined;
      const [numbered] = await tx.query<{ last_number: number }>(
        `INSERT INTO queue_number_series (mpp_id, series, service_day, last_number) VALUES ($1, $2, $3, 1)
         ON CONFLICT (mpp_id, series, service_day) DO UPDATE SET last_number = queue_number_series.last_number + 1
         RETURNING last_number`,
        [input.mppId, input.series, input.serviceDay],
      );
      return Number(numbered?.last_number);
    },

    /** Tickets issued today for the service (for "remaining" on the kiosk). */
    async issuedOn(
      db: Queryable,
      mppId: string,
      serviceDay: string,
    ): Promise<Map<string, { issued: number; waiting: number }>> {
      const rows = await db.query<{ service_id: string; issued: number; waiting: number }>(
        'SELECT service_id, issued, waiting FROM queue_service_days WHERE mpp_id = $1 AND service_day = $2',
        [mppId, serviceDay],
      );
      return new Map(rows.map((r) => [r.service_id, { issued: Number(r.issued), waiting: Number(r.waiting) }]));
    },

    /** Moves the waiting count of a service's day; every change of a ticket into or out of 'waiting' calls it. */
    async adjustWaiting(tx: Queryable, t: { mppId: string; serviceId: string; serviceDay: string }, delta: number) {
      if (delta === 0) return;
      await tx.query(
        `INSERT INTO queue_service_days (mpp_id, service_id, service_day, issued, waiting) VALUES ($1, $2, $3, 0, greatest($4, 0))
         ON CONFLICT (mpp_id, service_id, service_day) DO UPDATE SET waiting = queue_service_days.waiting + $4`,
        [t.mppId, t.serviceId, t.serviceDay, delta],
      );
    },

    async insertTicket(tx: Queryable, t: NewTicket, at: Date): Promise<TicketRecord> {
      const [row] = await tx.query(
        `INSERT INTO queue_tickets (id, mpp_id, service_id, tenant_id, service_day, series, number, display_number, channel,
           lane, priority_group, citizen_account_id, phone, status, issued_at, order_at, aged_at, target_counter_id,
           appointment_id, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 'waiting', $14, $15, $16, $17, NULL, $18)
         RETURNING ${TICKET_COLUMNS}`,
        [
          t.id,
          t.mppId,
          t.serviceId,
          t.tenantId,
          t.serviceDay,
          t.series,
          t.number,
          t.displayNumber,
          t.channel,
          t.lane,
          t.priorityGroup,
          t.citizenAccountId,
          t.phone,
          t.issuedAt,
          t.orderAt,
          t.agedAt,
          t.targetCounterId,
          at,
        ],
      );
      return mapTicket(row as Record<string, unknown>);
    },

    async findTicket(db: Queryable, id: string): Promise<TicketRecord | undefined> {
      const rows = await db.query(`SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE id = $1`, [id]);
      return rows[0] ? mapTicket(rows[0]) : undefined;
    },

    /** The ticket, locked until the transaction ends. */
    async lockTicket(tx: Queryable, id: string): Promise<TicketRecord | undefined> {
      const rows = await tx.query(`SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE id = $1 FOR UPDATE`, [id]);
      return rows[0] ? mapTicket(rows[0]) : undefined;
    },

    /** The citizen's active ticket for the service, if any. */
    async findActiveForCitizen(db: Queryable, accountId: string, serviceId: string): Promise<TicketRecord | undefined> {
      const rows = await db.query(
        `SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE citizen_account_id = $1 AND service_id = $2
           AND status IN ('waiting', 'called', 'serving', 'parked')`,
        [accountId, serviceId],
      );
      return rows[0] ? mapTicket(rows[0]) : undefined;
    },

    async listForCitizen(db: Queryable, accountId: string, since: Date): Promise<TicketRecord[]> {
      const rows = await db.query(
        `SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE citizen_account_id = $1
           AND (status IN ('waiting', 'called', 'serving', 'parked') OR issued_at >= $2)
         ORDER BY issued_at DESC LIMIT 50`,
        [accountId, since],
      );
      return rows.map(mapTicket);
    },

    /** The ticket the counter holds now (called or serving). */
    async findCurrentAtCounter(db: Queryable, counterId: string): Promise<TicketRecord | undefined> {
      const rows = await db.query(
        `SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE counter_id = $1 AND status IN ('called', 'serving')`,
        [counterId],
      );
      return rows[0] ? mapTicket(rows[0]) : undefined;
    },

    /**
     * Applies `patch` when the ticket is still in one of `from` (the guard that makes a stale
     * action change nothing); returns the updated ticket, or undefined when the guard failed.
     */
    async updateTicket(
      tx: Queryable,
      id: string,
      from: readonly TicketStatus[],
      patch: TicketPatch,
      at: Date,
    ): Promise<TicketRecord | undefined> {
      const sets: string[] = [];
      const params: unknown[] = [id, from];
      for (const [key, column] of Object.entries(PATCH_COLUMNS)) {
        const value = patch[key as keyof typeof PATCH_COLUMNS];
        if (value === undefined) continue;
        params.push(value);
        sets.push(`${column} = $${params.length}`);
      }
      if (patch.incrementCallCount) sets.push('call_count = call_count + 1');
      params.push(at);
      sets.push(`updated_at = $${params.length}`);
      const rows = await tx.query(
        `UPDATE queue_tickets SET ${sets.join(', ')} WHERE id = $1 AND status = ANY($2::text[]) RETURNING ${TICKET_COLUMNS}`,
        params,
      );
      return rows[0] ? mapTicket(rows[0]) : undefined;
    },

    /**
     * Serialises calling for these services across every app node: transaction-scoped advisory
     * locks, taken in a fixed order so two counters sharing services never deadlock. Between
     * them, the head of each line is read and taken without another counter reading it too.
     */
    async lockLines(tx: Queryable, mppId: string, serviceIds: readonly string[]): Promise<void> {
      const keys = [...serviceIds].sort().map((s) => `queue-line:${mppId}:${s}`);
      await tx.query(
        'SELECT count(pg_advisory_xact_lock(hashtextextended(k, 0))) FROM unnest($1::text[]) WITH ORDINALITY AS u(k, n)',
        [keys],
      );
    },

    /**
     * The first `perLine` tickets of each line (priority and regular) of each service that the
     * counter may call: one index range per line, whatever the length of the queue.
     */
    async lineHeads(
      db: Queryable,
      input: { mppId: string; serviceIds: readonly string[]; counterId: string | null; perLine: number },
    ): Promise<WaitingTicket[]> {
      const rows = await db.query(
        `SELECT h.* FROM unnest($2::uuid[]) AS s(service_id)
         CROSS JOIN (VALUES (true), (false)) AS p(is_priority)
         CROSS JOIN LATERAL (
           SELECT t.id, t.is_priority, t.order_at, t.aged_at, t.display_number, t.service_id, t.priority_group, t.lane
           FROM queue_tickets t
           WHERE t.mpp_id = $1 AND t.service_id = s.service_id AND t.status = 'waiting' AND t.is_priority = p.is_priority
             AND (t.target_counter_id IS NULL OR t.target_counter_id = $3::uuid)
           ORDER BY t.order_at, t.id LIMIT $4
         ) h`,
        [input.mppId, input.serviceIds, input.counterId, input.perLine],
      );
      return rows.map((r) => ({
        id: r.id as string,
        isPriority: Boolean(r.is_priority),
        orderAt: new Date(r.order_at as string),
        agedAt: new Date(r.aged_at as string),
        displayNumber: r.display_number as string,
        serviceId: r.service_id as string,
        priorityGroup: (r.priority_group as PriorityGroup | null) ?? null,
        lane: r.lane as Lane,
      }));
    },

    /** Parked tickets of the counter, oldest first. */
    async listParked(db: Queryable, counterId: string): Promise<TicketRecord[]> {
      const rows = await db.query(
        `SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE counter_id = $1 AND status = 'parked' ORDER BY order_at LIMIT 50`,
        [counterId],
      );
      return rows.map(mapTicket);
    },

    /**
     * How many waiting tickets of the service are ahead of this one, in one statement, as counts
     * the position maths (`ticketsAhead`, pure) needs. Each count is a range of the line index, so
     * it costs what lies on one side of the ticket. From the front (a ticket page): priority and
     * regular tickets earlier in line. From the back (a ticket that has just joined, at or near
     * the end of its line): the tickets after it, taken from the kept waiting count. All priority
     * tickets are counted (that line is short) unless `priorityApart` is false; aged regular ones
     * earlier in line only for a priority ticket (the only case that needs them).
     *
     * `priorityApart: false`, from the back only, is for a regular ticket under `priority_first`
     * that has not waited past its target: every priority ticket is ahead of it wherever it
     * stands, so the counts lump them with the regular ones earlier in line (priorityAll 0),
     * which gives it the same place and saves the priority line's count.
     */
    async countAhead(
      db: Queryable,
      ticket: TicketRecord,
      now: Date,
      options: { from: 'front' | 'back'; priorityApart: boolean } = { from: 'front', priorityApart: true },
    ): Promise<LineCounts> {
      const { from } = options;
      const priorityApart = options.priorityApart || from === 'front';
      const line = `FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting' AND id <> $4::uuid`;
      const before = `(order_at, id) < ($3::timestamptz, $4::uuid)`;
      const side = from === 'front' ? before : `(order_at, id) > ($3::timestamptz, $4::uuid)`;
      const [row] = await db.query<Record<string, string>>(
        `SELECT
           ${priorityApart ? `(SELECT count(*) ${line} AND is_priority)` : '0'} AS priority_all,
           ${priorityApart ? `(SELECT count(*) ${line} AND is_priority AND ${side})` : '0'} AS priority_side,
           (SELECT count(*) ${line} AND NOT is_priority AND ${side}) AS regular_side,
           (SELECT waiting FROM queue_service_days WHERE mpp_id = $1 AND service_id = $2 AND service_day = $5) AS waiting,
           ${ticket.isPriority ? `(SELECT count(*) ${line} AND NOT is_priority AND ${before} AND aged_at <= $6)` : '0'} AS aged_before`,
        // Every parameter must appear in the statement (PostgreSQL infers each one's type).
        [
          ticket.mppId,
          ticket.serviceId,
          ticket.orderAt,
          ticket.id,
          ticket.serviceDay,
          ...(ticket.isPriority ? [now] : []),
        ],
      );
      const priorityAll = Number(row?.priority_all ?? 0);
      const others = Math.max(0, Number(row?.waiting ?? 0) - (ticket.status === 'waiting' ? 1 : 0));
      const regularAll = Math.max(0, others - priorityAll);
      const prioritySide = Number(row?.priority_side ?? 0);
      const regularSide = Number(row?.regular_side ?? 0);
      return {
        priorityBefore: from === 'front' ? prioritySide : Math.max(0, priorityAll - prioritySide),
        priorityAll,
        regularBefore: from === 'front' ? regularSide : Math.max(0, regularAll - regularSide),
        regularAll,
        agedBefore: Number(row?.aged_before ?? 0),
      };
    },

    /**
     * How fast a service's line moves at the MPP: the counters open for it now and the service
     * minutes of its latest served visits (the wait estimate's inputs).
     */
    async linePace(db: Queryable, mppId: string, serviceId: string): Promise<LinePace> {
      const [row] = await db.query<{ counters_open: string; recent: unknown[] | null }>(
        `SELECT
           (SELECT count(*) FROM queue_counter_sessions WHERE mpp_id = $1 AND state = 'open' AND $2 = ANY(service_ids)) AS counters_open,
           (SELECT coalesce(array_agg(m), '{}') FROM (
              SELECT extract(epoch FROM ended_at - coalesce(started_at, first_called_at)) / 60 AS m FROM queue_visits
              WHERE service_id = $2 AND mpp_id = $1 AND outcome = 'served' ORDER BY ended_at DESC LIMIT $3) recent) AS recent`,
        [mppId, serviceId, RECENT_SAMPLE],
      );
      return {
        countersOpen: Number(row?.counters_open ?? 0),
        recentServiceMinutes: (row?.recent ?? []).map(Number),
      };
    },

    /** Waiting tickets of the service with a phone that have not been told their turn is near, in line order. */
    async firstInLineWithPhone(
      tx: Queryable,
      mppId: string,
      serviceId: string,
      limit: number,
    ): Promise<TicketRecord[]> {
      const rows = await tx.query(
        `SELECT ${TICKET_COLUMNS} FROM (
           (SELECT * FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting' AND is_priority
            ORDER BY order_at, id LIMIT $3)
           UNION ALL
           (SELECT * FROM queue_tickets WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting' AND NOT is_priority
            ORDER BY order_at, id LIMIT $3)
         ) t WHERE phone IS NOT NULL AND near_notified_at IS NULL`,
        [mppId, serviceId, limit],
      );
      return rows.map(mapTicket);
    },

    async markNearNotified(tx: Queryable, ids: string[], at: Date): Promise<void> {
      if (ids.length === 0) return;
      await tx.query('UPDATE queue_tickets SET near_notified_at = $2 WHERE id = ANY($1::uuid[])', [ids, at]);
    },

    /** Open tickets of service days before `day` (the day-close job's work), locked. */
    async lockOpenBefore(tx: Queryable, mppId: string, day: string): Promise<TicketRecord[]> {
      const rows = await tx.query(
        `SELECT ${TICKET_COLUMNS} FROM queue_tickets WHERE mpp_id = $1 AND service_day < $2
           AND status IN ('waiting', 'called', 'serving', 'parked', 'no_show') FOR UPDATE`,
        [mppId, day],
      );
      return rows.map(mapTicket);
    },

    /** MPPs with open tickets from days before their own today (by zone), for the day-close job. */
    async mppsWithOpenTickets(db: Queryable): Promise<{ mppId: string; oldestDay: string }[]> {
      const rows = await db.query<{ mpp_id: string; oldest: string }>(
        `SELECT mpp_id, to_char(min(service_day), 'YYYY-MM-DD') AS oldest FROM queue_tickets
         WHERE status IN ('waiting', 'called', 'serving', 'parked', 'no_show') GROUP BY mpp_id`,
      );
      return rows.map((r) => ({ mppId: r.mpp_id, oldestDay: r.oldest }));
    },

    async zeroWaitingBefore(tx: Queryable, mppId: string, day: string): Promise<void> {
      await tx.query(
        'UPDATE queue_service_days SET waiting = 0 WHERE mpp_id = $1 AND service_day < $2 AND waiting <> 0',
        [mppId, day],
      );
    },

    /** Blanks phone numbers of finished days: they were only for "your turn is near". */
    async erasePhonesBefore(tx: Queryable, mppId: string, day: string): Promise<void> {
      await tx.query(
        'UPDATE queue_tickets SET phone = NULL WHERE mpp_id = $1 AND service_day < $2 AND phone IS NOT NULL',
        [mppId, day],
      );
    },
  };
}

export type QueueTicketsRepository = ReturnType<typeof createQueueTicketsRepository>;
