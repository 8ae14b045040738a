import { type LocalDate, parseLocalDate } from '../../domain/time/index.js';
import type { Queryable } from '../../platform/db/database.js';

export type WaitlistStatus = 'waiting' | 'offered' | 'booked' | 'expired' | 'left' | 'closed';

/** A citizen's place in line for a full day of a service at an MPP. */
export type WaitlistEntry = {
  id: string;
  mppId: string;
  serviceId: string;
  date: LocalDate;
  citizenAccountId: string;
  nikHash: string;
  status: WaitlistStatus;
  offer: { startsAt: Date; endsAt: Date; expiresAt: Date } | null;
  bookingId: string | null;
  createdAt: Date;
};

const COLUMNS = `*, to_char(slot_date, 'YYYY-MM-DD') AS date_text`;

function mapEntry(r: Record<string, unknown>): WaitlistEntry {
  return {
    id: r.id as string,
    mppId: r.mpp_id as string,
    serviceId: r.service_id as string,
    date: parseLocalDate(r.date_text as string),
    citizenAccountId: r.citizen_account_id as string,
    nikHash: r.nik_hash as string,
    status: r.status as WaitlistStatus,
    offer: r.offered_starts_at
      ? {
          startsAt: new Date(r.offered_starts_at as string),
          endsAt: new Date(r.offered_ends_at as string),
          expiresAt: new Date(r.offer_expires_at as string),
        }
      : null,
    bookingId: (r.booking_id as string | null) ?? null,
    createdAt: new Date(r.created_at as string),
  };
}

