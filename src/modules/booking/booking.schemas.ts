import { z } from 'zod';
import { isBookingCode, SLOT_CAPACITY, SLOT_MINUTES, WINDOW_DAYS } from '../../domain/booking/index.js';
import { INDONESIAN_ZONES, isLocalDate } from '../../domain/time/index.js';

const Uuid = z.uuid();
const LocalDateText = z
  .string()
  .refine(isLocalDate, 'Tanggal YYYY-MM-DD yang ada / an existing date YYYY-MM-DD')
  .describe('YYYY-MM-DD, in the MPP zone');
const HhMm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm');
const Zoned = z.string().describe('ISO 8601 with the MPP offset');

export const MppServiceParams = z.object({ mpp: z.string().min(1).max(200), service: z.string().min(1).max(200) });
export const MppServiceDateParams = MppServiceParams.extend({ date: LocalDateText });
export const BookingIdParams = z.object({ id: Uuid });

export const ReleaseRule = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('rolling') }),
  z.strictObject({
    kind: z.literal('weekly'),
    weekday: z.number().int().min(1).max(7).describe('ISO weekday, Monday = 1'),
    at: HhMm.describe('Local time of the release'),
  }),
]);

export const ScheduleInput = z.strictObject({
  isEnabled: z.boolean(),
  slotMinutes: z.number().int().min(SLOT_MINUTES.min).max(SLOT_MINUTES.max),
  capacity: z.number().int().min(SLOT_CAPACITY.min).max(SLOT_CAPACITY.max).describe('Citizens per slot'),
  windowDays: z.number().int().min(WINDOW_DAYS.min).max(WINDOW_DAYS.max),
  release: ReleaseRule,
  minNoticeMinutes: z.number().int().min(0).max(1440),
  changeCutoffMinutes: z.number().int().min(0).max(10080),
  maxPerWeek: z.number().int().min(1).max(14).describe('Active bookings per person for this service within 7 days'),
  checkInEarlyMinutes: z
    .number()
    .int()
    .min(0)
    .max(240)
    .default(30)
    .describe('Check-in opens this long before the start'),
  checkInLateMinutes: z
    .number()
    .int()
    .min(0)
    .max(240)
    .default(15)
    .describe('Check-in in the appointment lane until this long after the start; later that day as a walk-in'),
  noShowLimit: z.number().int().min(1).max(20).default(3).describe('No-shows within 90 days that block booking'),
  noShowBlockDays: z.number().int().min(1).max(365).default(30),
});

export const Schedule = ScheduleInput.extend({
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.enum(INDONESIAN_ZONES) }),
  service: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
  updatedAt: z.string(),
});

export const DateOverrideInput = z.union([
  z.strictObject({ closed: z.literal(true), reason: z.string().trim().min(3).max(300) }),
  z
    .strictObject({
      closed: z.literal(false).optional(),
      periods: z
        .array(z.strictObject({ opens: HhMm, closes: HhMm }).refine((p) => p.opens < p.closes, 'opens < closes'))
        .min(1)
        .max(4)
        .optional(),
      capacity: z.number().int().min(SLOT_CAPACITY.min).max(SLOT_CAPACITY.max).optional(),
      closedSlots: z
        .array(HhMm)
        .min(1)
        .max(96)
        .optional()
        .describe('Single slots closed, by local start time; their bookings are cancelled and the citizens told'),
      reason: z
        .string()
        .trim()
        .min(3)
        .max(300)
        .optional()
        .describe('What citizens whose bookings are cancelled are told'),
    })
    .refine(
      (o) => o.periods !== undefined || o.capacity !== undefined || o.closedSlots !== undefined,
      'periods, capacity or closedSlots',
    )
    .refine((o) => o.closedSlots === undefined || o.reason !== undefined, 'closedSlots needs a reason'),
]);

export const DateChangeResult = z.object({
  cancelledBookings: z
    .number()
    .int()
    .describe('Bookings the change left without a slot: cancelled, and their citizens notified with other slots'),
});

export const DayParams = z.object({ mpp: z.string().min(1).max(200), date: LocalDateText });

export const DayView = z.object({
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.enum(INDONESIAN_ZONES) }),
  date: LocalDateText,
  services: z.array(
    z.object({
      service: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
      tenant: z.object({ id: Uuid, shortName: z.string() }),
      seats: z.number().int().describe('Seats of the open slots'),
      booked: z.number().int().describe('Bookings not cancelled (confirmed, checked in, missed)'),
      checkedIn: z.number().int(),
      noShows: z.number().int(),
      cancelled: z.number().int(),
      utilisation: z.number().describe('booked / seats, 0..1 (can exceed 1 after a capacity was lowered)'),
      closedReason: z.string().nullable(),
      slots: z.array(
        z.object({
          key: z.string(),
          starts: HhMm,
          ends: HhMm,
          capacity: z.number().int(),
          booked: z.number().int(),
          closed: z.boolean(),
        }),
      ),
      bookings: z.array(
        z.object({
          id: Uuid,
          code: z.string(),
          starts: HhMm,
          status: z.enum(['confirmed', 'cancelled', 'checked_in', 'no_show']),
          citizenName: z.string(),
          checkedInAt: Zoned.nullable(),
          late: z.boolean(),
        }),
      ),
    }),
  ),
});

