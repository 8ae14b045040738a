/**
 * What the display board says when a ticket is called (DOMAIN.md section 0, Queue):
 * "Nomor antrean A nol satu dua, silakan menuju loket tiga", spoken twice. Digits of the ticket
 * are read one by one (as Indonesian halls do, so "012" is never "dua belas"); the counter
 * number is read as a number ("loket dua belas").
 */

const DIGITS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];
const ONES = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'];

/** How many times each call is spoken. */
export const ANNOUNCEMENT_REPEAT = 2;

/** A whole number from 0 to 9,999 in Indonesian words ("dua belas", "seratus satu"). */
export function indonesianNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new RangeError(`Cannot read ${n}`);
  if (n === 0) return 'nol';
  const parts: string[] = [];
  const thousands = Math.floor(n / 1000);
  const hundreds = Math.floor((n % 1000) / 100);
  const rest = n % 100;
  if (thousands === 1) parts.push('seribu');
  else if (thousands > 1) parts.push(`${ONES[thousands]} ribu`);
  if (hundreds === 1) parts.push('seratus');
  else if (hundreds > 1) parts.push(`${ONES[hundreds]} ratus`);
  if (rest >= 20) {
    const tens = Math.floor(rest / 10);
    parts.push(`${ONES[tens]} puluh`);
    if (rest % 10 > 0) parts.push(ONES[rest % 10] as string);
  } else if (rest >= 12) parts.push(`${ONES[rest - 10]} belas`);
  else if (rest === 11) parts.push('sebelas');
  else if (rest === 10) parts.push('sepuluh');
  else if (rest > 0) parts.push(ONES[rest] as string);
  return parts.join(' ');
}

/** "A-012" -> "A nol satu dua": letters as letters, digits one by one. */
export function spokenTicketNumber(displayNumber: string): string {
  return displayNumber
    .replace('-', '')
    .split('')
    .map((ch) => (/\d/.test(ch) ? DIGITS[Number(ch)] : ch.toUpperCase()))
    .join(' ');
}

/** The sentence the board speaks for a call at a counter. */
export function announcementText(displayNumber: string, counterNumber: number): string {
  return `Nomor antrean ${spokenTicketNumber(displayNumber)}, silakan menuju loket ${indonesianNumber(counterNumber)}`;
}
