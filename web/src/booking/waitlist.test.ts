import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Slot, SlotDay, SlotState, WaitlistEntry, WaitlistStatus } from '../api/booking-types.js';
import { canJoinWaitlist, findActivePlace, splitWaitlist, waitlistPhase } from './waitlist.js';

function slot(starts: string, state: SlotState, seatsLeft = 0): Slot {
  return {
    key: `2026-12-01T${starts}`,
    date: '2026-12-01',
    starts,
    ends: starts,
    startsAt: `2026-12-01T${starts}:00+08:00`,
    capacity: 1,
    seatsLeft,
    state,
    opensAt: state === 'not_yet_open' ? '2026-11-27T14:00:00+08:00' : null,
  };
}

const day = (slots: Slot[], closedReason: string | null = null): SlotDay => ({
  date: '2026-12-01',
  closedReason,
  override: null,
  slots,
});

function entry(id: string, status: WaitlistStatus, extra: Partial<WaitlistEntry> = {}): WaitlistEntry {
  return {
    id,
    status,
    mpp: { id: 'm', slug: 'm', name: 'MPP', timeZone: 'Asia/Makassar' },
    service: { id: 's', slug: 's', name: 'S' },
    date: '2026-12-01',
    position: status === 'waiting' ? 1 : null,
    offer: null,
    bookingId: null,
    createdAt: '2026-11-30T09:00:00+08:00',
    ...extra,
  };
}

const offer = (expiresAt: string) => ({
  startsAt: '2026-12-01T09:00:00+08:00',
  endsAt: '2026-12-01T09:30:00+08:00',
  expiresAt,
});

describe('canJoinWaitlist', () => {
  it('offers the line of a day whose slots are all taken', () => {
    expect(canJoinWaitlist(day([slot('08:00', 'full'), slot('08:30', 'full')]))).toBe(true);
  });

  it('counts slots already begun as no seat, as long as a later one is full', () => {
    expect(canJoinWaitlist(day([slot('08:00', 'closed', 1), slot('10:00', 'full')]))).toBe(true);
  });

  it('offers no line while a seat is free: the day is booked directly', () => {
    expect(canJoinWaitlist(day([slot('08:00', 'full'), slot('08:30', 'open', 1)]))).toBe(false);
  });

  it('offers no line on a day not yet open, closed, without service, or over', () => {
    expect(canJoinWaitlist(day([slot('08:00', 'not_yet_open', 1)]))).toBe(false);
    expect(canJoinWaitlist(day([], 'Libur'))).toBe(false);
    expect(canJoinWaitlist(day([]))).toBe(false);
    expect(canJoinWaitlist(day([slot('08:00', 'closed', 1)]))).toBe(false);
  });

  it('offers the line exactly when no open slot has a seat and some slot is full', () => {
    const states: SlotState[] = ['open', 'full', 'not_yet_open', 'closed'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ state: fc.constantFrom(...states), seats: fc.integer({ min: 0, max: 3 }) }), {
          maxLength: 10,
        }),
        (specs) => {
          const slots = specs.map((s, i) => slot(`1${i}:00`, s.state, s.seats));
          const hasSeat = specs.some((s) => s.state === 'open' && s.seats > 0);
          const hasFull = specs.some((s) => s.state === 'full');
          expect(canJoinWaitlist(day(slots))).toBe(!hasSeat && hasFull);
        },
      ),
    );
  });
});

describe('findActivePlace', () => {
  const at = { mppId: 'm', serviceId: 's', date: '2026-12-01' };

  it('finds the place waiting or offered for that service and day', () => {
    const places = [entry('left', 'left'), entry('mine', 'waiting')];
    expect(findActivePlace(places, at)?.id).toBe('mine');
    expect(findActivePlace([entry('held', 'offered')], at)?.id).toBe('held');
  });

  it('ignores ended places and other days', () => {
    expect(findActivePlace([entry('a', 'expired'), entry('b', 'booked')], at)).toBeUndefined();
    expect(findActivePlace([entry('c', 'waiting', { date: '2026-12-02' })], at)).toBeUndefined();
  });
});

describe('waitlistPhase', () => {
  const now = new Date('2026-11-30T10:00:00+08:00');

  it('keeps an offer while its time runs, and calls it lapsed on the device once it ran out', () => {
    expect(waitlistPhase(entry('a', 'offered', { offer: offer('2026-11-30T10:20:00+08:00') }), now)).toBe('offered');
    expect(waitlistPhase(entry('a', 'offered', { offer: offer('2026-11-30T10:00:00+08:00') }), now)).toBe('lapsed');
  });

  it('tells an offer not taken from a day that ended, by the date in the MPP zone', () => {
    expect(waitlistPhase(entry('a', 'expired'), now)).toBe('lapsed');
    expect(waitlistPhase(entry('a', 'expired', { date: '2026-11-29' }), now)).toBe('day_over');
    // 23.30 UTC on the 29th is already the 30th in Makassar (UTC+8): the 29th is over there.
    expect(waitlistPhase(entry('a', 'expired', { date: '2026-11-29' }), new Date('2026-11-29T16:30:00Z'))).toBe(
      'day_over',
    );
    expect(waitlistPhase(entry('a', 'expired', { date: '2026-11-29' }), new Date('2026-11-29T15:30:00Z'))).toBe(
      'lapsed',
    );
  });

  it('passes the other states through', () => {
    for (const status of ['waiting', 'booked', 'left', 'closed'] as const)
      expect(waitlistPhase(entry('a', status), now)).toBe(status);
  });
});

describe('splitWaitlist', () => {
  const now = new Date('2026-11-30T10:00:00+08:00');

  it('puts held seats first, soonest to lapse first', () => {
    const { offered } = splitWaitlist(
      [
        entry('later', 'offered', { offer: offer('2026-11-30T10:25:00+08:00') }),
        entry('sooner', 'offered', { offer: offer('2026-11-30T10:05:00+08:00') }),
      ],
      now,
    );
    expect(offered.map((e) => e.id)).toEqual(['sooner', 'later']);
  });

  it('lists places waiting by date, and ended ones latest first', () => {
    const { waiting, ended } = splitWaitlist(
      [
        entry('w2', 'waiting', { date: '2026-12-02' }),
        entry('w1', 'waiting', { date: '2026-12-01' }),
        entry('gone', 'offered', { offer: offer('2026-11-30T09:00:00+08:00'), date: '2026-12-03' }),
        entry('left', 'left', { date: '2026-12-01' }),
      ],
      now,
    );
    expect(waiting.map((e) => e.id)).toEqual(['w1', 'w2']);
    expect(ended.map((e) => e.id)).toEqual(['gone', 'left']);
  });
});
