/**
 * The booking API as the web reads it (/api/v1/booking; the contract is /openapi.json).
 * Hand-mirrored from src/modules/booking/booking.schemas.ts; keep the two in step.
 */
import type { IndonesianZone } from '../../../src/domain/time/zones.js';
import type { IssuedTicket } from './queue-types.js';
import type { Problem } from './types.js';

export type BookingMpp = { id: string; slug: string; name: string; timeZone: IndonesianZone };
export type BookingService = { id: string; slug: string; name: string };

export type SlotState = 'open' | 'full' | 'not_yet_open' | 'closed';

/** One slot of a day: `key` ("2026-12-01T09:00", local) is what a booking names. */
export type Slot = {
  key: string;
  /** YYYY-MM-DD in the MPP's zone. */
  date: string;
  /** HH:mm, local. */
  starts: string;
  ends: string;
  /** ISO 8601 with the MPP's offset. */
  startsAt: string;
  capacity: number;
  seatsLeft: number;
  state: SlotState;
  /** When booking opens (not_yet_open), ISO 8601 with the MPP's offset. */
  opensAt: string | null;
};

export type SlotPeriod = { opens: string; closes: string };

/** What a manager set for one date: closed, or other hours, another capacity, single slots closed. */
export type DateOverride = {
  closed: boolean;
  reason: string | null;
  periods: SlotPeriod[] | null;
  capacity: number | null;
  closedSlots: string[];
};

export type SlotDay = {
  date: string;
  closedReason: string | null;
  /** The date's override (null: the usual schedule). */
  override: DateOverride | null;
  slots: Slot[];
};

export type SlotListing = { mpp: BookingMpp; service: BookingService; days: SlotDay[] };

/** The services of an MPP that take appointments now. */
export type BookableServices = {
  mpp: BookingMpp;
  items: (BookingService & { tenant: { id: string; shortName: string } })[];
};

export type ReleaseRule = { kind: 'rolling' } | { kind: 'weekly'; weekday: number; at: string };

/** A service's appointment rules at an MPP, as a manager sets them. */
export type ScheduleInput = {
  isEnabled: boolean;
  slotMinutes: number;
  capacity: number;
  windowDays: number;
  release: ReleaseRule;
  minNoticeMinutes: number;
  changeCutoffMinutes: number;
  maxPerWeek: number;
  checkInEarlyMinutes: number;
  checkInLateMinutes: number;
  noShowLimit: number;
  noShowBlockDays: number;
};

/** A service's appointment rules at an MPP. */
export type Schedule = ScheduleInput & { mpp: BookingMpp; service: BookingService; updatedAt: string };

export type BookingStatus = 'confirmed' | 'cancelled' | 'checked_in' | 'no_show';

export type Booking = {
  id: string;
  /** 8 letters and digits, shown at the kiosk or the counter to check in. */
  code: string;
  status: BookingStatus;
  mpp: BookingMpp | null;
  service: BookingService;
  tenant: { id: string; shortName: string };
  date: string;
  startsAt: string;
  endsAt: string;
  /** Whether it may still be moved or cancelled (before the cut-off). */
  canChange: boolean;
  /** The cut-off: moved or cancelled before this (ISO 8601 with the MPP's offset); null when the rules are gone. */
  changeableUntil: string | null;
  /** The queue ticket its check-in gave, or null. */
  ticketId: string | null;
  createdAt: string;
};

export type CheckInResult = {
  booking: Booking;
  /** After the window: the ticket is a walk-in ticket. */
  late: boolean;
  ticket: IssuedTicket;
};

/**
 * A place on the waitlist of a full day. `waiting` (with `position`, 1 = next in line), then
 * `offered` (a freed seat is held until `offer.expiresAt`), ending `booked` (with `bookingId`),
 * `expired` (the offer lapsed, or the day ended), `left`, or `closed` (the MPP closed the day).
 */
export type WaitlistStatus = 'waiting' | 'offered' | 'booked' | 'expired' | 'left' | 'closed';

export type WaitlistOffer = { startsAt: string; endsAt: string; expiresAt: string };

export type WaitlistEntry = {
  id: string;
  status: WaitlistStatus;
  mpp: BookingMpp;
  service: BookingService;
  /** YYYY-MM-DD in the MPP's zone. */
  date: string;
  position: number | null;
  offer: WaitlistOffer | null;
  bookingId: string | null;
  createdAt: string;
};

export type WaitlistInput = { mppId: string; serviceId: string; date: string };

/** The extension members of the booking problems the pages act on. */
export type BookingProblem = Problem & {
  /** booking.slot_full: the nearest free slots. */
  alternatives?: Slot[];
  /** booking.not_yet_open. */
  opensAt?: string;
  /** booking.check_in_window. */
  window?: { from: string; to: string };
};