/** The waitlist of full days: one place per person per service per day, first come first served. */
export function createWaitlistRepository() {
  return {
    /** A new place at the end of the line; undefined when the person already has one for that day. */
    async insert(
      tx: Queryable,
      e: Pick<WaitlistEntry, 'id' | 'mppId' | 'serviceId' | 'date' | 'citizenAccountId' | 'nikHash' | 'createdAt'> & {
        dayEndsAt: Date;
      },
    ): Promise<WaitlistEntry | undefined> {
      const rows = await tx.query(
        `INSERT INTO booking_waitlist (id, mpp_id, service_id, slot_date, citizen_account_id, nik_hash, status, day_ends_at,
           created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'waiting', $7, $8, $8)
         ON CONFLICT (nik_hash, service_id, slot_date) WHERE status IN ('waiting', 'offered') DO NOTHING
         RETURNING ${COLUMNS}`,
        [e.id, e.mppId, e.serviceId, e.date, e.citizenAccountId, e.nikHash, e.dayEndsAt, e.createdAt],
      );
      return rows[0] ? mapEntry(rows[0]) : undefined;
    },

    /** The citizen's entry (another citizen's is not found); `lock` holds it until commit. */
    async findOwn(q: Queryable, accountId: string, id: string, lock = false): Promise<WaitlistEntry | undefined> {
      const rows = await q.query(
        `SELECT ${COLUMNS} FROM booking_waitlist WHERE id = $1 AND citizen_account_id = $2${lock ? ' FOR UPDATE' : ''}`,
        [id, accountId],
      );
      return rows[0] ? mapEntry(rows[0]) : undefined;
    },

    async listOwn(q: Queryable, accountId: string, since: LocalDate): Promise<WaitlistEntry[]> {
      const rows = await q.query(
        `SELECT ${COLUMNS} FROM booking_waitlist WHERE citizen_account_id = $1 AND slot_date >= $2
         ORDER BY slot_date, created_at LIMIT 100`,
        [accountId, since],
      );
      return rows.map(mapEntry);
    },

    /** How many wait ahead of this entry in its line. */
    async positionOf(q: Queryable, e: WaitlistEntry): Promise<number> {
      const [row] = await q.query<{ ahead: number }>(
        `SELECT count(*)::int AS ahead FROM booking_waitlist
         WHERE mpp_id = $1 AND service_id = $2 AND slot_date = $3 AND status = 'waiting'
           AND (created_at, id) < ($4::timestamptz, $5::uuid)`,
        [e.mppId, e.serviceId, e.date, e.createdAt, e.id],
      );
      return Number(row?.ahead ?? 0) + 1;
    },

    /** The dates (of `dates`, or all) whose line still has someone waiting and has not ended, in order. */
    async datesWaiting(
      q: Queryable,
      at: { mppId: string; serviceId: string },
      now: Date,
      dates?: readonly LocalDate[],
    ): Promise<LocalDate[]> {
      const rows = await q.query<{ date: string }>(
        `SELECT DISTINCT to_char(slot_date, 'YYYY-MM-DD') AS date FROM booking_waitlist
         WHERE mpp_id = $1 AND service_id = $2 AND status = 'waiting' AND day_ends_at > $3
           AND ($4::date[] IS NULL OR slot_date = ANY($4::date[]))
         ORDER BY 1`,
        [at.mppId, at.serviceId, now, dates ? [...dates] : null],
      );
      return rows.map((r) => parseLocalDate(r.date));
    },

    /** The first still waiting for the day, locked (another node offering at once skips it). */
    async lockFirstWaiting(
      tx: Queryable,
      at: { mppId: string; serviceId: string; date: LocalDate },
    ): Promise<WaitlistEntry | undefined> {
      const rows = await tx.query(
        `SELECT ${COLUMNS} FROM booking_waitlist
         WHERE mpp_id = $1 AND service_id = $2 AND slot_date = $3 AND status = 'waiting'
         ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
        [at.mppId, at.serviceId, at.date],
      );
      return rows[0] ? mapEntry(rows[0]) : undefined;
    },

    async offer(tx: Queryable, id: string, offer: NonNullable<WaitlistEntry['offer']>, at: Date): Promise<void> {
      await tx.query(
        `UPDATE booking_waitlist SET status = 'offered', offered_starts_at = $2, offered_ends_at = $3,
           offer_expires_at = $4, updated_at = $5 WHERE id = $1`,
        [id, offer.startsAt, offer.endsAt, offer.expiresAt, at],
      );
    },

    /** Ends an entry: booked (with its booking), left, expired or closed; the held seat is the caller's to free. */
    async end(
      tx: Queryable,
      id: string,
      status: Exclude<WaitlistStatus, 'waiting' | 'offered'>,
      at: Date,
      bookingId: string | null = null,
    ): Promise<void> {
      await tx.query(
        `UPDATE booking_waitlist SET status = $2, booking_id = $3, offered_starts_at = NULL, offered_ends_at = NULL,
           offer_expires_at = NULL, updated_at = $4 WHERE id = $1`,
        [id, status, bookingId, at],
      );
    },

    /** Offers whose time ran out; in a transaction, locked (each node takes its own). */
    async lockLapsedOffers(tx: Queryable, now: Date, limit: number): Promise<WaitlistEntry[]> {
      const rows = await tx.query(
        `SELECT ${COLUMNS} FROM booking_waitlist WHERE status = 'offered' AND offer_expires_at <= $1
         ORDER BY offer_expires_at LIMIT $2 FOR UPDATE SKIP LOCKED`,
        [now, limit],
      );
      return rows.map(mapEntry);
    },

    /** Places still waiting when their day ended lapse. */
    async expireEndedDays(q: Queryable, now: Date): Promise<number> {
      const rows = await q.query(
        `UPDATE booking_waitlist SET status = 'expired', updated_at = $1
         WHERE status = 'waiting' AND day_ends_at <= $1 RETURNING id`,
        [now],
      );
      return rows.length;
    },

    /** A day a manager closed: its line ends; offered seats are returned by the caller. */
    async lockDay(tx: Queryable, at: { mppId: string; serviceId: string; date: LocalDate }): Promise<WaitlistEntry[]> {
      const rows = await tx.query(
        `SELECT ${COLUMNS} FROM booking_waitlist
         WHERE mpp_id = $1 AND service_id = $2 AND slot_date = $3 AND status IN ('waiting', 'offered') FOR UPDATE`,
        [at.mppId, at.serviceId, at.date],
      );
      return rows.map(mapEntry);
    },
  };
}

export type WaitlistRepository = ReturnType<typeof createWaitlistRepository>;