export const SlotsQuery = z.strictObject({ from: LocalDateText.optional(), to: LocalDateText.optional() });

export const SlotView = z.object({
  key: z.string().describe('YYYY-MM-DDTHH:mm, local: what a booking names'),
  date: LocalDateText,
  starts: HhMm,
  ends: HhMm,
  startsAt: Zoned,
  capacity: z.number().int(),
  seatsLeft: z.number().int(),
  state: z.enum(['open', 'full', 'not_yet_open', 'closed']),
  opensAt: Zoned.nullable().describe('When booking opens (not_yet_open)'),
});

export const BookableServices = z.object({
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.enum(INDONESIAN_ZONES) }),
  items: z.array(
    z.object({
      id: Uuid,
      slug: z.string(),
      name: z.string(),
      tenant: z.object({ id: Uuid, shortName: z.string() }),
    }),
  ),
});

export const MppOnlyParams = z.object({ mpp: z.string().min(1).max(200) });

export const SlotListing = z.object({
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.enum(INDONESIAN_ZONES) }),
  service: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
  days: z.array(
    z.object({
      date: LocalDateText,
      closedReason: z.string().nullable(),
      override: z
        .object({
          closed: z.boolean(),
          reason: z.string().nullable(),
          periods: z.array(z.object({ opens: HhMm, closes: HhMm })).nullable(),
          capacity: z.number().int().nullable(),
          closedSlots: z.array(HhMm),
        })
        .nullable()
        .describe("The date's difference from the schedule, if any"),
      slots: z.array(SlotView),
    }),
  ),
});

export const BookInput = z.strictObject({
  mppId: z.string().min(1).max(200).describe('MPP id or slug'),
  serviceId: z.string().min(1).max(200).describe('Service id or slug'),
  slot: z.string().min(1).max(20).describe('The slot key from the listing'),
});

export const CheckInInput = z.strictObject({
  code: z
    .string()
    .max(20)
    .refine(isBookingCode, '8 huruf/angka kode janji temu / the 8 letters or digits of a booking code')
    .describe('The booking code (case and spaces do not matter)'),
});

export const CheckInResult = z.object({
  booking: z.lazy(() => Booking),
  late: z.boolean().describe('After the window: the ticket is a walk-in ticket'),
  ticket: z.looseObject({ id: Uuid, displayNumber: z.string() }).describe('The queue ticket, as the kiosk prints it'),
});

export const RescheduleInput = z.strictObject({
  slot: z.string().min(1).max(20).describe('The new slot key, of the same service at the same MPP'),
});

export const Booking = z.object({
  id: Uuid,
  code: z.string().describe('Shown at the kiosk or counter to check in'),
  status: z.enum(['confirmed', 'cancelled', 'checked_in', 'no_show']),
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.enum(INDONESIAN_ZONES) }).nullable(),
  service: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
  tenant: z.object({ id: Uuid, shortName: z.string() }),
  date: LocalDateText,
  startsAt: Zoned,
  endsAt: Zoned,
  canChange: z.boolean().describe('Whether it may still be cancelled or moved (before the cut-off)'),
  changeableUntil: Zoned.nullable().describe('The cut-off: cancel or move before this'),
  ticketId: Uuid.nullable().describe('The queue ticket its check-in gave'),
  createdAt: Zoned,
});

export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z
    .string()
    .regex(/^[\w.:-]{8,100}$/, '8-100 huruf, angka, . : _ - / 8-100 letters, digits, . : _ -')
    .optional()
    .describe('Retrying with the same key and body returns the first answer'),
});

export const WaitlistInput = z.strictObject({
  mppId: z.string().min(1).max(200).describe('MPP id or slug'),
  serviceId: z.string().min(1).max(200).describe('Service id or slug'),
  date: LocalDateText.describe('A day of the window with no seat left'),
});

export const WaitlistIdParams = z.object({ id: Uuid });

export const WaitlistEntry = z.object({
  id: Uuid,
  status: z.enum(['waiting', 'offered', 'booked', 'expired', 'left', 'closed']),
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.enum(INDONESIAN_ZONES) }),
  service: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
  date: LocalDateText,
  position: z.number().int().nullable().describe('Place in line while waiting (1 = next)'),
  offer: z
    .object({ startsAt: Zoned, endsAt: Zoned, expiresAt: Zoned.describe('Accept before this, or the seat goes on') })
    .nullable()
    .describe('The seat held for the citizen (status offered)'),
  bookingId: Uuid.nullable().describe('The booking made by accepting (status booked)'),
  createdAt: Zoned,
});
