import type { BookingWindow, DateOverride, SlotPeriod } from '../../domain/booking/index.js';
import { type LocalDate, parseLocalDate } from '../../domain/time/index.js';
import type { Queryable } from '../../platform/db/database.js';

/** A service's appointment schedule at one MPP. */
export type Schedule = BookingWindow & {
  mppId: string;
  serviceId: string;
  tenantId: string;
  isEnabled: boolean;
  slotMinutes: number;
  capacity: number;
  maxPerWeek: number;
  checkInEarlyMinutes: number;
  checkInLateMinutes: number;
  noShowLimit: number;
  noShowBlockDays: number;
  updatedAt: Date;
};

export type BookingStatus = 'confirmed' | 'cancelled' | 'checked_in' | 'no_show';

export type BookingRecord = {
  id: string;
  code: string;
  mppId: string;
  serviceId: string;
  tenantId: string;
  citizenAccountId: string;
  nikHash: string;
  startsAt: Date;
  endsAt: Date;
  slotDate: LocalDate;
  dayEndsAt: Date;
  status: BookingStatus;
  checkedInAt: Date | null;
  checkedInLate: boolean;
  ticketId: string | null;
  cancelledBy: 'citizen' | 'staff' | 'moved' | 'mpp' | null;
  movedTo: string | null;
  createdAt: Date;
};

/** What was kept of the first request with an Idempotency-Key. */
export type StoredRequest =
  | { state: 'new' }
  | { state: 'in_flight'; requestHash: string }
  | { state: 'done'; requestHash: string; statusCode: number; response: unknown };

const BOOKING_COLUMNS = `*, to_char(slot_date, 'YYYY-MM-DD') AS slot_date_text`;

/**
 * The reminders: the day before (24 hours before the start) and two hours before. A booking made
 * closer to its start than a reminder's lead gets no such reminder (its confirmation says it all).
 */
export const REMIND_DAY_HOURS = 24;
export const REMIND_SOON_HOURS = 2;
export type ReminderKind = 'day' | 'soon';

export type NewBooking = Omit<
  BookingRecord,
  'status' | 'cancelledBy' | 'movedTo' | 'checkedInAt' | 'checkedInLate' | 'ticketId'
>;

const BOOKING_INSERT_COLUMNS = `(id, code, mpp_id, service_id, tenant_id, citizen_account_id, nik_hash, starts_at, ends_at,
  slot_date, day_ends_at, status, created_at, updated_at, reminded_day_at, reminded_soon_at)`;
/** A booking's values ($1-$12, see bookingParams); a reminder closer than its lead is marked done. */
const BOOKING_INSERT_VALUES = `$1::uuid, $2::text, $3::uuid, $4::uuid, $5::uuid, $6::uuid, $7::text, $8::timestamptz,
  $9::timestamptz, $10::date, $12::timestamptz, 'confirmed', $11::timestamptz, $11::timestamptz,
  CASE WHEN $8::timestamptz - interval '${REMIND_DAY_HOURS} hours' <= $11::timestamptz THEN $11::timestamptz END,
  CASE WHEN $8::timestamptz - interval '${REMIND_SOON_HOURS} hours' <= $11::timestamptz THEN $11::timestamptz END`;

function bookingParams(b: NewBooking): unknown[] {
  return [
    b.id,
    b.code,
    b.mppId,
    b.serviceId,
    b.tenantId,
    b.citizenAccountId,
    b.nikHash,
    b.startsAt,
    b.endsAt,
    b.slotDate,
    b.createdAt,
    b.dayEndsAt,
  ];
}

function mapSchedule(r: Record<string, unknown>): Schedule {
  return {
    mppId: r.mpp_id as string,
    serviceId: r.service_id as string,
    tenantId: r.tenant_id as string,
    isEnabled: Boolean(r.is_enabled),
    slotMinutes: Number(r.slot_minutes),
    capacity: Number(r.capacity),
    windowDays: Number(r.window_days),
    release:
      r.release_kind === 'weekly'
        ? { kind: 'weekly', weekday: Number(r.release_weekday), at: r.release_at as string }
        : { kind: 'rolling' },
    minNoticeMinutes: Number(r.min_notice_minutes),
    changeCutoffMinutes: Number(r.change_cutoff_minutes),
    maxPerWeek: Number(r.max_per_week),
    checkInEarlyMinutes: Number(r.check_in_early_minutes),
    checkInLateMinutes: Number(r.check_in_late_minutes),
    noShowLimit: Number(r.no_show_limit),
    noShowBlockDays: Number(r.no_show_block_days),
    updatedAt: new Date(r.updated_at as string),
  };
}

