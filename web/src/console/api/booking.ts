import { at, getJson, type Sender, v1 } from '../../api/client.js';
import type {
  BookingMpp,
  BookingService as BookingServiceRef,
  DateOverride,
  ReleaseRule,
  Schedule,
  ScheduleInput,
  SlotDay,
  SlotListing,
  SlotPeriod,
  SlotState,
  Slot as SlotView,
} from '../../api/booking-types.js';

/**
 * Appointments (janji temu) as the console reads and writes them (src/modules/booking,
 * docs/booking.md). The shapes both bundles read are in web/src/api/booking-types.ts, the one
 * mirror of booking.schemas.ts.
 */

const base = `${v1}/booking`;

export type {
  BookingMpp,
  BookingServiceRef,
  DateOverride,
  ReleaseRule,
  Schedule,
  ScheduleInput,
  SlotDay,
  SlotListing,
  SlotPeriod,
  SlotState,
  SlotView,
};

/** Close a date with a reason, or give it other hours, another capacity or close single slots. */
export type DateOverrideInput =
  | { closed: true; reason: string }
  | { periods?: SlotPeriod[]; capacity?: number; closedSlots?: string[]; reason?: string };

/** How many bookings a change to a date cancelled (their citizens are told, with other slots). */
export type DateChangeResult = { cancelledBookings: number };

export type BookingStatus = 'confirmed' | 'checked_in' | 'no_show' | 'cancelled';

export type DayBooking = {
  id: string;
  code: string;
  starts: string;
  status: BookingStatus;
  citizenName: string;
  checkedInAt: string | null;
  late: boolean;
};

export type DaySlot = { key: string; starts: string; ends: string; capacity: number; booked: number; closed: boolean };

export type DayService = {
  service: BookingServiceRef;
  tenant: { id: string; shortName: string };
  seats: number;
  booked: number;
  checkedIn: number;
  noShows: number;
  cancelled: number;
  utilisation: number;
  closedReason: string | null;
  slots: DaySlot[];
  bookings: DayBooking[];
};

/** One MPP's appointments on one date, per service (officers: their tenant's services only). */
export type BookingDay = { mpp: BookingMpp; date: string; services: DayService[] };

export type CheckInResult = {
  booking: { id: string; code: string; status: BookingStatus; service: BookingServiceRef };
  late: boolean;
  ticket: { id: string; displayNumber: string };
};

export const bookingReads = {
  getDay: (mpp: string, date: string, signal?: AbortSignal) =>
    getJson<BookingDay>(`${base}/mpps/${at(mpp)}/days/${at(date)}`, {}, signal),
  getSchedule: (mpp: string, service: string, signal?: AbortSignal) =>
    getJson<Schedule>(`${base}/mpps/${at(mpp)}/services/${at(service)}/schedule`, {}, signal),
  listSlots: (mpp: string, service: string, range: { from: string; to: string }, signal?: AbortSignal) =>
    getJson<SlotListing>(`${base}/mpps/${at(mpp)}/services/${at(service)}/slots`, range, signal),
};

export const bookingWrites = (send: Sender) => ({
  saveSchedule: (mpp: string, service: string, input: ScheduleInput) =>
    send<Schedule>('PUT', `${base}/mpps/${at(mpp)}/services/${at(service)}/schedule`, input),
  saveDate: (mpp: string, service: string, date: string, input: DateOverrideInput) =>
    send<DateChangeResult>('PUT', `${base}/mpps/${at(mpp)}/services/${at(service)}/dates/${at(date)}`, input),
  /** Back to the usual slots; bookings in hours the override had added lose their slot. */
  removeDate: (mpp: string, service: string, date: string) =>
    send<DateChangeResult>('DELETE', `${base}/mpps/${at(mpp)}/services/${at(service)}/dates/${at(date)}`),
  checkIn: (mpp: string, code: string) => send<CheckInResult>('POST', `${base}/mpps/${at(mpp)}/check-in`, { code }),
});
