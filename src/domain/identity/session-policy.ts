/**
 * How long a session lives. Staff sessions are short (a counter PC is shared, an admin session
 * can change the catalogue); a citizen on their own phone stays signed in longer.
 * Idle: ends after this long without a request. Absolute: ends this long after sign-in, whatever happens.
 */
export const SESSION_POLICY = {
  citizen: { idleMinutes: 24 * 60, absoluteMinutes: 30 * 24 * 60 },
  staff: { idleMinutes: 30, absoluteMinutes: 12 * 60 },
} as const;

/** A session's last-seen time is written at most this often (one write per minute, not per request). */
export const SESSION_TOUCH_SECONDS = 60;

/** One-time codes (issue 3): 6 digits, valid 5 minutes, at most 5 tries, one per minute per destination. */
export const OTP_POLICY = {
  digits: 6,
  validMinutes: 5,
  maxAttempts: 5,
  resendSeconds: 60,
  perDestinationPerHour: 5,
  perIpPerHour: 20,
  /** Locked challenges for one destination within an hour before it is locked out for an hour. */
  lockoutAfterLockedChallenges: 3,
} as const;

/** Password sign-in attempts per identifier and per address within 15 minutes. */
export const SIGN_IN_POLICY = { perIdentifier: 10, perIp: 50, windowSeconds: 15 * 60 } as const;

export function sessionExpiry(kind: 'citizen' | 'staff', signedInAt: Date, lastSeenAt: Date) {
  const policy = SESSION_POLICY[kind];
  const absolute = new Date(signedInAt.getTime() + policy.absoluteMinutes * 60_000);
  const idle = new Date(Math.min(lastSeenAt.getTime() + policy.idleMinutes * 60_000, absolute.getTime()));
  return { idle, absolute };
}

/** Normalises an Indonesian phone number to E.164: 0812..., 62812..., +62 812-... -> +62812... */
export function normalisePhone(input: string): string | undefined {
  const compact = input.replace(/[\s().-]/g, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('62')) digits = compact;
  else if (compact.startsWith('0')) digits = `62${compact.slice(1)}`;
  else if (compact.startsWith('8')) digits = `62${compact}`;
  else return undefined;
  if (!/^[1-9]\d{6,14}$/.test(digits)) return undefined;
  // Indonesian mobile numbers: +62 8xx, 9-12 digits after the 8.
  if (digits.startsWith('62') && !/^628\d{8,11}$/.test(digits)) return undefined;
  return `+${digits}`;
}

export function normaliseEmail(input: string): string | undefined {
  const email = input.trim().toLowerCase();
  return /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/.test(email) && email.length <= 254 ? email : undefined;
}

/** `+62812****5678`, `b***@example.com`: enough to recognise, not enough to harvest. */
export function maskDestination(destination: string): string {
  if (destination.includes('@')) {
    const [local = '', domain = ''] = destination.split('@');
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return `${destination.slice(0, 6)}****${destination.slice(-4)}`;
}

/** Common passwords refused outright, beyond the length rule (NIST SP 800-63B: check a blocklist). */
const COMMON_PASSWORDS = new Set([
  'password123',
  'passw0rd123',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'indonesia123',
  'bismillah123',
  'satupintu123',
  'admin12345',
  'password1234',
]);

export function isPasswordAcceptable(password: string): boolean {
  return password.length >= 10 && password.length <= 200 && !COMMON_PASSWORDS.has(password.toLowerCase());
}
