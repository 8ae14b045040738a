import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { announcementText, indonesianNumber, spokenTicketNumber } from './announcement.js';

const DIGIT_WORDS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/**
 * Reads Indonesian number words back into a number, written from the grammar rather than from
 * the code: "se-" stands for "satu" before ribu/ratus/puluh/belas, "belas" adds ten, and
 * "puluh", "ratus" and "ribu" multiply the digit before them.
 */
function parseIndonesianNumber(words: string): number {
  const tokens = words
    .replace(/\bseribu\b/g, 'satu ribu')
    .replace(/\bseratus\b/g, 'satu ratus')
    .replace(/\bsepuluh\b/g, 'satu puluh')
    .replace(/\bsebelas\b/g, 'satu belas')
    .split(' ');
  let total = 0;
  let pending = 0;
  for (const token of tokens) {
    const digit = DIGIT_WORDS.indexOf(token);
    if (digit >= 0) pending = digit;
    else if (token === 'belas') pending += 10;
    else if (token === 'puluh') pending *= 10;
    else if (token === 'ratus') pending *= 100;
    else if (token === 'ribu') pending *= 1000;
    else throw new Error(`not an Indonesian number word: ${token}`);
    if (token !== 'belas' && digit < 0) {
      total += pending;
      pending = 0;
    }
  }
  return total + pending;
}

/** Every number indonesianNumber accepts. */
const ALL_READABLE = Array.from({ length: 10_000 }, (_, n) => n);

const displayNumberArb = fc
  .tuple(
    fc.stringMatching(/^[A-Z]{1,2}$/),
    fc.integer({ min: 1, max: 99_999 }).map((n) => String(n).padStart(3, '0')),
  )
  .map(([prefix, digits]) => `${prefix}-${digits}`);

describe('indonesianNumber', () => {
  it.each([
    [0, 'nol'],
    [3, 'tiga'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1999, 'seribu sembilan ratus sembilan puluh sembilan'],
    [2026, 'dua ribu dua puluh enam'],
    [9999, 'sembilan ribu sembilan ratus sembilan puluh sembilan'],
  ])('reads %i as "%s"', (n, words) => {
    expect(indonesianNumber(n)).toBe(words);
  });

  it('reads every number from 0 to 9999 as words that mean that number', () => {
    const misread = ALL_READABLE.filter((n) => parseIndonesianNumber(indonesianNumber(n)) !== n);
    expect(misread).toEqual([]);
  });

  it('says se- instead of satu before ribu, ratus, puluh and belas', () => {
    const withSatu = ALL_READABLE.map(indonesianNumber).filter((words) =>
      /\bsatu (ribu|ratus|puluh|belas)\b/.test(words),
    );
    expect(withSatu).toEqual([]);
  });

  it('says nol only for zero itself', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(indonesianNumber(n).split(' ')).not.toContain('nol');
      }),
    );
  });

  it('rejects numbers it cannot read: negative, fractional or above 9999', () => {
    for (const bad of [-1, 1.5, 10_000, Number.NaN]) expect(() => indonesianNumber(bad)).toThrow(RangeError);
  });
});

describe('spokenTicketNumber', () => {
  it('reads the letters as letters and the digits one by one', () => {
    expect(spokenTicketNumber('P-004')).toBe('P nol nol empat');
    expect(spokenTicketNumber('A-012')).toBe('A nol satu dua');
    expect(spokenTicketNumber('BK-1000')).toBe('B K satu nol nol nol');
  });

  it('says one word for each character of the number without the dash', () => {
    fc.assert(
      fc.property(displayNumberArb, (displayNumber) => {
        expect(spokenTicketNumber(displayNumber).split(' ')).toHaveLength(displayNumber.replace('-', '').length);
      }),
    );
  });

  it('says each digit as the word for that digit, in order', () => {
    fc.assert(
      fc.property(displayNumberArb, (displayNumber) => {
        const [prefix = '', digits = ''] = displayNumber.split('-');
        const words = spokenTicketNumber(displayNumber).split(' ');
        expect(words.slice(prefix.length)).toEqual(digits.split('').map((d) => DIGIT_WORDS[Number(d)]));
      }),
    );
  });
});

describe('announcementText', () => {
  it('tells the holder of P-004 to go to counter three', () => {
    expect(announcementText('P-004', 3)).toBe('Nomor antrean P nol nol empat, silakan menuju loket tiga');
  });

  it('reads the counter number as a number, not digit by digit', () => {
    expect(announcementText('A-012', 12)).toBe('Nomor antrean A nol satu dua, silakan menuju loket dua belas');
  });
});
