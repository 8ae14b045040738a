import type { LocalDate } from '../../domain/time/index.js';
import { toZonedIso } from '../../domain/time/index.js';
import type { Database } from '../../platform/db/database.js';
import { failBooking } from './booking.errors.js';
import type { BookingAudit, BookingIdentity, Facts, Manager, OfferedService } from './booking.ports.js';
import type { BookingRecord, BookingRepository, Schedule } from './booking.repository.js';
import type { DateOverride, Slot } from '../../domain/booking/index.js';
import { scopeReachesMpp } from '../../domain/identity/access.js';

/**
 * A day of an MPP for its staff: per service, the seats, how many are booked, checked in,
 * missed or cancelled, each slot's seats, and the bookings with the citizen's name. Officers
 * see their agency's services only; the names they read are recorded in the audit log.
 */
export function createDayView(deps: {
  db: Database;
  repository: BookingRepository;
  identity: BookingIdentity;
  audit: BookingAudit;
  factsOf(ref: string): Promise<Facts>;
  slotsOf(facts: Facts, schedule: Schedule, date: LocalDate, override: DateOverride | undefined): readonly Slot[];
}) {
  const { db, repository, identity, audit, factsOf, slotsOf } = deps;
  return async function dayView(staff: Manager, mppRef: string, date: LocalDate) {
    const facts = await factsOf(mppRef);
    if (!scopeReachesMpp(staff.scope, facts.place.id)) throw failBooking('booking.mpp_not_found', { ref: mppRef });
    const tenants =
      staff.scope.kind === 'all' || staff.scope.mppIds.includes(facts.place.id)
        ? undefined
        : new Set(staff.scope.tenantAtMpp.filter((t) => t.mppId === facts.place.id).map((t) => t.tenantId));
    const schedules = (await repository.listSchedules(db, facts.place.id)).filter(
      (sc) => facts.services.has(sc.serviceId) && (!tenants || tenants.has(sc.tenantId)),
    );
    const bookings = (await repository.listDay(db, facts.place.id, date)).filter(
      (b) => !tenants || tenants.has(b.tenantId),
    );
    const names = await identity.citizenNames([...new Set(bookings.map((b) => b.citizenAccountId))]);
    const overrides = await repository.listOverridesOfDay(db, facts.place.id, date);
    const services = [];
    for (const schedule of schedules) {
      const service = facts.services.get(schedule.serviceId) as OfferedService;
      const override = overrides.get(service.id);
      const open = override?.closed ? undefined : { ...override, date, closedSlots: [] };
      const closedStarts = new Set(override && !override.closed ? (override.closedSlots ?? []) : []);
      const mine = bookings.filter((b) => b.serviceId === service.id);
      const active = mine.filter((b) => b.status !== 'cancelled');
      const slots = slotsOf(facts, schedule, date, open).map((slot) => ({
        key: slot.key,
        starts: slot.starts,
        ends: slot.ends,
        capacity: slot.capacity,
        booked: active.filter((b) => b.startsAt.getTime() === slot.start.getTime()).length,
        closed: closedStarts.has(slot.starts),
      }));
      const seats = slots.filter((sl) => !sl.closed).reduce((sum, sl) => sum + sl.capacity, 0);
      const count = (status: BookingRecord['status']) => mine.filter((b) => b.status === status).length;
      services.push({
        service: { id: service.id, slug: service.slug, name: service.name },
        tenant: { id: service.tenant.id, shortName: service.tenant.shortName },
        seats,
        booked: active.length,
        checkedIn: count('checked_in'),
        noShows: count('no_show'),
        cancelled: count('cancelled'),
        utilisation: seats === 0 ? 0 : Math.round((active.length / seats) * 1000) / 1000,
        closedReason: override?.closed ? override.reason : null,
        slots,
        bookings: mine.map((b) => ({
          id: b.id,
          code: b.code,
          starts: toZonedIso(b.startsAt, facts.place.timeZone).slice(11, 16),
          status: b.status,
          citizenName: names.get(b.citizenAccountId) ?? '',
          checkedInAt: b.checkedInAt ? toZonedIso(b.checkedInAt, facts.place.timeZone) : null,
          late: b.checkedInLate === true,
        })),
      });
    }
    if (bookings.length > 0) {
      await db.transaction((tx) =>
        audit.record(tx, {
          action: 'booking.day_viewed',
          outcome: 'success',
          actor: { accountId: staff.accountId, label: staff.accountId, roles: staff.roles },
          subject: { type: 'booking_day', id: `${facts.place.id}:${date}` },
          mppId: facts.place.id,
          requestId: staff.requestId,
          details: { bookings: bookings.length },
        }),
      );
    }
    services.sort(
      (a, b) => a.tenant.shortName.localeCompare(b.tenant.shortName) || a.service.name.localeCompare(b.service.name),
    );
    return { facts, date, services };
  };
}
