import { describe, expect, it } from 'vitest';
import type { SlotDay, SlotView } from '../../api/booking.js';
import { bookingsAtRisk, closesSomething, overrideDraftOf, toOverrideInput } from './override-draft.js';

function slot(starts: string, capacity: number, seatsLeft: number): SlotView {
  return {
    key: `2026-12-01T${starts}`,
    date: '2026-12-01',
    starts,
    ends: starts,
    startsAt: `2026-12-01T${starts}:00+08:00`,
    capacity,
    seatsLeft,
    state: 'open',
    opensAt: null,
  };
}

const day: SlotDay = {
  date: '2026-12-01',
  closedReason: null,
  override: null,
  slots: [slot('08:00', 2, 0), slot('08:15', 2, 1), slot('08:30', 2, 2)],
};
const hours = [{ opens: '08:00', closes: '15:00' }];

describe('overrideDraftOf', () => {
  it("starts a usual date as a change with the weekday's hours", () => {
    expect(overrideDraftOf(day, hours)).toEqual({
      mode: 'change',
      reason: '',
      hasOtherHours: false,
      periods: hours,
      capacity: '',
      closedSlots: [],
    });
  });

  it('starts a closed date as closed, with its reason', () => {
    const draft = overrideDraftOf({ ...day, slots: [], closedReason: 'Pemeliharaan jaringan' }, hours);
    expect(draft).toMatchObject({ mode: 'close', reason: 'Pemeliharaan jaringan' });
  });

  it('takes what an override changed when the listing says', () => {
    const draft = overrideDraftOf(
      {
        ...day,
        override: {
          closed: false,
          reason: null,
          periods: [{ opens: '09:00', closes: '11:00' }],
          capacity: 3,
          closedSlots: ['08:15'],
        },
      },
      hours,
    );
    expect(draft).toMatchObject({ hasOtherHours: true, capacity: '3', closedSlots: ['08:15'] });
    expect(draft.periods).toEqual([{ opens: '09:00', closes: '11:00' }]);
  });

  it('takes the slots the day view marks closed', () => {
    expect(overrideDraftOf(day, hours, ['08:30', '08:15']).closedSlots).toEqual(['08:15', '08:30']);
  });
});

describe('toOverrideInput', () => {
  const base = overrideDraftOf(day, hours);

  it('closes the day with the reason trimmed', () => {
    expect(toOverrideInput({ ...base, mode: 'close', reason: '  Banjir  ' })).toEqual({
      closed: true,
      reason: 'Banjir',
    });
  });

  it('sends only what changed', () => {
    expect(toOverrideInput({ ...base, capacity: '4' })).toEqual({ capacity: 4 });
    expect(toOverrideInput({ ...base, closedSlots: ['08:30', '08:00'] })).toEqual({ closedSlots: ['08:00', '08:30'] });
    expect(toOverrideInput({ ...base, hasOtherHours: true })).toEqual({ periods: hours });
  });

  it('sends the reason with a change when one is given', () => {
    expect(toOverrideInput({ ...base, closedSlots: ['08:00'], reason: ' Listrik padam ' })).toEqual({
      closedSlots: ['08:00'],
      reason: 'Listrik padam',
    });
  });

  it('is nothing when nothing changed, whatever the reason says', () => {
    expect(toOverrideInput({ ...base, reason: 'Listrik padam' })).toBeUndefined();
    expect(toOverrideInput(base)).toBeUndefined();
  });
});

describe('bookingsAtRisk and closesSomething', () => {
  it('counts every booking of a closed day', () => {
    expect(bookingsAtRisk(day, { closed: true, reason: 'Banjir' })).toBe(3);
  });

  it('counts the bookings of the closed slots only', () => {
    expect(bookingsAtRisk(day, { closedSlots: ['08:15', '08:30'] })).toBe(1);
  });

  it('cannot tell for other hours, and says so', () => {
    expect(bookingsAtRisk(day, { periods: hours })).toBeUndefined();
  });

  it('asks for confirmation when something closes, not for another capacity', () => {
    expect(closesSomething({ capacity: 3 })).toBe(false);
    expect(closesSomething({ closedSlots: ['08:00'] })).toBe(true);
    expect(closesSomething({ closed: true, reason: 'Banjir' })).toBe(true);
  });
});
