/**
 * A booking code is what citizens read out and type at a kiosk: 8 characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L). The kiosk's keyboard offers exactly these.
 */
export const BOOKING_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const BOOKING_CODE_LENGTH = 8;

/** Whether `text` (any case, spaces allowed between groups) can be a booking code. */
export function isBookingCode(text: string): boolean {
  const code = text.replace(/\s+/g, '').toUpperCase();
  return code.length === BOOKING_CODE_LENGTH && [...code].every((c) => BOOKING_CODE_ALPHABET.includes(c));
}
