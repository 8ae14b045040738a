import type { Booking, Schedule, SlotListing, WaitlistEntry, WaitlistInput } from './booking-types.js';
import { ApiError, at, getJson, languageHeader, networkError, readProblem, type Sender, v1 } from './client.js';

/**
 * Appointments as a citizen uses them: slots and rules (public), their bookings, book, move,
 * cancel, and the waitlist of a full day.
 */
export const bookingBase = `${v1}/booking`;

const servicePath = (mpp: string, service: string) => `${bookingBase}/mpps/${at(mpp)}/services/${at(service)}`;

/** Rules change rarely; the confirm step reads each service's once per page load. */
const schedules = new Map<string, Promise<Schedule>>();

export const bookingReads = {
  /** The booking window's days and slots with seats left (404 `booking.not_bookable` when none are taken). */
  listSlots: (mpp: string, service: string, signal?: AbortSignal) =>
    getJson<SlotListing>(`${servicePath(mpp, service)}/slots`, {}, signal),
  getSchedule: (mpp: string, service: string, signal?: AbortSignal) =>
    getJson<Schedule>(`${servicePath(mpp, service)}/schedule`, {}, signal),
  /** The same rules, shared by every caller on this page (a failure is forgotten, so it is asked again). */
  getScheduleOnce(mpp: string, service: string): Promise<Schedule> {
    const key = `${mpp}/${service}`;
    let pending = schedules.get(key);
    if (!pending) {
      pending = bookingReads.getSchedule(mpp, service);
      schedules.set(key, pending);
      pending.catch(() => schedules.delete(key));
    }
    return pending;
  },
  listMyBookings: (signal?: AbortSignal) =>
    getJson<{ items: Booking[] }>(`${bookingBase}/me/bookings`, {}, signal).then((r) => r.items),
  /** One booking of the signed-in citizen (404 for anyone else's). */
  getMyBooking: (id: string, signal?: AbortSignal) => getJson<Booking>(`${bookingBase}/bookings/${at(id)}`, {}, signal),
  /** The citizen's places on waitlists from yesterday on, with the seats held for them. */
  listMyWaitlist: (signal?: AbortSignal) =>
    getJson<{ items: WaitlistEntry[] }>(`${bookingBase}/me/waitlist`, {}, signal).then((r) => r.items),
};

/** The booking as a calendar file (text/calendar), for "Tambah ke kalender". */
export function calendarUrl(bookingId: string): string {
  return `${bookingBase}/bookings/${at(bookingId)}/calendar.ics`;
}

export const bookingWrites = (send: Sender) => ({
  cancel: (id: string) => send<Booking>('POST', `${bookingBase}/bookings/${at(id)}/cancel`),
  /** One step: the new seat is held before the old one is freed; the answer is the new booking. */
  reschedule: (id: string, slot: string) =>
    send<Booking>('POST', `${bookingBase}/bookings/${at(id)}/reschedule`, { slot }),
  /** A place in the line of a day with no seat left (409 `booking.day_has_seats` when it has one). */
  joinWaitlist: (input: WaitlistInput) => send<WaitlistEntry>('POST', `${bookingBase}/waitlist`, input),
  /** Takes the seat held for the citizen: the answer is the booking (409 `booking.offer_gone` once it lapsed). */
  acceptOffer: (entryId: string) => send<Booking>('POST', `${bookingBase}/waitlist/${at(entryId)}/accept`),
  /** Leaves the line; a seat held for the citizen goes to the next one. */
  leaveWaitlist: (entryId: string) => send<WaitlistEntry>('POST', `${bookingBase}/waitlist/${at(entryId)}/leave`),
});

export type BookInput = { mppId: string; serviceId: string; slot: string };

/**
 * Books a slot. The session's Sender cannot add headers, so this write is sent here: with the
 * CSRF token, and an Idempotency-Key the caller keeps for every retry of the same attempt, so a
 * lost answer retried is the first booking again, never a second one.
 */
export async function bookSlot(
  input: BookInput,
  auth: { csrfToken: string; idempotencyKey: string },
): Promise<Booking> {
  let response: Response;
  try {
    response = await fetch(`${bookingBase}/bookings`, {
      method: 'POST',
      headers: {
        Accept: 'application/json',
        'Accept-Language': languageHeader(),
        'Content-Type': 'application/json',
        'X-CSRF-Token': auth.csrfToken,
        'Idempotency-Key': auth.idempotencyKey,
      },
      body: JSON.stringify(input),
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) {
    throw new ApiError(await readProblem(response), parseRetryAfter(response.headers.get('retry-after')));
  }
  return (await response.json()) as Booking;
}

/** Retry-After in whole seconds (RFC 9110: a number of seconds or an HTTP date). */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}
