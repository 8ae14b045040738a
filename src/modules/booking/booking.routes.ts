import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { canAttempt, type Permission } from '../../domain/identity/access.js';
import { parseLocalDate } from '../../domain/time/index.js';
import { principalOf, staffActorOf } from '../../platform/http/access.js';
import { Problem } from '../../platform/http/problem.js';
import type { Schedule as ScheduleRecord } from './booking.repository.js';
import type { BookingGuard } from './booking.guard.js';
import type { BookingService, Manager } from './booking.service.js';
import {
  BookableServices,
  BookInput,
  Booking,
  BookingIdParams,
  CheckInInput,
  CheckInResult,
  DateChangeResult,
  DateOverrideInput,
  DayParams,
  DayView,
  IdempotencyHeaders,
  MppOnlyParams,
  MppServiceDateParams,
  MppServiceParams,
  RescheduleInput,
  Schedule,
  ScheduleInput,
  SlotListing,
  SlotsQuery,
  WaitlistEntry,
  WaitlistIdParams,
  WaitlistInput,
} from './booking.schemas.js';
import type { BookingQueue, MppPlace, OfferedService } from './booking.ports.js';

const ERRORS = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The manager acting, for the use cases (scope checks, audit). */
const managerOf = (request: FastifyRequest, permission: Permission): Manager => staffActorOf(request, permission);

function citizenOf(request: FastifyRequest): string {
  const principal = principalOf(request);
  return principal.kind === 'account' ? principal.accountId : '';
}

function mppOut(place: MppPlace) {
  return { id: place.id, slug: place.slug, name: place.name, timeZone: place.timeZone };
}

function serviceOut(service: OfferedService) {
  return { id: service.id, slug: service.slug, name: service.name };
}

function scheduleOut(place: MppPlace, service: OfferedService, s: ScheduleRecord) {
  return {
    mpp: mppOut(place),
    service: serviceOut(service),
    isEnabled: s.isEnabled,
    slotMinutes: s.slotMinutes,
    capacity: s.capacity,
    windowDays: s.windowDays,
    release: s.release,
    minNoticeMinutes: s.minNoticeMinutes,
    changeCutoffMinutes: s.changeCutoffMinutes,
    maxPerWeek: s.maxPerWeek,
    checkInEarlyMinutes: s.checkInEarlyMinutes,
    checkInLateMinutes: s.checkInLateMinutes,
    noShowLimit: s.noShowLimit,
    noShowBlockDays: s.noShowBlockDays,
    updatedAt: s.updatedAt.toISOString(),
  };
}

