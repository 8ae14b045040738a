import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Slot, SlotDay, SlotState } from '../api/booking-types.js';
import { findSlot, firstChoiceDate, summariseDay } from './day-summary.js';

function slot(starts: string, state: SlotState, seatsLeft: number, opensAt: string | null = null): Slot {
  return {
    key: `2026-12-01T${starts}`,
    date: '2026-12-01',
    starts,
    ends: starts,
    startsAt: `2026-12-01T${starts}:00+08:00`,
    capacity: 4,
    seatsLeft,
    state,
    opensAt,
  };
}

const day = (slots: Slot[], closedReason: string | null = null, date = '2026-12-01'): SlotDay => ({
  date,
  closedReason,
  override: null,
  slots,
});

describe('summariseDay', () => {
  it('counts the seats left of the open slots only', () => {
    expect(summariseDay(day([slot('08:00', 'open', 3), slot('08:30', 'full', 0), slot('09:00', 'open', 1)]))).toEqual({
      kind: 'open',
      seatsLeft: 4,
    });
  });

  it('gives the reason of a date the MPP closed, before anything else', () => {
    expect(summariseDay(day([], 'Pemeliharaan jaringan'))).toEqual({ kind: 'closed', reason: 'Pemeliharaan jaringan' });
  });

  it('calls a date without slots and without a closure a day without service', () => {
    expect(summariseDay(day([]))).toEqual({ kind: 'no_service' });
  });

  it('says when a date not yet released opens: the earliest of its slots', () => {
    const summary = summariseDay(
      day([
        slot('08:00', 'not_yet_open', 4, '2026-11-27T14:00:00+08:00'),
        slot('08:30', 'not_yet_open', 4, '2026-11-27T13:00:00+08:00'),
      ]),
    );
    expect(summary).toEqual({ kind: 'not_yet_open', opensAt: '2026-11-27T13:00:00+08:00' });
  });

  it('calls a date full when its slots are full or closed', () => {
    expect(summariseDay(day([slot('08:00', 'closed', 2), slot('08:30', 'full', 0)]))).toEqual({ kind: 'full' });
  });

  it('calls a date over when every slot has begun or is too close', () => {
    expect(summariseDay(day([slot('08:00', 'closed', 2), slot('08:30', 'closed', 4)]))).toEqual({ kind: 'over' });
  });

  it('is open exactly when some open slot has a seat, with their sum', () => {
    const states: SlotState[] = ['open', 'full', 'not_yet_open', 'closed'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ state: fc.constantFrom(...states), seats: fc.integer({ min: 0, max: 9 }) }), {
          maxLength: 12,
        }),
        (specs) => {
          const slots = specs.map((s, i) => slot(`0${i % 10}:00`, s.state, s.seats));
          const seats = specs.filter((s) => s.state === 'open').reduce((sum, s) => sum + s.seats, 0);
          const summary = summariseDay(day(slots));
          expect(summary.kind === 'open').toBe(seats > 0);
          if (summary.kind === 'open') expect(summary.seatsLeft).toBe(seats);
        },
      ),
    );
  });
});

describe('firstChoiceDate', () => {
  it('opens on the first date with a seat', () => {
    const days = [day([], 'Libur', '2026-12-01'), day([slot('08:00', 'open', 1)], null, '2026-12-02')];
    expect(firstChoiceDate(days)).toBe('2026-12-02');
  });

  it('opens on the first date of the window when none has a seat', () => {
    expect(firstChoiceDate([day([], null, '2026-12-01'), day([], null, '2026-12-02')])).toBe('2026-12-01');
    expect(firstChoiceDate([])).toBeUndefined();
  });
});

describe('findSlot', () => {
  it('finds a slot by its key on any date, and nothing for an unknown key', () => {
    const days = [day([slot('08:00', 'open', 1)])];
    expect(findSlot(days, '2026-12-01T08:00')?.starts).toBe('08:00');
    expect(findSlot(days, '2026-12-01T08:30')).toBeUndefined();
  });
});
