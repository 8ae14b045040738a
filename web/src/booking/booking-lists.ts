import type { Booking } from '../api/booking-types.js';

/**
 * My bookings in two lists: coming up (confirmed, not yet ended), soonest first; and the rest
 * (cancelled, checked in, missed, or ended), most recent first.
 */
export function splitBookings(items: readonly Booking[], now: Date): { upcoming: Booking[]; past: Booking[] } {
  const upcoming: Booking[] = [];
  const past: Booking[] = [];
  for (const booking of items) {
    if (booking.status === 'confirmed' && Date.parse(booking.endsAt) > now.getTime()) upcoming.push(booking);
    else past.push(booking);
  }
  upcoming.sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  past.sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return { upcoming, past };
}
