import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCountdown, secondsUntil } from './countdown.js';

describe('secondsUntil', () => {
  const now = new Date('2026-11-30T10:00:00+08:00');

  it('counts whole seconds to the deadline, rounding a started second up', () => {
    expect(secondsUntil('2026-11-30T10:30:00+08:00', now)).toBe(1800);
    expect(secondsUntil('2026-11-30T02:00:00.400Z', now)).toBe(1);
  });

  it('stops at zero once the deadline passed, and for an unreadable one', () => {
    expect(secondsUntil('2026-11-30T09:59:00+08:00', now)).toBe(0);
    expect(secondsUntil('later', now)).toBe(0);
  });
});

describe('formatCountdown', () => {
  it('reads like a clock: minutes and seconds, hours only when there are some', () => {
    expect(formatCountdown(1800)).toBe('30:00');
    expect(formatCountdown(65)).toBe('1:05');
    expect(formatCountdown(9)).toBe('0:09');
    expect(formatCountdown(3723)).toBe('1:02:03');
    expect(formatCountdown(-5)).toBe('0:00');
  });

  it('always reads back as the seconds it was given', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 * 3600 }), (seconds) => {
        const parts = formatCountdown(seconds).split(':').map(Number);
        const back = parts.reduce((sum, part) => sum * 60 + part, 0);
        expect(back).toBe(seconds);
        for (const part of parts.slice(1)) expect(part).toBeLessThan(60);
      }),
    );
  });
});
