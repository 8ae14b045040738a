import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from './booking.js';

describe('parseRetryAfter', () => {
  it('reads seconds, rounding up', () => {
    expect(parseRetryAfter('1')).toBe(1);
    expect(parseRetryAfter('2.2')).toBe(3);
  });

  it('reads an HTTP date as the seconds until it', () => {
    const now = Date.parse('2026-12-01T01:00:00Z');
    expect(parseRetryAfter('Tue, 01 Dec 2026 01:00:30 GMT', now)).toBe(30);
    expect(parseRetryAfter('Tue, 01 Dec 2026 00:59:00 GMT', now)).toBe(0);
  });

  it('gives nothing without a usable header', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
