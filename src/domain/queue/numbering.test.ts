import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDisplayNumber, nextFreePrefix, PREFIX_PATTERN } from './numbering.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
/** Every prefix PREFIX_PATTERN allows, in the promised order: A..Z, then AA..ZZ. */
const ALL_PREFIXES = [...LETTERS, ...LETTERS.flatMap((a) => LETTERS.map((b) => a + b))];
const prefixArb = fc.oneof(
  fc.constantFrom(...LETTERS),
  fc.tuple(fc.constantFrom(...LETTERS), fc.constantFrom(...LETTERS)).map(([a, b]) => a + b),
);

/** The promised hand-out order: one letter before two, alphabetical within a length. */
function isHandedOutBefore(a: string, b: string): boolean {
  return a.length !== b.length ? a.length < b.length : a < b;
}

/** Calls nextFreePrefix until it runs out, each time treating the earlier answers as taken. */
function handOutAll(reserved: readonly string[]): string[] {
  const handedOut: string[] = [];
  for (let prefix = nextFreePrefix([], reserved); prefix !== undefined; prefix = nextFreePrefix(handedOut, reserved)) {
    handedOut.push(prefix);
    if (handedOut.length > 1000) throw new Error('nextFreePrefix never runs out');
  }
  return handedOut;
}

describe('formatDisplayNumber', () => {
  it('pads the number to three digits after the prefix and a dash', () => {
    expect(formatDisplayNumber('A', 1)).toBe('A-001');
    expect(formatDisplayNumber('A', 12)).toBe('A-012');
    expect(formatDisplayNumber('BK', 999)).toBe('BK-999');
  });

  it('lets the number grow past 999 instead of wrapping or truncating', () => {
    expect(formatDisplayNumber('A', 1000)).toBe('A-1000');
    expect(formatDisplayNumber('P', 12345)).toBe('P-12345');
  });

  it('prints every number from 1 to 999 as exactly three digits that read back as the number', () => {
    fc.assert(
      fc.property(prefixArb, fc.integer({ min: 1, max: 999 }), (prefix, n) => {
        const [printedPrefix, digits] = formatDisplayNumber(prefix, n).split('-');
        expect(printedPrefix).toBe(prefix);
        expect(digits).toMatch(/^\d{3}$/);
        expect(Number(digits)).toBe(n);
      }),
    );
  });

  it('prints numbers above 999 without leading zeros', () => {
    fc.assert(
      fc.property(prefixArb, fc.integer({ min: 1000, max: 10_000_000 }), (prefix, n) => {
        expect(formatDisplayNumber(prefix, n)).toBe(`${prefix}-${n}`);
      }),
    );
  });

  it('rejects zero, negative and fractional numbers', () => {
    for (const bad of [0, -1, -12, 1.5, 0.999, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => formatDisplayNumber('A', bad)).toThrow(RangeError);
    }
  });
});

describe('nextFreePrefix', () => {
  it('starts at A and moves to AA after Z', () => {
    expect(nextFreePrefix([])).toBe('A');
    expect(nextFreePrefix(LETTERS)).toBe('AA');
    expect(nextFreePrefix([...LETTERS, 'AA'])).toBe('AB');
  });

  it('skips the reserved priority prefix', () => {
    expect(nextFreePrefix(LETTERS.slice(0, 15), ['P'])).toBe('Q');
  });

  it('hands out all 702 prefixes, A to Z then AA to ZZ, each matching PREFIX_PATTERN, then none', () => {
    const all = handOutAll([]);
    expect(all).toHaveLength(26 + 26 * 26);
    expect(all).toEqual(ALL_PREFIXES);
    for (const prefix of all) expect(prefix).toMatch(PREFIX_PATTERN);
  });

  it('never hands out a reserved prefix, and hands out all the others', () => {
    fc.assert(
      fc.property(fc.uniqueArray(prefixArb, { maxLength: 40 }), (reserved) => {
        const all = handOutAll(reserved);
        for (const prefix of reserved) expect(all).not.toContain(prefix);
        expect(all).toHaveLength(702 - reserved.length);
        expect(new Set(all).size).toBe(all.length);
      }),
      // Each run hands out all 702 prefixes one call at a time; a few runs cover the reserved sets.
      { numRuns: 8 },
    );
  });

  it('returns the first prefix in hand-out order that is neither taken nor reserved', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(prefixArb, { maxLength: 60 }),
        fc.uniqueArray(prefixArb, { maxLength: 3 }),
        (taken, reserved) => {
          const prefix = nextFreePrefix(taken, reserved);
          if (prefix === undefined) throw new Error('60 taken and 3 reserved cannot exhaust 702 prefixes');
          expect(prefix).toMatch(PREFIX_PATTERN);
          expect(taken).not.toContain(prefix);
          expect(reserved).not.toContain(prefix);
          const used = new Set([...taken, ...reserved]);
          const earlierFree = ALL_PREFIXES.filter((p) => isHandedOutBefore(p, prefix) && !used.has(p));
          expect(earlierFree).toEqual([]);
        },
      ),
    );
  });

  it('returns undefined when every prefix is taken or reserved', () => {
    expect(nextFreePrefix(ALL_PREFIXES.slice(1), ALL_PREFIXES.slice(0, 1))).toBeUndefined();
  });

  it('returns the last free prefix when only ZZ is left', () => {
    expect(nextFreePrefix(ALL_PREFIXES.slice(0, -1))).toBe('ZZ');
  });
});