/** Appointments: schedules (managers), slots (anyone), bookings (citizens with a verified NIK). */
export function bookingRoutes(deps: {
  booking: BookingService;
  queue: BookingQueue;
  guard: BookingGuard;
}): FastifyPluginAsyncZod {
  const { booking, queue, guard } = deps;
  return async (app) => {
    app.post(
      '/api/v1/booking/kiosk/check-in',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'booking.checkInAtKiosk',
          tags: ['booking'],
          summary: "Check in by booking code at the MPP's paired kiosk (X-Device-Token): a queue ticket",
          body: CheckInInput,
          response: { 200: CheckInResult, ...ERRORS },
        },
      },
      async (request) => {
        const token = request.headers['x-device-token'];
        const kiosk = await queue.authenticateKiosk(Array.isArray(token) ? token[0] : token);
        return booking.checkIn({ kind: 'kiosk', mppId: kiosk.mppId }, kiosk.mppId, request.body.code);
      },
    );

    app.post(
      '/api/v1/booking/mpps/:mpp/check-in',
      {
        config: { access: { permission: 'queue.ticket.issue' } },
        schema: {
          operationId: 'booking.checkInAtCounter',
          tags: ['booking'],
          summary: 'Check a citizen in by booking code at the counter: a queue ticket',
          params: z.object({ mpp: z.string().min(1).max(200) }),
          body: CheckInInput,
          response: { 200: CheckInResult, ...ERRORS },
        },
      },
      async (request) =>
        booking.checkIn(
          { kind: 'counter', scope: staffActorOf(request, 'queue.ticket.issue').scope },
          request.params.mpp,
          request.body.code,
        ),
    );

    app.get(
      '/api/v1/booking/mpps/:mpp/services/:service/schedule',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'booking.getSchedule',
          tags: ['booking'],
          summary:
            "A service's appointment rules at an MPP (404 when it takes none there; its managers also read a switched-off one)",
          params: MppServiceParams,
          response: { 200: Schedule, ...ERRORS },
        },
      },
      async (request) => {
        // Public; the MPP's managers also see a schedule that is switched off.
        const manages = request.principal !== null && canAttempt(request.principal, 'booking.manage');
        const { facts, service, schedule } = await booking.rules(
          request.params.mpp,
          request.params.service,
          manages ? managerOf(request, 'booking.manage') : undefined,
        );
        return scheduleOut(facts.place, service, schedule);
      },
    );

    app.put(
      '/api/v1/booking/mpps/:mpp/services/:service/schedule',
      {
        config: { access: { permission: 'booking.manage' } },
        schema: {
          operationId: 'booking.saveSchedule',
          tags: ['booking'],
          summary: "Set a service's appointment schedule at the MPP (seats it opens go first to the days' waitlists)",
          params: MppServiceParams,
          body: ScheduleInput,
          response: { 200: Schedule, ...ERRORS },
        },
      },
      async (request) => {
        const { facts, service, schedule } = await booking.saveSchedule(
          managerOf(request, 'booking.manage'),
          request.params.mpp,
          request.params.service,
          request.body,
        );
        return scheduleOut(facts.place, service, schedule);
      },
    );

    app.put(
      '/api/v1/booking/mpps/:mpp/services/:service/dates/:date',
      {
        config: { access: { permission: 'booking.manage' } },
        schema: {
          operationId: 'booking.saveDateOverride',
          tags: ['booking'],
          summary:
            'Close one date or single slots, or give it other hours or capacity (bookings that lose their slot are cancelled and notified; seats it opens go first to the waitlist)',
          params: MppServiceDateParams,
          body: DateOverrideInput,
          response: { 200: DateChangeResult, ...ERRORS },
        },
      },
      async (request) => {
        const date = parseLocalDate(request.params.date);
        const body = request.body;
        return booking.saveOverride(
          managerOf(request, 'booking.manage'),
          request.params.mpp,
          request.params.service,
          body.closed === true
            ? { date, closed: true, reason: body.reason }
            : {
                date,
                ...(body.periods ? { periods: body.periods } : {}),
                ...(body.capacity === undefined ? {} : { capacity: body.capacity }),
                ...(body.closedSlots ? { closedSlots: [...new Set(body.closedSlots)] } : {}),
                ...(body.reason === undefined ? {} : { reason: body.reason }),
              },
        );
      },
    );

    app.delete(
      '/api/v1/booking/mpps/:mpp/services/:service/dates/:date',
      {
        config: { access: { permission: 'booking.manage' } },
        schema: {
          operationId: 'booking.deleteDateOverride',
          tags: ['booking'],
          summary: 'Give a date back its usual slots (bookings that lose their slot are cancelled and notified)',
          params: MppServiceDateParams,
          response: { 200: DateChangeResult, ...ERRORS },
        },
      },
      async (request) =>
        booking.deleteOverride(
          managerOf(request, 'booking.manage'),
          request.params.mpp,
          request.params.service,
          parseLocalDate(request.params.date),
        ),
    );

    app.get(
      '/api/v1/booking/mpps/:mpp/days/:date',
      {
        config: { access: { permission: 'booking.view' } },
        schema: {
          operationId: 'booking.getDay',
          tags: ['booking'],
          summary: "A day's bookings per service with seats and utilisation (officers: their agency's services)",
          params: DayParams,
          response: { 200: DayView, ...ERRORS },
        },
      },
      async (request) => {
        const day = await booking.dayView(
          managerOf(request, 'booking.view'),
          request.params.mpp,
          parseLocalDate(request.params.date),
        );
        return { mpp: mppOut(day.facts.place), date: day.date, services: day.services };
      },
    );

    app.get(
      '/api/v1/booking/bookings/:id/calendar.ics',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.getCalendarFile',
          tags: ['booking'],
          summary: "The booking as an iCalendar file (text/calendar) for the citizen's calendar",
          params: BookingIdParams,
          response: { 200: z.string().describe('text/calendar'), ...ERRORS },
        },
      },
      async (request, reply) => {
        const file = await booking.calendarOf(citizenOf(request), request.params.id);
        return reply
          .header('content-type', 'text/calendar; charset=utf-8')
          .header('content-disposition', `attachment; filename="${file.filename}"`)
          .header('cache-control', 'private, no-store')
          .send(file.body);
      },
    );

    app.get(
      '/api/v1/booking/mpps/:mpp/services',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'booking.listBookableServices',
          tags: ['booking'],
          summary: 'The services of the MPP that take appointments now (empty when none)',
          params: MppOnlyParams,
          response: { 200: BookableServices, ...ERRORS },
        },
      },
      async (request) => {
        const { facts, services } = await booking.bookableServices(request.params.mpp);
        return {
          mpp: mppOut(facts.place),
          items: services.map((s) => ({
            ...serviceOut(s),
            tenant: { id: s.tenant.id, shortName: s.tenant.shortName },
          })),
        };
      },
    );

    app.get(
      '/api/v1/booking/mpps/:mpp/services/:service/slots',
      {
        config: { access: 'public' },
        schema: {
          operationId: 'booking.listSlots',
          tags: ['booking'],
          summary: 'Slots with seats left, per date (default: the booking window; at most 31 days)',
          params: MppServiceParams,
          querystring: SlotsQuery,
          response: { 200: SlotListing, ...ERRORS },
        },
      },
      async (request) => {
        const { from, to } = request.query;
        const listed = await booking.slots(request.params.mpp, request.params.service, {
          ...(from ? { from: parseLocalDate(from) } : {}),
          ...(to ? { to: parseLocalDate(to) } : {}),
        });
        return { mpp: mppOut(listed.facts.place), service: serviceOut(listed.service), days: listed.days };
      },
    );

    app.post(
      '/api/v1/booking/bookings',
      {
        config: { access: { permission: 'booking.book' }, admit: (reply) => guard.admit(reply) },
        schema: {
          operationId: 'booking.book',
          tags: ['booking'],
          summary: 'Book a slot (a verified NIK; one per person per service per day)',
          headers: IdempotencyHeaders,
          body: BookInput,
          response: { 201: Booking, ...ERRORS, 429: Problem, 503: Problem },
        },
      },
      async (request, reply) => {
        const accountId = citizenOf(request);
        const { replayed, booking: made } = await guard.run({ accountId, address: request.ip }, () =>
          booking.bookOnce(
            accountId,
            request.headers['idempotency-key'],
            { mppRef: request.body.mppId, serviceRef: request.body.serviceId, slotKey: request.body.slot },
            request.principal ?? undefined,
          ),
        );
        if (replayed) void reply.header('idempotent-replayed', 'true');
        return reply.status(201).send(made);
      },
    );

    app.get(
      '/api/v1/booking/me/bookings',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.listMyBookings',
          tags: ['booking'],
          summary: "The citizen's bookings from a week ago on",
          response: { 200: z.object({ items: z.array(Booking) }), ...ERRORS },
        },
      },
      async (request) => ({ items: await booking.myBookings(citizenOf(request)) }),
    );

    app.get(
      '/api/v1/booking/bookings/:id',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.getMyBooking',
          tags: ['booking'],
          summary: "One of the citizen's bookings",
          params: BookingIdParams,
          response: { 200: Booking, ...ERRORS },
        },
      },
      async (request) => booking.myBooking(citizenOf(request), request.params.id),
    );

    app.post(
      '/api/v1/booking/bookings/:id/reschedule',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.reschedule',
          tags: ['booking'],
          summary: 'Move to another slot in one step: the new seat is held before the old one is freed',
          params: BookingIdParams,
          body: RescheduleInput,
          response: { 200: Booking, ...ERRORS },
        },
      },
      async (request) =>
        booking.reschedule(citizenOf(request), request.params.id, request.body.slot, request.principal ?? undefined),
    );

    app.post(
      '/api/v1/booking/bookings/:id/cancel',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.cancel',
          tags: ['booking'],
          summary: 'Cancel before the cut-off; the seat is free at once (or held for the first on the waitlist)',
          params: BookingIdParams,
          response: { 200: Booking, ...ERRORS },
        },
      },
      async (request) => booking.cancel(citizenOf(request), request.params.id),
    );

    app.post(
      '/api/v1/booking/waitlist',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.joinWaitlist',
          tags: ['booking'],
          summary: 'Join the waitlist of a full day: a freed seat is held for the first in line',
          body: WaitlistInput,
          response: { 201: WaitlistEntry, ...ERRORS },
        },
      },
      async (request, reply) => {
        const entry = await booking.waitlist.join(
          citizenOf(request),
          { mppRef: request.body.mppId, serviceRef: request.body.serviceId, date: parseLocalDate(request.body.date) },
          request.principal ?? undefined,
        );
        return reply.status(201).send(entry);
      },
    );

    app.get(
      '/api/v1/booking/me/waitlist',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.listMyWaitlist',
          tags: ['booking'],
          summary: "The citizen's places on waitlists, with seats held for them",
          response: { 200: z.object({ items: z.array(WaitlistEntry) }), ...ERRORS },
        },
      },
      async (request) => ({ items: await booking.waitlist.mine(citizenOf(request)) }),
    );

    app.post(
      '/api/v1/booking/waitlist/:id/accept',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.acceptWaitlistOffer',
          tags: ['booking'],
          summary: 'Take the seat held for the citizen: a confirmed booking',
          params: WaitlistIdParams,
          response: { 201: Booking, ...ERRORS },
        },
      },
      async (request, reply) => {
        const made = await booking.acceptOffer(citizenOf(request), request.params.id, request.principal ?? undefined);
        return reply.status(201).send(made);
      },
    );

    app.post(
      '/api/v1/booking/waitlist/:id/leave',
      {
        config: { access: { permission: 'booking.book' } },
        schema: {
          operationId: 'booking.leaveWaitlist',
          tags: ['booking'],
          summary: 'Leave the waitlist; a seat held for the citizen goes to the next in line',
          params: WaitlistIdParams,
          response: { 200: WaitlistEntry, ...ERRORS },
        },
      },
      async (request) => booking.waitlist.leave(citizenOf(request), request.params.id),
    );
  };
}
