import { offerExpiry, type Slot } from '../../domain/booking/index.js';
import {
  addDays,
  type LocalDate,
  parseLocalDate,
  readableDateTime,
  startOfServiceDay,
  toZonedIso,
} from '../../domain/time/index.js';
import type { Principal } from '../../domain/identity/access.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import { withExtensions } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import type { WaitlistEntry, WaitlistRepository } from './booking-waitlist.repository.js';
import { failBooking } from './booking.errors.js';
import type { BookingNotices, NoticeSubject } from './booking.notices.js';
import type { BookingIdentity, BookingPerson, Facts, OfferedService } from './booking.ports.js';
import type { BookingRecord, BookingRepository, Schedule } from './booking.repository.js';

type At = { facts: Facts; service: OfferedService; schedule: Schedule };
type ListedSlot = {
  slot: Slot;
  seatsLeft: number;
  state: 'open' | 'full' | 'not_yet_open' | 'closed';
  opensAt: Date | null;
};

/** What the waitlist borrows from booking: the catalogue facts, the rules, the seat and the booking row. */
export type WaitlistCore = {
  db: Database;
  clock: Clock;
  bookings: BookingRepository;
  entries: WaitlistRepository;
  identity: BookingIdentity;
  notices: BookingNotices;
  rules(mppRef: string, serviceRef: string): Promise<At>;
  slotsOn(q: Queryable, at: At, date: LocalDate): Promise<readonly Slot[]>;
  listDay(at: At, date: LocalDate): Promise<ListedSlot[]>;
  inWindow(at: At, date: LocalDate): boolean;
  verifiedPerson(accountId: string, at: At, asking?: Principal): Promise<BookingPerson & { nikHash: string }>;
  checkLimits(tx: Queryable, nikHash: string, schedule: Schedule, slot: Slot, replacing?: string): Promise<void>;
  writeBooking(tx: Queryable, at: At, slot: Slot, who: { accountId: string; nikHash: string }): Promise<BookingRecord>;
  confirm(tx: Queryable, b: BookingRecord, person: BookingPerson | undefined, at: At): Promise<unknown>;
  subjectOf(b: { citizenAccountId: string; serviceId: string; startsAt: Date }, facts: Facts): NoticeSubject;
};

/**
 * The waitlist of a full day. A citizen joins the line of a day with no seat left; when a seat of
 * that day is freed (a cancellation, a move, an offer that lapsed), it is not put back on sale
 * but held, in the same transaction, for the first in line, who is told and has a while to
 * accept (WAITLIST_OFFER_MINUTES; then it goes to the next). Accepting turns the held seat into a booking.
 */
