import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineEntry } from './line-entry.fixture.js';
import { findTicketByNumber, parseTicketNumber } from './ticket-number.js';

const entry = (displayNumber: string) => lineEntry(displayNumber);

describe('parseTicketNumber', () => {
  it('reads the series letters and the value whatever the spacing, dash, case or leading zeros', () => {
    for (const text of ['A-012', 'a12', 'A 12', ' a-0012 '])
      expect(parseTicketNumber(text)).toEqual({ letters: 'A', value: 12 });
  });

  it('reads digits alone as a number of no series', () => {
    expect(parseTicketNumber('7')).toEqual({ letters: '', value: 7 });
  });

  it('refuses text that is not a ticket number', () => {
    for (const text of ['', 'ABC-1', 'A-', 'nomor 12']) expect(parseTicketNumber(text)).toBeUndefined();
  });
});

describe('findTicketByNumber', () => {
  const next = [entry('A-012'), entry('B-012'), entry('A-013')];
  const parked = [entry('P-004')];

  it('finds a waiting number in the next list', () => {
    expect(findTicketByNumber('a13', { next, parked })).toMatchObject({ kind: 'found', list: 'next' });
  });

  it('finds a parked number in the parked list', () => {
    expect(findTicketByNumber('P-4', { next, parked })).toMatchObject({ kind: 'found', list: 'parked' });
  });

  it('says a number missing from both lists is not found', () => {
    expect(findTicketByNumber('A-050', { next, parked })).toEqual({ kind: 'not_found' });
  });

  it('says digits alone are ambiguous when two series have that number', () => {
    expect(findTicketByNumber('12', { next, parked })).toMatchObject({ kind: 'ambiguous' });
  });

  it('says unreadable text is invalid', () => {
    expect(findTicketByNumber('siapa saja', { next, parked })).toEqual({ kind: 'invalid' });
  });

  it('finds every listed number by its own display text, typed loosely', () => {
    const letters = fc.stringMatching(/^[A-Z]{1,2}$/);
    fc.assert(
      fc.property(letters, fc.integer({ min: 1, max: 999 }), fc.boolean(), (series, value, isLoose) => {
        const shown = `${series}-${String(value).padStart(3, '0')}`;
        const typed = isLoose ? `${series.toLowerCase()} ${value}` : shown;
        const found = findTicketByNumber(typed, { next: [entry(shown)], parked: [] });
        return found.kind === 'found' && found.entry.displayNumber === shown;
      }),
    );
  });
});
