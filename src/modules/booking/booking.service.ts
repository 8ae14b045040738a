import { createHash, randomInt } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import {
  BOOKING_CODE_ALPHABET,
  BOOKING_CODE_LENGTH,
  type BookingWindow,
  blockedUntil,
  bookabilityOf,
  canChange,
  checkInAt,
  checkSchedule,
  checkWindow,
  type DateOverride,
  parseSlotKey,
  type Slot,
  slotsOn,
  windowDates,
} from '../../domain/booking/index.js';
import { type Principal, type Scope, scopeReachesMpp } from '../../domain/identity/access.js';
import {
  addDays,
  daysBetween,
  type LocalDate,
  readableDateTime,
  startOfServiceDay,
  toZonedIso,
} from '../../domain/time/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Database, Queryable } from '../../platform/db/database.js';
import { withExtensions } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import type { NoticeSubject, BookingNotices } from './booking.notices.js';
import type { BookingRecord, BookingRepository, NewBooking, ReminderKind, Schedule } from './booking.repository.js';
import { createWaitlistRepository } from './booking-waitlist.repository.js';
import { createWaitlist } from './booking-waitlist.service.js';
import { bookingCalendar } from './booking.calendar.js';
import { createDayView } from './booking.day-view.js';
import { failBooking } from './booking.errors.js';
import type {
  BookingAudit,
  BookingDirectory,
  BookingIdentity,
  BookingPerson,
  BookingQueue,
  Facts,
  Manager,
  MppPlace,
  OfferedService,
} from './booking.ports.js';

/** How many free slots a "full" answer proposes. */
const ALTERNATIVES = 5;
/** Rolls a booking or a reschedule back when the slot is full (then answered with alternatives). */
const SLOT_FULL = new Error('slot full');
/** Batches of reminders one round of the job writes at most, per kind. */
const REMINDER_ROUNDS = 50;
/** How long a node reuses what a rush reads again and again (schedule, override, a slot seen full). */
const RECENT_MS = 1_000;
/** The longest range of dates one slot listing covers. */
export const MAX_LISTING_DAYS = 31;

export type BookRequest = { mppRef: string; serviceRef: string; slotKey: string };

export type ScheduleInput = BookingWindow & {
  isEnabled: boolean;
  slotMinutes: number;
  capacity: number;
  maxPerWeek: number;
  checkInEarlyMinutes: number;
  checkInLateMinutes: number;
  noShowLimit: number;
  noShowBlockDays: number;
};

/** Who checks a citizen in: a paired kiosk of the MPP, or an officer or manager there. */
export type CheckInPoint = { kind: 'kiosk'; mppId: string } | { kind: 'counter'; scope: Scope };

function newCode(): string {
  let code = '';
  for (let k = 0; k < BOOKING_CODE_LENGTH; k++) code += BOOKING_CODE_ALPHABET[randomInt(BOOKING_CODE_ALPHABET.length)];
  return code;
}

/** A date's override as the listing shows it (the console marks and prefills changed dates). */
function overrideOut(o: DateOverride) {
  return o.closed
    ? { closed: true, reason: o.reason, periods: null, capacity: null, closedSlots: [] }
    : {
        closed: false,
        reason: o.reason ?? null,
        periods: o.periods ? [...o.periods] : null,
        capacity: o.capacity ?? null,
        closedSlots: [...(o.closedSlots ?? [])],
      };
}

function isUniqueViolation(error: unknown, index: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string };
  return e?.code === '23505' && (e.constraint === index || (e.message ?? '').includes(index));
}