export function createWaitlist(core: WaitlistCore) {
  const { db, clock, bookings, entries, identity, notices } = core;

  async function view(e: WaitlistEntry, at: Pick<At, 'facts' | 'service'>, q: Queryable = db) {
    const zone = at.facts.place.timeZone;
    return {
      id: e.id,
      status: e.status,
      mpp: { id: at.facts.place.id, slug: at.facts.place.slug, name: at.facts.place.name, timeZone: zone },
      service: { id: at.service.id, slug: at.service.slug, name: at.service.name },
      date: e.date,
      position: e.status === 'waiting' ? await entries.positionOf(q, e) : null,
      offer: e.offer
        ? {
            startsAt: toZonedIso(e.offer.startsAt, zone),
            endsAt: toZonedIso(e.offer.endsAt, zone),
            expiresAt: toZonedIso(e.offer.expiresAt, zone),
          }
        : null,
      bookingId: e.bookingId,
      createdAt: toZonedIso(e.createdAt, zone),
    };
  }

  /**
   * Holds a seat of the slot for the first in line of its day, in the caller's transaction:
   * `nobody` when no one waits, `too_soon` when the slot starts too soon to be booked, `full`
   * when it has no seat left.
   */
  async function offerSeat(
    tx: Queryable,
    at: At,
    date: LocalDate,
    slot: Slot,
  ): Promise<'offered' | 'nobody' | 'too_soon' | 'full'> {
    const now = clock.now();
    const expiresAt = offerExpiry(now, slot.start, at.schedule.minNoticeMinutes);
    if (!expiresAt) return 'too_soon';
    const next = await entries.lockFirstWaiting(tx, { mppId: at.facts.place.id, serviceId: at.service.id, date });
    if (!next) return 'nobody';
    const held = await bookings.takeSeat(tx, {
      mppId: at.facts.place.id,
      serviceId: at.service.id,
      startsAt: slot.start,
      date,
      capacity: slot.capacity,
    });
    if (held === undefined) return 'full';
    await entries.offer(tx, next.id, { startsAt: slot.start, endsAt: slot.end, expiresAt }, now);
    const person = await identity.citizenIdentity(next.citizenAccountId, { q: tx });
    await notices.send(
      tx,
      person,
      'booking.waitlist_offered',
      core.subjectOf(
        { citizenAccountId: next.citizenAccountId, serviceId: at.service.id, startsAt: slot.start },
        at.facts,
      ),
      (language) => ({ expires: readableDateTime(expiresAt, at.facts.place.timeZone, language, { timeOnly: true }) }),
      `${next.id}:${slot.key}`,
    );
    return 'offered';
  }

  /**
   * Holds a freed seat of the slot starting at `start` for the first in line of its day, in the
   * caller's transaction (right after the seat was given back). False when nobody waits, the
   * slot is gone, or it starts too soon to be booked.
   */
  async function offerFreed(tx: Queryable, at: At, date: LocalDate, start: Date): Promise<boolean> {
    const slot = (await core.slotsOn(tx, at, date)).find((s) => s.start.getTime() === start.getTime());
    return slot !== undefined && (await offerSeat(tx, at, date, slot)) === 'offered';
  }

  /**
   * Offers the seats a manager opened (a larger capacity, a date or slots opened again) to those
   * waiting for these dates (every date with a line when `dates` is undefined), in the caller's
   * transaction: slot by slot in time order, a seat each, while anyone waits. How many were offered.
   */
  async function offerOpened(tx: Queryable, at: At, dates?: readonly LocalDate[]): Promise<number> {
    if (!at.schedule.isEnabled) return 0;
    let offered = 0;
    const place = { mppId: at.facts.place.id, serviceId: at.service.id };
    for (const date of await entries.datesWaiting(tx, place, clock.now(), dates)) {
      const slots = await core.slotsOn(tx, at, date);
      const first = slots[0];
      const last = slots.at(-1);
      if (!first || !last) continue;
      const booked = await bookings.bookedSeats(tx, place.mppId, place.serviceId, first.start, last.end);
      day: for (const slot of slots) {
        for (let free = slot.capacity - (booked.get(slot.start.getTime()) ?? 0); free > 0; free--) {
          const outcome = await offerSeat(tx, at, date, slot);
          if (outcome === 'nobody') break day;
          if (outcome !== 'offered') break;
          offered += 1;
        }
      }
    }
    return offered;
  }

  /** Ends an offered entry and passes its seat to the next in line (or back on sale). */
  async function release(tx: Queryable, e: WaitlistEntry, status: 'left' | 'expired' | 'closed', at: At | undefined) {
    await entries.end(tx, e.id, status, clock.now());
    if (!e.offer) return;
    await bookings.freeSeat(tx, { mppId: e.mppId, serviceId: e.serviceId, startsAt: e.offer.startsAt });
    if (at && status !== 'closed') await offerFreed(tx, at, e.date, e.offer.startsAt);
  }

  async function atOf(e: WaitlistEntry): Promise<At | undefined> {
    return core.rules(e.mppId, e.serviceId).catch(() => undefined);
  }

  return {
    offerFreed,
    offerOpened,

    /** Joins the line of a full day (one place per person per service per day). */
    async join(accountId: string, input: { mppRef: string; serviceRef: string; date: LocalDate }, asking?: Principal) {
      const at = await core.rules(input.mppRef, input.serviceRef);
      const zone = at.facts.place.timeZone;
      const day = core.inWindow(at, input.date) ? await core.listDay(at, input.date) : [];
      if (day.length === 0)
        throw failBooking('booking.slot_closed', {
          reason: 'tidak ada slot yang bisa dipesan pada tanggal ini / no bookable slot on this date',
        });
      const seats = day.filter((e) => e.state === 'open').reduce((sum, e) => sum + e.seatsLeft, 0);
      if (seats > 0) throw failBooking('booking.day_has_seats', { date: input.date, seats });
      const opensAt = day.find((e) => e.state === 'not_yet_open')?.opensAt;
      if (opensAt && !day.some((e) => e.state === 'full')) {
        const opens = toZonedIso(opensAt, zone);
        throw withExtensions(failBooking('booking.not_yet_open', { opensAt: opens.replace('T', ' ').slice(0, 16) }), {
          opensAt: opens,
        });
      }
      if (!day.some((e) => e.state === 'full'))
        throw failBooking('booking.slot_closed', { reason: "slot hari ini sudah lewat / the day's slots have passed" });
      const person = await core.verifiedPerson(accountId, at, asking);
      const made = await db.transaction(async (tx) => {
        const mine = await bookings.listActiveOfPerson(
          tx,
          person.nikHash,
          at.service.id,
          startOfServiceDay(input.date, zone),
          startOfServiceDay(addDays(input.date, 1), zone),
        );
        if (mine[0]) throw failBooking('booking.one_per_day', { date: input.date, code: mine[0].code });
        const entry = await entries.insert(tx, {
          id: newId(),
          mppId: at.facts.place.id,
          serviceId: at.service.id,
          date: input.date,
          citizenAccountId: accountId,
          nikHash: person.nikHash,
          createdAt: clock.now(),
          dayEndsAt: startOfServiceDay(addDays(input.date, 1), zone),
        });
        if (!entry) throw failBooking('booking.already_waiting', { date: input.date });
        return view(entry, at, tx);
      });
      return made;
    },

    /** Takes the seat held for the citizen: a confirmed booking (the usual limits apply). */
    async accept(accountId: string, id: string, asking?: Principal) {
      const found = await entries.findOwn(db, accountId, id);
      if (!found) throw failBooking('booking.waitlist_not_found', { ref: id });
      const at = await core.rules(found.mppId, found.serviceId);
      const person = await identity.citizenIdentity(accountId, { asking });
      const zone = at.facts.place.timeZone;
      return db.transaction(async (tx) => {
        const e = await entries.findOwn(tx, accountId, id, true);
        if (!e?.offer || e.status !== 'offered' || e.offer.expiresAt.getTime() <= clock.now().getTime())
          throw failBooking('booking.offer_gone', { status: e?.status ?? 'expired' });
        const starts = toZonedIso(e.offer.startsAt, zone).slice(11, 16);
        const slot: Slot = {
          key: `${e.date}T${starts}`,
          date: e.date,
          starts,
          ends: toZonedIso(e.offer.endsAt, zone).slice(11, 16),
          start: e.offer.startsAt,
          end: e.offer.endsAt,
          capacity: at.schedule.capacity,
        };
        await core.checkLimits(tx, e.nikHash, at.schedule, slot);
        const booking = await core.writeBooking(tx, at, slot, { accountId, nikHash: e.nikHash });
        await entries.end(tx, e.id, 'booked', clock.now(), booking.id);
        await core.confirm(tx, booking, person, at);
        return booking;
      });
    },

    /** Leaves the line; a seat held for the citizen goes to the next in line. */
    async leave(accountId: string, id: string) {
      const found = await entries.findOwn(db, accountId, id);
      if (!found) throw failBooking('booking.waitlist_not_found', { ref: id });
      const at = await core.rules(found.mppId, found.serviceId);
      return db.transaction(async (tx) => {
        const e = await entries.findOwn(tx, accountId, id, true);
        if (!e || (e.status !== 'waiting' && e.status !== 'offered'))
          throw failBooking('booking.offer_gone', { status: e?.status ?? 'left' });
        await release(tx, e, 'left', at);
        return view({ ...e, status: 'left', offer: null }, at, tx);
      });
    },

    /** The citizen's places in line from yesterday on. */
    async mine(accountId: string) {
      // From yesterday in the easternmost zone's terms: every MPP's yesterday is on or after it.
      const since = parseLocalDate(new Date(clock.now().getTime() - 2 * 86_400_000).toISOString().slice(0, 10));
      const list = await entries.listOwn(db, accountId, since);
      const out = [];
      for (const e of list) {
        const at = await atOf(e);
        if (at) out.push(await view(e, at));
      }
      return out;
    },

    /** Offers that lapsed go to the next in line; places whose day ended lapse (a job). */
    async expire(limit = 200): Promise<number> {
      // The rules of each line are read first: the embedded database has one connection, which
      // the transaction holds.
      const ats = new Map<string, At | undefined>();
      for (const e of await entries.lockLapsedOffers(db, clock.now(), limit)) {
        const key = `${e.mppId}:${e.serviceId}`;
        if (!ats.has(key)) ats.set(key, await atOf(e));
      }
      if (ats.size === 0) return entries.expireEndedDays(db, clock.now());
      const lapsed = await db.transaction(async (tx) => {
        const due = await entries.lockLapsedOffers(tx, clock.now(), limit);
        for (const e of due) await release(tx, e, 'expired', ats.get(`${e.mppId}:${e.serviceId}`));
        return due.length;
      });
      return lapsed + (await entries.expireEndedDays(db, clock.now()));
    },

    /**
     * A manager's change to a date, in its transaction: when the day closes, its line ends; an
     * offer whose slot is gone ends too (the seat goes nowhere: the slot is closed).
     */
    async dateChanged(tx: Queryable, at: At, date: LocalDate, remaining: ReadonlySet<number>, dayClosed: boolean) {
      for (const e of await entries.lockDay(tx, { mppId: at.facts.place.id, serviceId: at.service.id, date })) {
        if (dayClosed || (e.offer && !remaining.has(e.offer.startsAt.getTime()))) await release(tx, e, 'closed', at);
      }
    },
  };
}

export type Waitlist = ReturnType<typeof createWaitlist>;
