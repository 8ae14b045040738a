/**
 * An Indonesian mobile number as typed on the kiosk's keypad: 08…, or 628… from a visitor who
 * writes the country code. 10 to 13 digits in the national form (08xx-xxxx-xxxx).
 */
export function isMobileNumber(digits: string): boolean {
  const national = digits.startsWith('62') ? `0${digits.slice(2)}` : digits;
  return /^08\d{8,11}$/.test(national);
}

/** Groups of four for reading back ("0812 3456 7890"). */
export function groupDigits(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}

export const MAX_PHONE_DIGITS = 14;
