import type { DayBooking, DaySlot } from '../../api/booking.js';

/** How full a service's day is, as a whole percent (none when it has no seats). */
export function utilisationPercent(booked: number, seats: number): number | undefined {
  if (!(seats > 0)) return undefined;
  return Math.round((Math.min(Math.max(booked, 0), seats) / seats) * 100);
}

/** How a slot of the strip is drawn: closed, empty, partly or fully booked. */
export type SlotFill = 'closed' | 'empty' | 'partial' | 'full';

export function slotFillOf(slot: Pick<DaySlot, 'capacity' | 'booked' | 'closed'>): SlotFill {
  if (slot.closed) return 'closed';
  if (slot.booked <= 0) return 'empty';
  return slot.booked >= slot.capacity ? 'full' : 'partial';
}

const STATUS_ORDER: Record<DayBooking['status'], number> = { confirmed: 0, checked_in: 1, no_show: 2, cancelled: 3 };

/** The day's bookings by time; at one time, those still to come first, cancelled last; then by code. */
export function sortBookings(bookings: readonly DayBooking[]): DayBooking[] {
  return [...bookings].sort(
    (a, b) =>
      a.starts.localeCompare(b.starts) ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      a.code.localeCompare(b.code),
  );
}