export function createBookingService(deps: {
  db: Database;
  clock: Clock;
  repository: BookingRepository;
  directory: BookingDirectory;
  identity: BookingIdentity;
  queue: BookingQueue;
  audit: BookingAudit;
  notices: BookingNotices;
  placesTtlMs?: number | undefined;
}) {
  const { db, clock, repository, directory, identity, queue, audit, notices } = deps;
  // Catalogue facts change a few times a year; listings are read many times a second in a rush.
  const places = new LRUCache<string, Facts>({ max: 2_000, ttl: deps.placesTtlMs ?? 30_000 });

  async function factsOf(ref: string): Promise<Facts> {
    const cached = places.get(ref);
    if (cached) return cached;
    const place = await directory.findPlace(ref);
    if (!place) throw failBooking('booking.mpp_not_found', { ref });
    const offered = await directory.listOfferedServices(place.id);
    const services = new Map(offered.map((s) => [s.id, s]));
    const facts = { place, services, bySlug: new Map(offered.map((s) => [s.slug, s])) };
    places.set(place.id, facts);
    places.set(place.slug, facts);
    return facts;
  }

  function serviceOf(facts: Facts, serviceRef: string): OfferedService {
    const service = facts.services.get(serviceRef) ?? facts.bySlug.get(serviceRef);
    if (!service) throw failBooking('booking.service_not_offered', { ref: serviceRef });
    return service;
  }

  /**
   * What a rush reads again and again, reused for a second on this node: a service's schedule, a
   * date's override, the slots found full, and which services take appointments. Concurrent
   * readers share one read. A change on this node forgets them at once; one on another node is
   * seen within RECENT_MS. A "full" seen here may so last a second after a seat was freed
   * elsewhere; a seat is never sold twice, which the database alone decides.
   */
  const recent = {
    schedules: new LRUCache<string, Promise<Schedule | undefined>>({ max: 5_000, ttl: RECENT_MS }),
    overrides: new LRUCache<string, Promise<DateOverride | undefined>>({ max: 20_000, ttl: RECENT_MS }),
    full: new LRUCache<string, true>({ max: 50_000, ttl: RECENT_MS }),
    /** The listing behind a full slot's suggestions, per date it starts from. */
    listings: new LRUCache<string, Promise<Listing>>({ max: 10_000, ttl: RECENT_MS }),
    /** The services of an MPP with a schedule switched on. */
    enabled: new LRUCache<string, Promise<string[]>>({ max: 1_000, ttl: RECENT_MS }),
    forget() {
      recent.enabled.clear();
      recent.schedules.clear();
      recent.overrides.clear();
      recent.full.clear();
      recent.listings.clear();
    },
  };

  function remembered<T>(cache: LRUCache<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
    const known = cache.get(key);
    if (known) return known;
    const loading = load();
    cache.set(key, loading);
    loading.catch(() => cache.delete(key));
    return loading;
  }

  async function scheduleOf(facts: Facts, service: OfferedService): Promise<Schedule> {
    const schedule = await remembered(recent.schedules, `${facts.place.id}:${service.id}`, () =>
      repository.findSchedule(db, facts.place.id, service.id),
    );
    if (!schedule?.isEnabled) throw failBooking('booking.not_bookable');
    return schedule;
  }

  function overrideOf(facts: Facts, serviceId: string, date: LocalDate): Promise<DateOverride | undefined> {
    return remembered(recent.overrides, `${facts.place.id}:${serviceId}:${date}`, async () =>
      (await repository.listOverrides(db, facts.place.id, serviceId, date, date)).get(date),
    );
  }

  const fullKey = (facts: Facts, serviceId: string, slot: Pick<Slot, 'start'>) =>
    `${facts.place.id}:${serviceId}:${slot.start.getTime()}`;

  /**
   * A day's slots, computed once for the same catalogue facts, schedule and override (the objects
   * the caches above hand out, so a booking in a rush does not work the day out again).
   */
  const days = new LRUCache<
    string,
    { facts: Facts; schedule: Schedule; override: DateOverride | undefined; slots: readonly Slot[] }
  >({ max: 20_000 });

  function slotsOf(
    facts: Facts,
    schedule: Schedule,
    date: LocalDate,
    override: DateOverride | undefined,
  ): readonly Slot[] {
    const key = `${facts.place.id}:${schedule.serviceId}:${date}`;
    const known = days.get(key);
    if (known && known.facts === facts && known.schedule === schedule && known.override === override)
      return known.slots;
    const { place } = facts;
    const slots = Object.freeze(
      slotsOn(
        date,
        { zone: place.timeZone, hours: place.openingHours, calendar: place.calendar },
        { slotMinutes: schedule.slotMinutes, capacity: schedule.capacity },
        override,
      ).map((slot) => Object.freeze(slot)),
    );
    days.set(key, { facts, schedule, override, slots });
    return slots;
  }

  type Listing = Awaited<ReturnType<typeof listing>>;

  /** Every slot of the dates with its seats and whether it may be booked now. */
  async function listing(facts: Facts, schedule: Schedule, dates: LocalDate[], q: Queryable = db) {
    const first = dates[0];
    const last = dates.at(-1);
    if (!first || !last) return [];
    const zone = facts.place.timeZone;
    const overrides = await repository.listOverrides(q, facts.place.id, schedule.serviceId, first, last);
    const perDate = dates.map((date) => ({ date, slots: slotsOf(facts, schedule, date, overrides.get(date)) }));
    const all = perDate.flatMap((d) => d.slots);
    const booked =
      all.length === 0
        ? new Map<number, number>()
        : await repository.bookedSeats(
            q,
            facts.place.id,
            schedule.serviceId,
            all[0]?.start as Date,
            all.at(-1)?.end as Date,
          );
    const now = clock.now();
    return perDate.map(({ date, slots }) => {
      const override = overrides.get(date);
      return {
        date,
        closedReason: override?.closed ? override.reason : null,
        override: override ? overrideOut(override) : null,
        slots: slots.map((slot) => {
          const taken = Math.min(slot.capacity, booked.get(slot.start.getTime()) ?? 0);
          const bookable = bookabilityOf(slot, now, schedule, zone);
          const seatsLeft = slot.capacity - taken;
          return {
            slot,
            seatsLeft,
            state: bookable.state === 'open' && seatsLeft === 0 ? ('full' as const) : bookable.state,
            opensAt: bookable.state === 'not_yet_open' ? bookable.opensAt : null,
          };
        }),
      };
    });
  }

  function slotView(zone: MppPlace['timeZone'], entry: Awaited<ReturnType<typeof listing>>[number]['slots'][number]) {
    const { slot } = entry;
    return {
      key: slot.key,
      date: slot.date,
      starts: slot.starts,
      ends: slot.ends,
      startsAt: toZonedIso(slot.start, zone),
      capacity: slot.capacity,
      seatsLeft: entry.seatsLeft,
      state: entry.state,
      opensAt: entry.opensAt ? toZonedIso(entry.opensAt, zone) : null,
    };
  }

  /**
   * The nearest slots after `from` that may be booked now and have a seat (for a "full" answer).
   * In a rush most answers are "full": the listing behind them is reused for a second per node,
   * so thousands of refusals cost one read (suggestions, which a booking checks again).
   */
  async function alternatives(facts: Facts, schedule: Schedule, from: Slot) {
    const dates = windowDates(clock.now(), schedule, facts.place.timeZone).filter((d) => d >= from.date);
    const days = await remembered(recent.listings, `${facts.place.id}:${schedule.serviceId}:${from.date}`, () =>
      listing(facts, schedule, dates.slice(0, MAX_LISTING_DAYS)),
    );
    return days
      .flatMap((d) => d.slots)
      .filter((e) => e.state === 'open' && e.slot.key !== from.key && e.slot.start.getTime() >= from.start.getTime())
      .slice(0, ALTERNATIVES)
      .map((e) => slotView(facts.place.timeZone, e));
  }

  const waitlist = createWaitlist({
    db,
    clock,
    bookings: repository,
    entries: createWaitlistRepository(),
    identity,
    notices,
    async rules(mppRef, serviceRef) {
      const facts = await factsOf(mppRef);
      const service = serviceOf(facts, serviceRef);
      return { facts, service, schedule: await scheduleOf(facts, service) };
    },
    async slotsOn(q, at, date) {
      const override = (await repository.listOverrides(q, at.facts.place.id, at.service.id, date, date)).get(date);
      return slotsOf(at.facts, at.schedule, date, override);
    },
    async listDay(at, date) {
      return (await listing(at.facts, at.schedule, [date]))[0]?.slots ?? [];
    },
    inWindow: (at, date) => windowDates(clock.now(), at.schedule, at.facts.place.timeZone).includes(date),
    verifiedPerson: (accountId, at, asking) => verifiedPerson(accountId, at.schedule, at.facts.place.timeZone, asking),
    checkLimits,
    writeBooking: (tx, at, slot, who) => writeBooking(tx, at, slot, who),
    confirm: (tx, b, person, at) => confirm(tx, b, person, at.facts, at.schedule),
    subjectOf: (b, facts) => subjectOf(b, facts as Facts),
  });

  function bookingView(b: BookingRecord, facts: Facts | undefined, schedule: Schedule | undefined) {
    const zone = facts?.place.timeZone ?? 'Asia/Jakarta';
    const service = facts?.services.get(b.serviceId);
    return {
      id: b.id,
      code: b.code,
      status: b.status,
      mpp: facts ? { id: facts.place.id, slug: facts.place.slug, name: facts.place.name, timeZone: zone } : null,
      service: { id: b.serviceId, slug: service?.slug ?? '', name: service?.name ?? '' },
      tenant: { id: b.tenantId, shortName: service?.tenant.shortName ?? '' },
      date: b.slotDate,
      startsAt: toZonedIso(b.startsAt, zone),
      endsAt: toZonedIso(b.endsAt, zone),
      canChange: b.status === 'confirmed' && schedule !== undefined && canChange(b.startsAt, clock.now(), schedule),
      changeableUntil: schedule
        ? toZonedIso(new Date(b.startsAt.getTime() - schedule.changeCutoffMinutes * 60_000), zone)
        : null,
      ticketId: b.ticketId,
      createdAt: toZonedIso(b.createdAt, zone),
    };
  }

  /** The MPP when the manager manages it (another MPP is not theirs to know about: 404). */
  async function managedFacts(manager: Manager, mppRef: string): Promise<Facts> {
    const facts = await factsOf(mppRef);
    if (manager.scope.kind !== 'all' && !manager.scope.mppIds.includes(facts.place.id))
      throw failBooking('booking.mpp_not_found', { ref: mppRef });
    return facts;
  }

  /** A manager's change to a service's schedule, recorded in its transaction. */
  function recordChange(
    tx: Queryable,
    manager: Manager,
    action: string,
    at: { facts: Facts; service: OfferedService },
    details: Record<string, unknown>,
  ) {
    return audit.record(tx, {
      action,
      outcome: 'success',
      actor: { accountId: manager.accountId, label: manager.accountId, roles: manager.roles },
      subject: { type: 'booking_schedule', id: `${at.facts.place.id}:${at.service.id}` },
      mppId: at.facts.place.id,
      requestId: manager.requestId,
      details,
    });
  }

  /** The slot of the schedule with this key, if it may be booked now (404 / 422 otherwise). */
  async function bookableSlot(facts: Facts, service: OfferedService, schedule: Schedule, slotKey: string) {
    const zone = facts.place.timeZone;
    const parsed = parseSlotKey(slotKey);
    const slot =
      parsed &&
      slotsOf(facts, schedule, parsed.date, await overrideOf(facts, service.id, parsed.date)).find(
        (s) => s.key === slotKey,
      );
    if (!slot) throw failBooking('booking.slot_not_found', { slot: slotKey });
    const bookable = bookabilityOf(slot, clock.now(), schedule, zone);
    if (bookable.state === 'not_yet_open') {
      const opensAt = toZonedIso(bookable.opensAt, zone);
      throw withExtensions(failBooking('booking.not_yet_open', { opensAt: opensAt.replace('T', ' ').slice(0, 16) }), {
        opensAt,
      });
    }
    if (bookable.state === 'closed')
      throw failBooking('booking.slot_closed', {
        reason:
          bookable.reason === 'started'
            ? 'sudah dimulai / already started'
            : `kurang dari ${schedule.minNoticeMinutes} menit sebelum mulai / less than ${schedule.minNoticeMinutes} minutes before the start`,
      });
    return slot;
  }

  /**
   * A citizen the registry confirmed, with the NIK's keyed hash (403 otherwise, saying why).
   * `asking`: the principal of the citizen's own request (see `BookingIdentity`).
   */
  async function verifiedPerson(
    accountId: string,
    schedule: Schedule,
    zone: MppPlace['timeZone'],
    asking?: Principal,
  ): Promise<BookingPerson & { nikHash: string }> {
    const person = await identity.citizenIdentity(accountId, { asking });
    if (!person?.isVerified || !person.nikHash)
      throw failBooking('booking.nik_required', { status: person?.nikStatus ?? 'unverified' });
    const nikHash = person.nikHash;
    const now = clock.now();
    const missed = await repository.noShowsOf(
      db,
      nikHash,
      schedule.serviceId,
      new Date(now.getTime() - 90 * 86_400_000),
    );
    const until = blockedUntil(missed, now, { limit: schedule.noShowLimit, blockDays: schedule.noShowBlockDays });
    if (until) {
      throw failBooking('booking.blocked_no_shows', {
        count: missed.length,
        until: toZonedIso(until, zone).slice(0, 10),
      });
    }
    return { ...person, nikHash };
  }

  /**
   * Inside the booking's transaction, with the person locked: one booking per person per service
   * per day, and at most `maxPerWeek` in any 7 consecutive days (`replacing` does not count).
   */
  async function checkLimits(tx: Queryable, nikHash: string, schedule: Schedule, slot: Slot, replacing?: string) {
    await repository.lockPerson(tx, nikHash, schedule.serviceId);
    // Every booking of the 13 dates around the slot's (the loop below counts by date).
    const weekStart = new Date(slot.start.getTime() - 7 * 86_400_000);
    const weekEnd = new Date(slot.start.getTime() + 8 * 86_400_000);
    const held = (await repository.listActiveOfPerson(tx, nikHash, schedule.serviceId, weekStart, weekEnd)).filter(
      (b) => b.id !== replacing,
    );
    const sameDay = held.find((b) => b.slotDate === slot.date);
    if (sameDay) throw failBooking('booking.one_per_day', { date: slot.date, code: sameDay.code });
    // Each 7-day span holding the slot's date (from 6 days before it to 6 days after).
    const offsets = held.map((b) => daysBetween(slot.date, b.slotDate));
    for (let first = -6; first <= 0; first++) {
      const inside = offsets.filter((d) => d >= first && d <= first + 6).length;
      if (inside + 1 > schedule.maxPerWeek) throw failBooking('booking.weekly_limit', { limit: schedule.maxPerWeek });
    }
  }

  /** Takes a seat of the slot and writes the booking, in one statement; undefined when the slot is full. */
  function seat(
    tx: Queryable,
    at: { facts: Facts; service: OfferedService; slot: Slot },
    who: { accountId: string; nikHash: string },
    id = newId(),
  ): Promise<BookingRecord | undefined> {
    return repository.seatAndBook(tx, newBooking(at, at.slot, who, id), at.slot.capacity);
  }

  function newBooking(
    at: { facts: Facts; service: OfferedService },
    slot: Slot,
    who: { accountId: string; nikHash: string },
    id: string,
  ): NewBooking {
    const { facts, service } = at;
    return {
      id,
      code: newCode(),
      mppId: facts.place.id,
      serviceId: service.id,
      tenantId: service.tenant.id,
      citizenAccountId: who.accountId,
      nikHash: who.nikHash,
      startsAt: slot.start,
      endsAt: slot.end,
      slotDate: slot.date,
      dayEndsAt: startOfServiceDay(addDays(slot.date, 1), facts.place.timeZone),
      createdAt: clock.now(),
    };
  }

  /** The booking row of a seat already taken (held for the waitlist). */
  function writeBooking(
    tx: Queryable,
    at: { facts: Facts; service: OfferedService },
    slot: Slot,
    who: { accountId: string; nikHash: string },
  ): Promise<BookingRecord> {
    return repository.insertBooking(tx, newBooking(at, slot, who, newId()));
  }

  /** What a message about a booking names. */
  function subjectOf(
    b: Pick<BookingRecord, 'citizenAccountId' | 'serviceId' | 'startsAt'>,
    facts: Facts,
    link = notices.myBookingsUrl,
  ): NoticeSubject {
    return {
      accountId: b.citizenAccountId,
      mppId: facts.place.id,
      zone: facts.place.timeZone,
      service: facts.services.get(b.serviceId)?.name ?? '',
      mpp: facts.place.name,
      startsAt: b.startsAt,
      link,
    };
  }

  /** The confirmation of a booking made, written to the outbox in the booking's transaction. */
  function confirm(
    tx: Queryable,
    b: Pick<BookingRecord, 'code' | 'citizenAccountId' | 'serviceId' | 'startsAt'>,
    person: BookingPerson | undefined,
    facts: Facts,
    schedule: Schedule,
  ) {
    return notices.send(tx, person, 'booking.confirmed', subjectOf(b, facts), () => ({
      code: b.code,
      early: schedule.checkInEarlyMinutes,
    }));
  }

  /** A second booking of one person that day, caught by the unique index in a race: 409 one_per_day. */
  function refusal(error: unknown, at: { slot: Slot }) {
    if (isUniqueViolation(error, 'bookings_one_per_day_idx'))
      return failBooking('booking.one_per_day', { date: at.slot.date, code: '-' });
    return error;
  }

  async function fullError(at: { facts: Facts; schedule: Schedule; slot: Slot }) {
    return withExtensions(failBooking('booking.slot_full'), {
      alternatives: await alternatives(at.facts, at.schedule, at.slot),
    });
  }

  /**
   * Books a seat for a citizen with a verified NIK: one active booking per person per service
   * per day, at most `maxPerWeek` within 7 days, never past the slot's capacity.
   */
  async function book(accountId: string, input: BookRequest, asking?: Principal) {
    const facts = await factsOf(input.mppRef);
    const service = serviceOf(facts, input.serviceRef);
    const schedule = await scheduleOf(facts, service);
    const slot = await bookableSlot(facts, service, schedule, input.slotKey);
    // In a rush most requests are for slots already full: answered without a transaction.
    if (recent.full.has(fullKey(facts, service.id, slot))) throw await fullError({ facts, schedule, slot });
    const person = await verifiedPerson(accountId, schedule, facts.place.timeZone, asking);
    const { nikHash } = person;
    let booking: BookingRecord;
    try {
      booking = await db.transaction(async (tx) => {
        await checkLimits(tx, nikHash, schedule, slot);
        // The confirmation first, the seat last: the slot's row is then locked only until the
        // commit that follows, and a full slot rolls the message back.
        const draft = newBooking({ facts, service }, slot, { accountId, nikHash }, newId());
        await confirm(tx, draft, person, facts, schedule);
        const made = await repository.seatAndBook(tx, draft, slot.capacity);
        if (!made) throw SLOT_FULL;
        return made;
      });
    } catch (error) {
      if (error !== SLOT_FULL) throw refusal(error, { slot });
      recent.full.set(fullKey(facts, service.id, slot), true);
      throw await fullError({ facts, schedule, slot });
    }
    return bookingView(booking, facts, schedule);
  }

  /**
   * Moves a booking to another slot of its service in one transaction: the new seat is taken
   * before the old one is given back, so a full slot or any failure leaves the old booking as it
   * was. Allowed until the cut-off, like a cancellation.
   */
  async function reschedule(accountId: string, bookingId: string, slotKey: string, asking?: Principal) {
    const found = await repository.findOwnBooking(db, accountId, bookingId);
    if (!found) throw failBooking('booking.not_found', { ref: bookingId });
    const facts = await factsOf(found.mppId);
    const service = serviceOf(facts, found.serviceId);
    const schedule = await scheduleOf(facts, service);
    if (found.status !== 'confirmed') throw failBooking('booking.stale', { code: found.code, status: found.status });
    if (!canChange(found.startsAt, clock.now(), schedule))
      throw failBooking('booking.not_changeable', { cutoff: `${schedule.changeCutoffMinutes} menit / minutes` });
    const slot = await bookableSlot(facts, service, schedule, slotKey);
    if (slot.start.getTime() === found.startsAt.getTime())
      throw failBooking('booking.stale', { code: found.code, status: 'confirmed' });
    const nikHash = found.nikHash;
    const person = await identity.citizenIdentity(accountId, { asking });
    let moved: BookingRecord | undefined;
    try {
      moved = await db.transaction(async (tx) => {
        const old = await repository.findOwnBooking(tx, accountId, bookingId, true);
        if (old?.status !== 'confirmed')
          throw failBooking('booking.stale', { code: found.code, status: old?.status ?? 'cancelled' });
        await checkLimits(tx, nikHash, schedule, slot, old.id);
        const movedId = newId();
        // The old booking leaves the day first (the one-per-day index), but its seat is kept
        // until the new one is held; all of it commits together or not at all.
        const ended = await repository.endBooking(tx, old.id, 'cancelled', 'moved', clock.now(), movedId);
        if (!ended) throw failBooking('booking.stale', { code: old.code, status: old.status });
        const made = await seat(tx, { facts, service, slot }, { accountId, nikHash }, movedId);
        if (!made) throw SLOT_FULL;
        await repository.freeSeat(tx, old);
        await waitlist.offerFreed(tx, { facts, service, schedule }, old.slotDate, old.startsAt);
        await notices.send(tx, person, 'booking.rescheduled', subjectOf(made, facts), () => ({ code: made.code }));
        return made;
      });
    } catch (error) {
      if (error === SLOT_FULL) throw await fullError({ facts, schedule, slot });
      throw refusal(error, { slot });
    }
    recent.full.delete(`${found.mppId}:${found.serviceId}:${found.startsAt.getTime()}`);
    return bookingView(moved, facts, schedule);
  }

  /**
   * Saves (or, with `override` undefined, removes) a date's override and cancels, in the same
   * transaction, the confirmed bookings whose slot no longer exists, telling each citizen why
   * and which free slots are nearest.
   */
  async function changeDate(
    manager: Manager,
    at: { facts: Facts; service: OfferedService; schedule: Schedule },
    date: LocalDate,
    override: DateOverride | undefined,
  ): Promise<{ cancelledBookings: number }> {
    const { facts, service, schedule } = at;
    const now = clock.now();
    const reason = override?.reason?.trim() || 'Perubahan jadwal layanan / The service schedule changed';
    const cancelled = await db.transaction(async (tx) => {
      if (override) await repository.saveOverride(tx, facts.place.id, service.id, override, now);
      else if (!(await repository.deleteOverride(tx, facts.place.id, service.id, date)))
        throw failBooking('booking.override_not_found', { date });
      const remaining = new Set(slotsOf(facts, schedule, date, override).map((s) => s.start.getTime()));
      await waitlist.dateChanged(tx, at, date, remaining, override?.closed === true);
      const lost = (await repository.lockDay(tx, facts.place.id, service.id, date)).filter(
        (b) => !remaining.has(b.startsAt.getTime()),
      );
      const ended: BookingRecord[] = [];
      for (const b of lost) {
        const done = await repository.endBooking(tx, b.id, 'cancelled', 'mpp', now, null, reason);
        if (!done) continue;
        await repository.freeSeat(tx, done);
        ended.push(done);
      }
      if (ended.length > 0) {
        const free = await alternativesIn(tx, facts, schedule, date);
        const link = notices.bookingUrl(facts.place.slug, service.slug);
        for (const b of ended) {
          const person = await identity.citizenIdentity(b.citizenAccountId, { q: tx });
          await notices.send(tx, person, 'booking.cancelled_by_mpp', subjectOf(b, facts, link), (language) => ({
            code: b.code,
            reason,
            alternatives: alternativesText(free, facts, language),
          }));
        }
      }
      // Seats the change opened (more capacity, longer hours, slots opened again) go first to
      // those waiting for the day.
      const offered = override?.closed ? 0 : await waitlist.offerOpened(tx, at, [date]);
      await recordChange(
        tx,
        manager,
        override ? 'booking.date_override_saved' : 'booking.date_override_removed',
        { facts, service },
        {
          date,
          closed: override?.closed === true,
          closedSlots: override?.closed === true ? [] : (override?.closedSlots ?? []),
          cancelledBookings: ended.length,
          offeredToWaitlist: offered,
        },
      );
      return ended.length;
    });
    recent.forget();
    return { cancelledBookings: cancelled };
  }

  /** The free slots nearest to a date (from it on), read in the caller's transaction. */
  async function alternativesIn(tx: Queryable, facts: Facts, schedule: Schedule, from: LocalDate) {
    const dates = windowDates(clock.now(), schedule, facts.place.timeZone).filter((d) => d >= from);
    const days = await listing(facts, schedule, dates.slice(0, MAX_LISTING_DAYS), tx);
    return days
      .flatMap((d) => d.slots)
      .filter((e) => e.state === 'open')
      .slice(0, ALTERNATIVES)
      .map((e) => e.slot);
  }

  /** `Sen, 30 Nov 2026 10.00 WIB; ...`, or a plain "none" when the window has no free slot. */
  function alternativesText(slots: Slot[], facts: Facts, language: 'id' | 'en'): string {
    if (slots.length === 0) return language === 'id' ? 'belum ada yang kosong' : 'none free yet';
    return slots.map((s) => readableDateTime(s.start, facts.place.timeZone, language)).join('; ');
  }

  /** Writes the due reminders of one kind: contacts are read first, each batch claimed in one transaction. */
  async function remind(kind: ReminderKind, limit: number): Promise<number> {
    const due = await repository.dueReminders(db, kind, clock.now(), limit);
    if (due.length === 0) return 0;
    // Each person and each MPP read once, at the same time (before the transaction: the embedded
    // database has one connection, which the transaction holds).
    const accounts = [...new Set(due.map((b) => b.citizenAccountId))];
    const mpps = [...new Set(due.map((b) => b.mppId))];
    const people = new Map(
      await Promise.all(accounts.map(async (id) => [id, await identity.citizenIdentity(id)] as const)),
    );
    const factsByMpp = new Map(
      await Promise.all(mpps.map(async (id) => [id, await factsOf(id).catch(() => undefined)] as const)),
    );
    return db.transaction(async (tx) => {
      const won = new Set(
        await repository.claimReminders(
          tx,
          kind,
          due.map((b) => b.id),
          clock.now(),
        ),
      );
      for (const b of due) {
        const facts = factsByMpp.get(b.mppId);
        if (!won.has(b.id) || !facts) continue;
        await notices.send(
          tx,
          people.get(b.citizenAccountId),
          kind === 'day' ? 'booking.reminder_day' : 'booking.reminder_soon',
          subjectOf(b, facts),
          () => ({ code: b.code }),
          b.id,
        );
      }
      return won.size;
    });
  }

  const dayView = createDayView({ db, repository, identity, audit, factsOf, slotsOf });

  return {
    /** Forget cached catalogue facts (tests, scripts). */
    clearCache: () => places.clear(),

    /** The waitlist of full days (join, leave, the lapse job). */
    waitlist,

    /** Takes the seat the waitlist held for the citizen: the booking as every other is shown. */
    async acceptOffer(accountId: string, entryId: string, asking?: Principal) {
      const made = await waitlist.accept(accountId, entryId, asking);
      const facts = await factsOf(made.mppId);
      return bookingView(made, facts, await repository.findSchedule(db, made.mppId, made.serviceId));
    },

    /** The services of an MPP that take appointments now (a kiosk asks whether to offer check-in). */
    async bookableServices(mppRef: string) {
      const facts = await factsOf(mppRef);
      const enabled = new Set(
        await remembered(recent.enabled, facts.place.id, () => repository.listEnabledServiceIds(db, facts.place.id)),
      );
      return { facts, services: [...facts.services.values()].filter((s) => enabled.has(s.id)) };
    },

    /**
     * A service's rules as citizens read them (window, release, notice), or 404 when it takes
     * none. Staff who manage the MPP also get a schedule that is switched off, to switch it on.
     */
    async rules(mppRef: string, serviceRef: string, manager?: Manager) {
      const facts = await factsOf(mppRef);
      const service = serviceOf(facts, serviceRef);
      if (manager && (manager.scope.kind === 'all' || manager.scope.mppIds.includes(facts.place.id))) {
        const schedule = await repository.findSchedule(db, facts.place.id, service.id);
        if (!schedule) throw failBooking('booking.not_bookable');
        return { schedule, facts, service };
      }
      const schedule = await scheduleOf(facts, service);
      return { schedule, facts, service };
    },

    /**
     * Sets a service's schedule at an MPP the manager manages (another MPP: 404). Seats it opens
     * on days with a waitlist are offered to those waiting, in the same transaction.
     */
    async saveSchedule(manager: Manager, mppRef: string, serviceRef: string, input: ScheduleInput) {
      const facts = await managedFacts(manager, mppRef);
      const service = serviceOf(facts, serviceRef);
      try {
        checkSchedule({ slotMinutes: input.slotMinutes, capacity: input.capacity });
        checkWindow(input);
      } catch (error) {
        throw failBooking('booking.schedule_invalid', { reason: (error as Error).message });
      }
      const saved = await db.transaction(async (tx) => {
        const saved = await repository.saveSchedule(
          tx,
          { ...input, mppId: facts.place.id, serviceId: service.id, tenantId: service.tenant.id },
          clock.now(),
        );
        // More seats (or the schedule switched on again) go first to those waiting for a full day.
        const offered = await waitlist.offerOpened(tx, { facts, service, schedule: saved });
        await recordChange(
          tx,
          manager,
          'booking.schedule_saved',
          { facts, service },
          {
            slotMinutes: input.slotMinutes,
            capacity: input.capacity,
            release: input.release.kind,
            offeredToWaitlist: offered,
          },
        );
        return { facts, service, schedule: saved };
      });
      recent.forget();
      return saved;
    },

    /**
     * Closes a date of the schedule or single slots of it, or gives it other hours or capacity (a
     * manager of the MPP). Bookings left without their slot are cancelled by the MPP in the same
     * transaction, and each citizen is told why and offered the nearest free slots. A smaller
     * capacity keeps the bookings already made; seats a larger one opens are offered first to
     * the day's waitlist. Answers how many bookings were cancelled.
     */
    async saveOverride(
      manager: Manager,
      mppRef: string,
      serviceRef: string,
      override: DateOverride,
    ): Promise<{ cancelledBookings: number }> {
      const facts = await managedFacts(manager, mppRef);
      const service = serviceOf(facts, serviceRef);
      const schedule = await scheduleOf(facts, service);
      return changeDate(manager, { facts, service, schedule }, override.date, override);
    },

    /** Gives a date back its usual slots (a manager of the MPP); false when it had no override. */
    async deleteOverride(manager: Manager, mppRef: string, serviceRef: string, date: LocalDate) {
      const facts = await managedFacts(manager, mppRef);
      const service = serviceOf(facts, serviceRef);
      const schedule = await scheduleOf(facts, service);
      return changeDate(manager, { facts, service, schedule }, date, undefined);
    },

    /** Writes the reminders now due (the day before and two hours before) to the outbox; how many bookings. */
    async sendReminders(batch = 200): Promise<number> {
      let sent = 0;
      // Many bookings start at the same slot times across the country: batch after batch until
      // none is due (bounded, so one round never runs for long; the next takes the rest).
      for (const kind of ['soon', 'day'] as const) {
        for (let round = 0; round < REMINDER_ROUNDS; round++) {
          const written = await remind(kind, batch);
          sent += written;
          if (written < batch) break;
        }
      }
      return sent;
    },

    /** The booking as an iCalendar file (RFC 5545), for the citizen's own calendar. */
    async calendarOf(accountId: string, bookingId: string): Promise<{ filename: string; body: string }> {
      const found = await repository.findOwnBooking(db, accountId, bookingId);
      if (!found) throw failBooking('booking.not_found', { ref: bookingId });
      const facts = await factsOf(found.mppId);
      const schedule = await repository.findSchedule(db, found.mppId, found.serviceId);
      return {
        filename: `janji-${found.code}.ics`,
        body: bookingCalendar(found, {
          service: facts.services.get(found.serviceId)?.name ?? '',
          mpp: facts.place.name,
          checkInEarlyMinutes: schedule?.checkInEarlyMinutes ?? 30,
          link: notices.myBookingsUrl,
        }),
      };
    },

    /**
     * A day of an MPP for its staff: per service, the seats, how many are booked, checked in,
     * missed or cancelled, each slot's seats, and the bookings with the citizen's name. Officers
     * see their agency's services only; the names they read are recorded in the audit log.
     */
    dayView,

    /** The slots of `from`..`to` (at most 31 days; default: the whole window) with seats left. */
    async slots(mppRef: string, serviceRef: string, range: { from?: LocalDate; to?: LocalDate }) {
      const facts = await factsOf(mppRef);
      const service = serviceOf(facts, serviceRef);
      const schedule = await scheduleOf(facts, service);
      const inWindow = windowDates(clock.now(), schedule, facts.place.timeZone);
      const from = range.from ?? (inWindow[0] as LocalDate);
      const to = range.to ?? (inWindow.at(-1) as LocalDate);
      const count = daysBetween(from, to) + 1;
      if (count < 1 || count > MAX_LISTING_DAYS)
        throw failBooking('booking.schedule_invalid', {
          reason: `from..to covers 1-${MAX_LISTING_DAYS} days / dari..sampai mencakup 1-${MAX_LISTING_DAYS} hari`,
        });
      const dates = Array.from({ length: count }, (_, k) => addDays(from, k));
      const days = await listing(facts, schedule, dates);
      return {
        facts,
        service,
        schedule,
        days: days.map((d) => ({
          date: d.date,
          closedReason: d.closedReason,
          override: d.override,
          slots: d.slots.map((e) => slotView(facts.place.timeZone, e)),
        })),
      };
    },

    book,
    reschedule,

    /**
     * `book` with an Idempotency-Key: a retry with the same key and body returns the first
     * booking (`replayed`), the same key with another body answers 422, and while the first is
     * being handled 409. Only a booking made is kept: a refused request may be retried.
     */
    async bookOnce(accountId: string, key: string | undefined, input: BookRequest, asking?: Principal) {
      if (key === undefined) return { replayed: false, booking: await book(accountId, input, asking) };
      const hash = createHash('sha256')
        .update(JSON.stringify([input.mppRef, input.serviceRef, input.slotKey]))
        .digest('hex');
      const stored = await repository.beginRequest(db, accountId, key, hash, clock.now());
      if (stored.state !== 'new' && stored.requestHash !== hash) throw failBooking('booking.idempotency_mismatch');
      if (stored.state === 'in_flight') throw failBooking('booking.idempotency_in_flight');
      if (stored.state === 'done')
        return { replayed: true, booking: stored.response as ReturnType<typeof bookingView> };
      try {
        const booking = await book(accountId, input, asking);
        await repository.finishRequest(db, accountId, key, 201, booking);
        return { replayed: false, booking };
      } catch (error) {
        await repository.dropRequest(db, accountId, key);
        throw error;
      }
    },

    /**
     * Checks a citizen in by booking code: within the window, a ticket in the appointment lane
     * called from the booked time; later that day, a walk-in ticket; too early or after the day,
     * 422 with the window. The booking is claimed first (a second check-in answers 409), and given
     * back if no ticket can be issued.
     */
    async checkIn(point: CheckInPoint, mppRef: string, code: string) {
      const facts = await factsOf(mppRef);
      if (point.kind === 'kiosk' && point.mppId !== facts.place.id)
        throw failBooking('booking.not_found', { ref: code });
      if (point.kind === 'counter' && !scopeReachesMpp(point.scope, facts.place.id))
        throw failBooking('booking.mpp_not_found', { ref: mppRef });
      const found = await repository.findByCode(db, facts.place.id, code.replace(/\s+/g, '').toUpperCase());
      if (!found) throw failBooking('booking.not_found', { ref: code });
      if (found.status !== 'confirmed') throw failBooking('booking.stale', { code: found.code, status: found.status });
      const schedule = await repository.findSchedule(db, found.mppId, found.serviceId);
      const zone = facts.place.timeZone;
      const now = clock.now();
      const answer = checkInAt(
        { date: found.slotDate, start: found.startsAt },
        now,
        { earlyMinutes: schedule?.checkInEarlyMinutes ?? 30, lateMinutes: schedule?.checkInLateMinutes ?? 15 },
        zone,
      );
      if (answer.kind === 'too_early' || answer.kind === 'missed') {
        const opens = new Date(found.startsAt.getTime() - (schedule?.checkInEarlyMinutes ?? 30) * 60_000);
        const closes = new Date(found.startsAt.getTime() + (schedule?.checkInLateMinutes ?? 15) * 60_000);
        const hhmm = (d: Date) => toZonedIso(d, zone).slice(11, 16);
        throw withExtensions(
          failBooking('booking.check_in_window', { date: found.slotDate, from: hhmm(opens), to: hhmm(closes) }),
          { window: { from: toZonedIso(opens, zone), to: toZonedIso(closes, zone) } },
        );
      }
      const late = answer.kind === 'late';
      const claimed = await repository.claimCheckIn(db, found.id, late, now);
      if (!claimed) throw failBooking('booking.stale', { code: found.code, status: 'checked_in' });
      try {
        const ticket = await queue.issueTicketView({
          mppRef: found.mppId,
          serviceId: found.serviceId,
          channel: late ? (point.kind === 'kiosk' ? 'kiosk' : 'counter') : 'appointment',
          ...(late ? {} : { appointment: { bookedAt: found.startsAt } }),
        });
        await repository.setTicket(db, found.id, ticket.id);
        return {
          booking: bookingView({ ...claimed, ticketId: ticket.id }, facts, schedule),
          late,
          ticket,
        };
      } catch (error) {
        await repository.releaseCheckIn(db, found.id, clock.now());
        throw error;
      }
    },

    /** Marks the bookings whose service day ended without a check-in as no-shows (a job). */
    markNoShows: () => repository.markNoShows(db, clock.now()),

    /** Cancels the citizen's booking before the cut-off; its seat is free at once. */
    async cancel(accountId: string, bookingId: string) {
      const found = await repository.findOwnBooking(db, accountId, bookingId);
      if (!found) throw failBooking('booking.not_found', { ref: bookingId });
      const facts = await factsOf(found.mppId);
      const schedule = await repository.findSchedule(db, found.mppId, found.serviceId);
      const done = await db.transaction(async (tx) => {
        const booking = await repository.findOwnBooking(tx, accountId, bookingId, true);
        if (!booking) throw failBooking('booking.not_found', { ref: bookingId });
        if (booking.status !== 'confirmed')
          throw failBooking('booking.stale', { code: booking.code, status: booking.status });
        const cutoff = schedule?.changeCutoffMinutes ?? 0;
        if (!canChange(booking.startsAt, clock.now(), { changeCutoffMinutes: cutoff }))
          throw failBooking('booking.not_changeable', { cutoff: `${cutoff} menit / minutes` });
        const cancelled = await repository.endBooking(tx, booking.id, 'cancelled', 'citizen', clock.now());
        if (!cancelled) throw failBooking('booking.stale', { code: booking.code, status: booking.status });
        await repository.freeSeat(tx, booking);
        const service = facts.services.get(booking.serviceId);
        if (service && schedule?.isEnabled)
          await waitlist.offerFreed(tx, { facts, service, schedule }, booking.slotDate, booking.startsAt);
        return cancelled;
      });
      recent.full.delete(`${done.mppId}:${done.serviceId}:${done.startsAt.getTime()}`);
      return bookingView(done, facts, schedule ?? undefined);
    },

    /** One of the citizen's bookings (another citizen's is not found). */
    async myBooking(accountId: string, bookingId: string) {
      const found = await repository.findOwnBooking(db, accountId, bookingId);
      if (!found) throw failBooking('booking.not_found', { ref: bookingId });
      const facts = await factsOf(found.mppId).catch(() => undefined);
      return bookingView(found, facts, await repository.findSchedule(db, found.mppId, found.serviceId));
    },

    /** The citizen's bookings from 7 days ago on, soonest first. */
    async myBookings(accountId: string) {
      const since = new Date(clock.now().getTime() - 7 * 86_400_000);
      const mine = await repository.listOwnBookings(db, accountId, since);
      // Each MPP's facts and each service's schedule read once, however many bookings share them.
      const schedules = new Map<string, Promise<Schedule | undefined>>();
      const scheduleFor = (b: BookingRecord) => {
        const key = `${b.mppId}:${b.serviceId}`;
        const found = schedules.get(key) ?? repository.findSchedule(db, b.mppId, b.serviceId);
        schedules.set(key, found);
        return found;
      };
      return Promise.all(
        mine.map(async (b) => bookingView(b, await factsOf(b.mppId).catch(() => undefined), await scheduleFor(b))),
      );
    },
  };
}

export type BookingService = ReturnType<typeof createBookingService>;

export type { Manager } from './booking.ports.js';
