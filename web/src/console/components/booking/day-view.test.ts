import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DayBooking } from '../../api/booking.js';
import { slotFillOf, sortBookings, utilisationPercent } from './day-view.js';

describe('utilisationPercent', () => {
  it('rounds booked over seats to a whole percent', () => {
    expect(utilisationPercent(1, 3)).toBe(33);
    expect(utilisationPercent(0, 10)).toBe(0);
  });

  it('has none for a day without seats', () => {
    expect(utilisationPercent(0, 0)).toBeUndefined();
  });

  it('stays between 0 and 100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5, max: 600 }), fc.integer({ min: 1, max: 500 }), (booked, seats) => {
        const percent = utilisationPercent(booked, seats) ?? -1;
        return percent >= 0 && percent <= 100;
      }),
    );
  });
});

describe('slotFillOf', () => {
  it('tells closed, empty, partly and fully booked slots apart', () => {
    expect(slotFillOf({ capacity: 2, booked: 1, closed: true })).toBe('closed');
    expect(slotFillOf({ capacity: 2, booked: 0, closed: false })).toBe('empty');
    expect(slotFillOf({ capacity: 2, booked: 1, closed: false })).toBe('partial');
    expect(slotFillOf({ capacity: 2, booked: 2, closed: false })).toBe('full');
  });
});

describe('sortBookings', () => {
  const booking = (code: string, starts: string, status: DayBooking['status']): DayBooking => ({
    id: code,
    code,
    starts,
    status,
    citizenName: code,
    checkedInAt: null,
    late: false,
  });

  it('orders by time, then those still to come before the others, then by code', () => {
    const sorted = sortBookings([
      booking('C', '09:00', 'cancelled'),
      booking('B', '08:00', 'checked_in'),
      booking('A', '09:00', 'confirmed'),
      booking('D', '08:00', 'confirmed'),
    ]);
    expect(sorted.map((b) => b.code)).toEqual(['D', 'B', 'A', 'C']);
  });
});