function mapOverride(r: Record<string, unknown>): DateOverride {
  const date = parseLocalDate(r.date_text as string);
  if (r.is_closed) return { date, closed: true, reason: r.reason as string };
  const closedSlots = (r.closed_slots as string[] | null) ?? [];
  return {
    date,
    ...(r.periods ? { periods: r.periods as SlotPeriod[] } : {}),
    ...(r.capacity === null || r.capacity === undefined ? {} : { capacity: Number(r.capacity) }),
    ...(closedSlots.length > 0 ? { closedSlots, reason: r.reason as string } : {}),
  };
}

function mapBooking(r: Record<string, unknown>): BookingRecord {
  return {
    id: r.id as string,
    code: r.code as string,
    mppId: r.mpp_id as string,
    serviceId: r.service_id as string,
    tenantId: r.tenant_id as string,
    citizenAccountId: r.citizen_account_id as string,
    nikHash: r.nik_hash as string,
    startsAt: new Date(r.starts_at as string),
    endsAt: new Date(r.ends_at as string),
    slotDate: parseLocalDate(r.slot_date_text as string),
    dayEndsAt: new Date(r.day_ends_at as string),
    status: r.status as BookingStatus,
    checkedInAt: r.checked_in_at ? new Date(r.checked_in_at as string) : null,
    checkedInLate: r.checked_in_late === true,
    ticketId: (r.ticket_id as string | null) ?? null,
    cancelledBy: (r.cancelled_by as BookingRecord['cancelledBy']) ?? null,
    movedTo: (r.moved_to as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
  };
}

/** The booking module's tables: schedules, date overrides, seats, bookings, kept requests. */
export function createBookingRepository() {
  return {
    /** The services of an MPP whose schedule is switched on. */
    async listEnabledServiceIds(db: Queryable, mppId: string): Promise<string[]> {
      const rows = await db.query<{ service_id: string }>(
        'SELECT service_id FROM booking_schedules WHERE mpp_id = $1 AND is_enabled',
        [mppId],
      );
      return rows.map((r) => r.service_id);
    },

    async findSchedule(db: Queryable, mppId: string, serviceId: string): Promise<Schedule | undefined> {
      const rows = await db.query('SELECT * FROM booking_schedules WHERE mpp_id = $1 AND service_id = $2', [
        mppId,
        serviceId,
      ]);
      return rows[0] ? mapSchedule(rows[0]) : undefined;
    },

    async saveSchedule(tx: Queryable, s: Omit<Schedule, 'updatedAt'>, at: Date): Promise<Schedule> {
      const weekly = s.release.kind === 'weekly' ? s.release : undefined;
      const [row] = await tx.query(
        `INSERT INTO booking_schedules (mpp_id, service_id, tenant_id, is_enabled, slot_minutes, capacity, window_days,
           release_kind, release_weekday, release_at, min_notice_minutes, change_cutoff_minutes, max_per_week,
           check_in_early_minutes, check_in_late_minutes, no_show_limit, no_show_block_days, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $15, $16, $17, $18, $14)
         ON CONFLICT (mpp_id, service_id) DO UPDATE SET tenant_id = EXCLUDED.tenant_id, is_enabled = EXCLUDED.is_enabled,
           slot_minutes = EXCLUDED.slot_minutes, capacity = EXCLUDED.capacity, window_days = EXCLUDED.window_days,
           release_kind = EXCLUDED.release_kind, release_weekday = EXCLUDED.release_weekday, release_at = EXCLUDED.release_at,
           min_notice_minutes = EXCLUDED.min_notice_minutes, change_cutoff_minutes = EXCLUDED.change_cutoff_minutes,
           max_per_week = EXCLUDED.max_per_week, check_in_early_minutes = EXCLUDED.check_in_early_minutes,
           check_in_late_minutes = EXCLUDED.check_in_late_minutes, no_show_limit = EXCLUDED.no_show_limit,
           no_show_block_days = EXCLUDED.no_show_block_days, updated_at = EXCLUDED.updated_at
         RETURNING *`,
        [
          s.mppId,
          s.serviceId,
          s.tenantId,
          s.isEnabled,
          s.slotMinutes,
          s.capacity,
          s.windowDays,
          s.release.kind,
          weekly?.weekday ?? null,
          weekly?.at ?? null,
          s.minNoticeMinutes,
          s.changeCutoffMinutes,
          s.maxPerWeek,
          at,
          s.checkInEarlyMinutes,
          s.checkInLateMinutes,
          s.noShowLimit,
          s.noShowBlockDays,
        ],
      );
      return mapSchedule(row as Record<string, unknown>);
    },

    /** Overrides of the schedule's dates from `from` to `to` (inclusive), by date. */
    async listOverrides(
      db: Queryable,
      mppId: string,
      serviceId: string,
      from: LocalDate,
      to: LocalDate,
    ): Promise<Map<LocalDate, DateOverride>> {
      const rows = await db.query(
        `SELECT *, to_char(date, 'YYYY-MM-DD') AS date_text FROM booking_date_overrides
         WHERE mpp_id = $1 AND service_id = $2 AND date BETWEEN $3 AND $4`,
        [mppId, serviceId, from, to],
      );
      return new Map(rows.map((r) => [parseLocalDate(r.date_text as string), mapOverride(r)]));
    },

    /** Every service's override of one date at an MPP, by service (the staff's day view). */
    async listOverridesOfDay(db: Queryable, mppId: string, date: LocalDate): Promise<Map<string, DateOverride>> {
      const rows = await db.query(
        `SELECT *, to_char(date, 'YYYY-MM-DD') AS date_text FROM booking_date_overrides WHERE mpp_id = $1 AND date = $2`,
        [mppId, date],
      );
      return new Map(rows.map((r) => [r.service_id as string, mapOverride(r)]));
    },

    async saveOverride(tx: Queryable, mppId: string, serviceId: string, o: DateOverride, at: Date): Promise<void> {
      await tx.query(
        `INSERT INTO booking_date_overrides (mpp_id, service_id, date, is_closed, reason, periods, capacity, closed_slots, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (mpp_id, service_id, date) DO UPDATE SET is_closed = EXCLUDED.is_closed, reason = EXCLUDED.reason,
           periods = EXCLUDED.periods, capacity = EXCLUDED.capacity, closed_slots = EXCLUDED.closed_slots,
           updated_at = EXCLUDED.updated_at`,
        [
          mppId,
          serviceId,
          o.date,
          o.closed === true,
          o.reason ?? '',
          o.closed === true || !o.periods ? null : JSON.stringify(o.periods),
          o.closed === true ? null : (o.capacity ?? null),
          o.closed === true ? [] : [...(o.closedSlots ?? [])],
          at,
        ],
      );
    },

    async deleteOverride(tx: Queryable, mppId: string, serviceId: string, date: LocalDate): Promise<boolean> {
      const rows = await tx.query(
        'DELETE FROM booking_date_overrides WHERE mpp_id = $1 AND service_id = $2 AND date = $3 RETURNING date',
        [mppId, serviceId, date],
      );
      return rows.length > 0;
    },

    /** Seats taken per slot start (epoch ms) between two instants. */
    async bookedSeats(
      db: Queryable,
      mppId: string,
      serviceId: string,
      from: Date,
      to: Date,
    ): Promise<Map<number, number>> {
      const rows = await db.query<{ starts_at: string | Date; booked: number }>(
        `SELECT starts_at, booked FROM booking_slots
         WHERE mpp_id = $1 AND service_id = $2 AND starts_at >= $3 AND starts_at < $4 AND booked > 0`,
        [mppId, serviceId, from, to],
      );
      return new Map(rows.map((r) => [new Date(r.starts_at).getTime(), Number(r.booked)]));
    },

    /**
     * Takes a seat of the slot if one is free, as one guarded statement: the slot's row is locked
     * until commit, so concurrent bookings of one slot queue on it and the last seats go to the
     * first to arrive. The capacity is the schedule's of now. Undefined when the slot is full.
     */
    async takeSeat(
      tx: Queryable,
      slot: { mppId: string; serviceId: string; startsAt: Date; date: LocalDate; capacity: number },
    ): Promise<number | undefined> {
      const rows = await tx.query<{ booked: number }>(
        `INSERT INTO booking_slots (mpp_id, service_id, starts_at, slot_date, capacity, booked)
         VALUES ($1, $2, $3, $4, $5, 1)
         ON CONFLICT (mpp_id, service_id, starts_at) DO UPDATE
           SET booked = booking_slots.booked + 1, capacity = EXCLUDED.capacity
           WHERE booking_slots.booked < EXCLUDED.capacity
         RETURNING booked`,
        [slot.mppId, slot.serviceId, slot.startsAt, slot.date, slot.capacity],
      );
      return rows[0] ? Number(rows[0].booked) : undefined;
    },

    /** Gives a seat back (a cancellation): free at once for the next booking. */
    async freeSeat(tx: Queryable, b: { mppId: string; serviceId: string; startsAt: Date }): Promise<void> {
      await tx.query(
        `UPDATE booking_slots SET booked = booked - 1
         WHERE mpp_id = $1 AND service_id = $2 AND starts_at = $3 AND booked > 0`,
        [b.mppId, b.serviceId, b.startsAt],
      );
    },

    /** Serialises the bookings of one person for one service until commit (limits per person). */
    async lockPerson(tx: Queryable, nikHash: string, serviceId: string): Promise<void> {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `booking-person:${nikHash}:${serviceId}`,
      ]);
    },

    /** The person's confirmed bookings of the service starting between two instants. */
    async listActiveOfPerson(
      db: Queryable,
      nikHash: string,
      serviceId: string,
      from: Date,
      to: Date,
    ): Promise<BookingRecord[]> {
      const rows = await db.query(
        `SELECT ${BOOKING_COLUMNS} FROM bookings
         WHERE nik_hash = $1 AND service_id = $2 AND status = 'confirmed' AND starts_at >= $3 AND starts_at < $4
         ORDER BY starts_at`,
        [nikHash, serviceId, from, to],
      );
      return rows.map(mapBooking);
    },

    /** The booking row of a seat already held (the waitlist's). */
    async insertBooking(tx: Queryable, b: NewBooking): Promise<BookingRecord> {
      const [row] = await tx.query(
        `INSERT INTO bookings ${BOOKING_INSERT_COLUMNS} VALUES (${BOOKING_INSERT_VALUES}) RETURNING ${BOOKING_COLUMNS}`,
        bookingParams(b),
      );
      return mapBooking(row as Record<string, unknown>);
    },

    /**
     * Takes a seat of the slot and writes the booking in one statement, if a seat is free: the
     * slot's row stays locked until commit, so concurrent bookings of one slot queue on it and the
     * last seats go to the first to arrive. Last in its transaction, so the lock is held for the
     * commit only. The capacity is the schedule's of now. Undefined when the slot is full.
     */
    async seatAndBook(tx: Queryable, b: NewBooking, capacity: number): Promise<BookingRecord | undefined> {
      const rows = await tx.query(
        `WITH seat AS (
           INSERT INTO booking_slots (mpp_id, service_id, starts_at, slot_date, capacity, booked)
           VALUES ($3::uuid, $4::uuid, $8::timestamptz, $10::date, $13::integer, 1)
           ON CONFLICT (mpp_id, service_id, starts_at) DO UPDATE
             SET booked = booking_slots.booked + 1, capacity = EXCLUDED.capacity
             WHERE booking_slots.booked < EXCLUDED.capacity
           RETURNING booked
         )
         INSERT INTO bookings ${BOOKING_INSERT_COLUMNS} SELECT ${BOOKING_INSERT_VALUES} FROM seat
         RETURNING ${BOOKING_COLUMNS}`,
        [...bookingParams(b), capacity],
      );
      return rows[0] ? mapBooking(rows[0]) : undefined;
    },

    /** The citizen's booking (another citizen's is not found); `lock` holds it until commit. */
    async findOwnBooking(
      db: Queryable,
      citizenAccountId: string,
      id: string,
      lock = false,
    ): Promise<BookingRecord | undefined> {
      const rows = await db.query(
        `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE id = $1 AND citizen_account_id = $2${lock ? ' FOR UPDATE' : ''}`,
        [id, citizenAccountId],
      );
      return rows[0] ? mapBooking(rows[0]) : undefined;
    },

    async listOwnBookings(db: Queryable, citizenAccountId: string, since: Date): Promise<BookingRecord[]> {
      const rows = await db.query(
        `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE citizen_account_id = $1 AND starts_at >= $2
         ORDER BY starts_at LIMIT 100`,
        [citizenAccountId, since],
      );
      return rows.map(mapBooking);
    },

    /** Moves a confirmed booking to another status; undefined when it was no longer confirmed. */
    async endBooking(
      tx: Queryable,
      id: string,
      status: Exclude<BookingStatus, 'confirmed'>,
      cancelledBy: BookingRecord['cancelledBy'],
      at: Date,
      movedTo: string | null = null,
      reason: string | null = null,
    ): Promise<BookingRecord | undefined> {
      const rows = await tx.query(
        `UPDATE bookings SET status = $2, cancelled_by = $3, updated_at = $4, moved_to = $5, cancel_reason = $6
         WHERE id = $1 AND status = 'confirmed' RETURNING ${BOOKING_COLUMNS}`,
        [id, status, cancelledBy, at, movedTo, reason],
      );
      return rows[0] ? mapBooking(rows[0]) : undefined;
    },

    /** A booking by its code at an MPP (what the kiosk and the counter read). */
    async findByCode(db: Queryable, mppId: string, code: string): Promise<BookingRecord | undefined> {
      const rows = await db.query(`SELECT ${BOOKING_COLUMNS} FROM bookings WHERE mpp_id = $1 AND code = $2`, [
        mppId,
        code,
      ]);
      return rows[0] ? mapBooking(rows[0]) : undefined;
    },

    /** Claims a confirmed booking for its check-in; undefined when it was no longer confirmed. */
    async claimCheckIn(db: Queryable, id: string, late: boolean, at: Date): Promise<BookingRecord | undefined> {
      const rows = await db.query(
        `UPDATE bookings SET status = 'checked_in', checked_in_at = $2, checked_in_late = $3, updated_at = $2
         WHERE id = $1 AND status = 'confirmed' RETURNING ${BOOKING_COLUMNS}`,
        [id, at, late],
      );
      return rows[0] ? mapBooking(rows[0]) : undefined;
    },

    /** Gives a claimed check-in back (no ticket could be issued). */
    async releaseCheckIn(db: Queryable, id: string, at: Date): Promise<void> {
      await db.query(
        `UPDATE bookings SET status = 'confirmed', checked_in_at = NULL, checked_in_late = NULL, updated_at = $2
         WHERE id = $1 AND status = 'checked_in' AND ticket_id IS NULL`,
        [id, at],
      );
    },

    async setTicket(db: Queryable, id: string, ticketId: string): Promise<void> {
      await db.query('UPDATE bookings SET ticket_id = $2 WHERE id = $1', [id, ticketId]);
    },

    /** Confirmed bookings of a service on a date, locked until commit (a manager's change to the date). */
    async lockDay(tx: Queryable, mppId: string, serviceId: string, date: LocalDate): Promise<BookingRecord[]> {
      const rows = await tx.query(
        `SELECT ${BOOKING_COLUMNS} FROM bookings
         WHERE mpp_id = $1 AND service_id = $2 AND slot_date = $3 AND status = 'confirmed' ORDER BY starts_at FOR UPDATE`,
        [mppId, serviceId, date],
      );
      return rows.map(mapBooking);
    },

    /** Every booking of an MPP on a date, in start order (staff's day view). */
    async listDay(db: Queryable, mppId: string, date: LocalDate): Promise<BookingRecord[]> {
      const rows = await db.query(
        `SELECT ${BOOKING_COLUMNS} FROM bookings WHERE mpp_id = $1 AND slot_date = $2 ORDER BY starts_at, created_at`,
        [mppId, date],
      );
      return rows.map(mapBooking);
    },

    /** Schedules of the MPP's services (the day view's services). */
    async listSchedules(db: Queryable, mppId: string): Promise<Schedule[]> {
      const rows = await db.query('SELECT * FROM booking_schedules WHERE mpp_id = $1', [mppId]);
      return rows.map(mapSchedule);
    },

    /** Confirmed bookings whose reminder of this kind is due now, soonest first. */
    async dueReminders(db: Queryable, kind: ReminderKind, now: Date, limit: number): Promise<BookingRecord[]> {
      const lead = kind === 'day' ? REMIND_DAY_HOURS : REMIND_SOON_HOURS;
      const column = kind === 'day' ? 'reminded_day_at' : 'reminded_soon_at';
      // The day-before reminder is skipped once the two-hour one is due (the job was down).
      const after = kind === 'day' ? `$1::timestamptz + interval '${REMIND_SOON_HOURS} hours'` : '$1::timestamptz';
      const rows = await db.query(
        `SELECT ${BOOKING_COLUMNS} FROM bookings
         WHERE status = 'confirmed' AND ${column} IS NULL
           AND starts_at <= $1::timestamptz + interval '${lead} hours' AND starts_at > ${after}
         ORDER BY starts_at LIMIT $2`,
        [now, limit],
      );
      return rows.map(mapBooking);
    },

    /** Marks reminders as written; the ids this node won (another node may have taken some). */
    async claimReminders(tx: Queryable, kind: ReminderKind, ids: readonly string[], now: Date): Promise<string[]> {
      const column = kind === 'day' ? 'reminded_day_at' : 'reminded_soon_at';
      const rows = await tx.query<{ id: string }>(
        `UPDATE bookings SET ${column} = $2 WHERE id = ANY($1::uuid[]) AND ${column} IS NULL AND status = 'confirmed'
         RETURNING id`,
        [ids, now],
      );
      return rows.map((r) => r.id);
    },

    /** Confirmed bookings whose service day has ended become no-shows; how many. */
    async markNoShows(db: Queryable, now: Date): Promise<number> {
      const rows = await db.query(
        `UPDATE bookings SET status = 'no_show', updated_at = $1
         WHERE status = 'confirmed' AND day_ends_at <= $1 RETURNING id`,
        [now],
      );
      return rows.length;
    },

    /** When the person missed bookings of the service since `since`. */
    async noShowsOf(db: Queryable, nikHash: string, serviceId: string, since: Date): Promise<Date[]> {
      const rows = await db.query<{ starts_at: string | Date }>(
        `SELECT starts_at FROM bookings WHERE nik_hash = $1 AND service_id = $2 AND status = 'no_show' AND starts_at >= $3`,
        [nikHash, serviceId, since],
      );
      return rows.map((r) => new Date(r.starts_at));
    },

    /**
     * Registers a request with an Idempotency-Key, or tells what became of the first one (kept 24
     * hours: an older one is replaced).
     */
    async beginRequest(
      db: Queryable,
      accountId: string,
      key: string,
      requestHash: string,
      at: Date,
    ): Promise<StoredRequest> {
      await db.query(
        `DELETE FROM booking_requests WHERE account_id = $1 AND idempotency_key = $2 AND created_at < $3::timestamptz - interval '24 hours'`,
        [accountId, key, at],
      );
      const inserted = await db.query(
        `INSERT INTO booking_requests (account_id, idempotency_key, request_hash, state, created_at)
         VALUES ($1, $2, $3, 'in_flight', $4) ON CONFLICT (account_id, idempotency_key) DO NOTHING RETURNING state`,
        [accountId, key, requestHash, at],
      );
      if (inserted.length > 0) return { state: 'new' };
      const [row] = await db.query<{
        request_hash: string;
        state: string;
        status_code: number | null;
        response: unknown;
      }>(
        'SELECT request_hash, state, status_code, response FROM booking_requests WHERE account_id = $1 AND idempotency_key = $2',
        [accountId, key],
      );
      if (!row) return { state: 'new' };
      if (row.state === 'in_flight') return { state: 'in_flight', requestHash: row.request_hash };
      return {
        state: 'done',
        requestHash: row.request_hash,
        statusCode: Number(row.status_code),
        response: typeof row.response === 'string' ? JSON.parse(row.response) : row.response,
      };
    },

    async finishRequest(db: Queryable, accountId: string, key: string, statusCode: number, response: unknown) {
      await db.query(
        `UPDATE booking_requests SET state = 'done', status_code = $3, response = $4
         WHERE account_id = $1 AND idempotency_key = $2`,
        [accountId, key, statusCode, JSON.stringify(response)],
      );
    },

    /** Forgets a request that failed unexpectedly, so a retry is handled afresh. */
    async dropRequest(db: Queryable, accountId: string, key: string) {
      await db.query('DELETE FROM booking_requests WHERE account_id = $1 AND idempotency_key = $2', [accountId, key]);
    },
  };
}

export type BookingRepository = ReturnType<typeof createBookingRepository>;
