import { describe, expect, it } from 'vitest';
import type { Booking, BookingStatus } from '../api/booking-types.js';
import { splitBookings } from './booking-lists.js';

function booking(id: string, startsAt: string, status: BookingStatus = 'confirmed'): Booking {
  const start = Date.parse(startsAt);
  return {
    id,
    code: 'ABCD2345',
    status,
    mpp: null,
    service: { id: 's', slug: 's', name: 'S' },
    tenant: { id: 't', shortName: 'T' },
    date: startsAt.slice(0, 10),
    startsAt,
    endsAt: new Date(start + 30 * 60_000).toISOString(),
    canChange: true,
    changeableUntil: new Date(start - 120 * 60_000).toISOString(),
    ticketId: null,
    createdAt: startsAt,
  };
}

const now = new Date('2026-12-01T10:00:00+08:00');

describe('splitBookings', () => {
  it('lists confirmed bookings not yet ended as coming up, soonest first', () => {
    const { upcoming } = splitBookings(
      [booking('b', '2026-12-03T09:00:00+08:00'), booking('a', '2026-12-02T09:00:00+08:00')],
      now,
    );
    expect(upcoming.map((b) => b.id)).toEqual(['a', 'b']);
  });

  it('keeps one under way until it ends', () => {
    const { upcoming } = splitBookings([booking('now', '2026-12-01T09:45:00+08:00')], now);
    expect(upcoming.map((b) => b.id)).toEqual(['now']);
  });

  it('puts ended, cancelled, checked-in and missed bookings in the history, latest first', () => {
    const { upcoming, past } = splitBookings(
      [
        booking('ended', '2026-11-30T09:00:00+08:00'),
        booking('cancelled', '2026-12-04T09:00:00+08:00', 'cancelled'),
        booking('in', '2026-12-01T08:00:00+08:00', 'checked_in'),
        booking('missed', '2026-11-28T08:00:00+08:00', 'no_show'),
      ],
      now,
    );
    expect(upcoming).toEqual([]);
    expect(past.map((b) => b.id)).toEqual(['cancelled', 'in', 'ended', 'missed']);
  });
});
