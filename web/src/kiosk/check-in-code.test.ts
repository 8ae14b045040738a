import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOOKING_CODE_ALPHABET } from '../../../src/domain/booking/code.js';
import {
  CODE_DIGITS,
  CODE_LETTERS,
  groupCodeForReading,
  isCompleteCode,
  normaliseCode,
  takeScannedKey,
} from './check-in-code.js';

describe('normaliseCode', () => {
  it('takes the code as the phone shows it or a scanner types it', () => {
    expect(normaliseCode('abcd 2345')).toBe('ABCD2345');
    expect(normaliseCode('ABCD-2345\n')).toBe('ABCD2345');
    expect(normaliseCode('ABCD23456789')).toBe('ABCD2345');
  });

  it('always gives at most 8 upper-case letters and digits', () => {
    fc.assert(
      fc.property(fc.string(), (typed) => {
        expect(normaliseCode(typed)).toMatch(/^[A-Z0-9]{0,8}$/);
        expect(normaliseCode(normaliseCode(typed))).toBe(normaliseCode(typed));
      }),
    );
  });
});

describe('the on-screen keys', () => {
  it('leave out the look-alikes a code never has', () => {
    const keys = [...CODE_DIGITS, ...CODE_LETTERS];
    for (const lookAlike of ['0', 'O', '1', 'I', 'L']) expect(keys).not.toContain(lookAlike);
    expect(new Set(keys).size).toBe(31);
  });

  it('are the domain alphabet exactly, digits first', () => {
    expect([...CODE_DIGITS, ...CODE_LETTERS].sort()).toEqual([...BOOKING_CODE_ALPHABET].sort());
    expect(CODE_DIGITS.join('')).toBe('23456789');
  });
});

describe('isCompleteCode and groupCodeForReading', () => {
  it('accept 8 characters and read them back in two groups', () => {
    expect(isCompleteCode('ABCD2345')).toBe(true);
    expect(isCompleteCode('ABCD234')).toBe(false);
    expect(groupCodeForReading('ABCD2345')).toBe('ABCD 2345');
  });
});

describe('takeScannedKey', () => {
  function scan(text: string, gapMs = 10) {
    let buffer = '';
    let code: string | null = null;
    for (const key of [...text, 'Enter']) ({ buffer, code } = takeScannedKey(buffer, key, gapMs));
    return code;
  }

  it('gives the code a scanner typed, ended by Enter', () => {
    expect(scan('abcd2345')).toBe('ABCD2345');
  });

  it('ignores slow typing, a partial code and anything longer', () => {
    expect(scan('ABCD2345', 1000)).toBeNull();
    expect(scan('ABCD234')).toBeNull();
    expect(scan('https://x.example/ABCD2345')).toBeNull();
  });

  it('ignores 8 characters that cannot be a booking code (a look-alike in them)', () => {
    expect(scan('10O23456')).toBeNull();
  });
});
