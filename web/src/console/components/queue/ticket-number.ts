import type { LineEntry } from '../../../api/queue-types.js';

/** Where a typed number was found among the tickets the desk can see. */
export type NumberLookup =
  | { kind: 'found'; entry: LineEntry; list: 'next' | 'parked' }
  | { kind: 'ambiguous'; matches: LineEntry[] }
  | { kind: 'not_found' }
  | { kind: 'invalid' };

type Parsed = { letters: string; value: number };

/** "A-012", "a12", "A 12", "12": the series letters (maybe none) and the number's value. */
export function parseTicketNumber(text: string): Parsed | undefined {
  const match = /^([A-Z]{0,2})0*(\d{1,5})$/.exec(
    text
      .trim()
      .toUpperCase()
      .replace(/[\s\-–.]/g, ''),
  );
  if (!match) return undefined;
  return { letters: match[1] ?? '', value: Number(match[2]) };
}

/**
 * Finds a typed ticket number among those the counter view lists (the next ten, then the parked
 * ones). There is no server lookup by number, so a ticket further back in line is not found.
 * Digits alone match any series, and are ambiguous when two series have that number.
 */
export function findTicketByNumber(text: string, lists: { next: LineEntry[]; parked: LineEntry[] }): NumberLookup {
  const wanted = parseTicketNumber(text);
  if (!wanted) return { kind: 'invalid' };
  const isMatch = (entry: LineEntry) => {
    const own = parseTicketNumber(entry.displayNumber);
    return own !== undefined && own.value === wanted.value && (!wanted.letters || own.letters === wanted.letters);
  };
  const matches = [
    ...lists.next.filter(isMatch).map((entry) => ({ entry, list: 'next' as const })),
    ...lists.parked.filter(isMatch).map((entry) => ({ entry, list: 'parked' as const })),
  ];
  const [only, ...more] = matches;
  if (!only) return { kind: 'not_found' };
  if (more.length > 0) return { kind: 'ambiguous', matches: matches.map((m) => m.entry) };
  return { kind: 'found', ...only };
}
