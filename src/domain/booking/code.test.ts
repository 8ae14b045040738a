import { describe, expect, it } from 'vitest';
import { BOOKING_CODE_ALPHABET, isBookingCode } from './code.js';

describe('booking codes', () => {
  it('use no character a reader could mistake for another', () => {
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(BOOKING_CODE_ALPHABET).not.toContain(lookAlike);
    expect(new Set(BOOKING_CODE_ALPHABET).size).toBe(BOOKING_CODE_ALPHABET.length);
  });

  it('are recognised in any case and with a space between the groups, but not with a look-alike', () => {
    expect(isBookingCode('ABCD2345')).toBe(true);
    expect(isBookingCode('abcd 2345')).toBe(true);
    expect(isBookingCode('ABCD0345')).toBe(false);
    expect(isBookingCode('ABCD234')).toBe(false);
  });
});
