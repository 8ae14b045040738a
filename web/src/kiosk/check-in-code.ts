// code.js itself, not the domain's index: that brings the slot rules and Luxon into the kiosk.
import { BOOKING_CODE_ALPHABET, BOOKING_CODE_LENGTH, isBookingCode } from '../../../src/domain/booking/code.js';
import { isIndonesianZone, zoneAbbreviation } from '../../../src/domain/time/zones.js';

/**
 * A booking code as the kiosk takes it: 8 letters and digits, typed on the screen or by a
 * hand-held scanner reading the QR on the citizen's phone. Case, spaces and dashes do not
 * matter (the phone shows "ABCD 2345").
 */
export const CODE_LENGTH = BOOKING_CODE_LENGTH;

/**
 * The keys of the on-screen keyboard, digits first: the domain's alphabet, which has no
 * look-alikes (no 0/O, 1/I/L), so nobody has to guess which one they read.
 */
export const CODE_DIGITS = [...BOOKING_CODE_ALPHABET].filter((c) => c >= '0' && c <= '9');
export const CODE_LETTERS = [...BOOKING_CODE_ALPHABET].filter((c) => c < '0' || c > '9');

/** What was typed or scanned, as the code: upper case, letters and digits only, at most 8. */
export function normaliseCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, CODE_LENGTH);
}

/**
 * Whether what was typed is whole and can be sent: 8 letters and digits. A look-alike the
 * keyboard does not offer (typed by a scanner from something else) is left to the server, whose
 * refusal the kiosk words.
 */
export function isCompleteCode(code: string): boolean {
  return code.length === CODE_LENGTH && /^[A-Z0-9]+$/.test(code);
}

/** "ABCD 2345", read back on screen and paper. */
export function groupCodeForReading(code: string): string {
  return code.length > 4 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

/**
 * A scanner types the code and then Enter, faster than any hand; keystrokes that arrive while
 * nothing is focused (the first screen) are gathered here. Returns the buffer after `key`, and
 * whether it now holds a whole code ended by Enter.
 */
export function takeScannedKey(
  buffer: string,
  key: string,
  elapsedMs: number,
  maxGapMs = 300,
): { buffer: string; code: string | null } {
  const current = elapsedMs > maxGapMs ? '' : buffer;
  if (key === 'Enter') {
    const code = normaliseCode(current);
    // Only a booking code counts: a scanned parcel label or a URL is not taken for one.
    return {
      buffer: '',
      code: isBookingCode(code) && current.replace(/[\s-]/g, '').length === CODE_LENGTH ? code : null,
    };
  }
  if (key.length !== 1) return { buffer: current, code: null };
  return { buffer: `${current}${key}`.slice(-40), code: null };
}

/** WIB, WITA or WIT after a time on screen and paper (the kiosk's zone comes as a plain string). */
export function zoneLabel(zone: string): string {
  return isIndonesianZone(zone) ? zoneAbbreviation(zone) : '';
}
