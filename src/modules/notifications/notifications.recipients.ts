import type { NotificationChannel } from '../../config.js';

/**
 * Recipients are personal data (UU 27/2022): they are checked and normalised when a message is
 * enqueued, and everywhere else (logs, the status API) shown masked.
 */

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;
/** E.164: a plus, the country code and at most 15 digits in all. */
const E164 = /^\+[1-9]\d{7,14}$/;

/** The recipient as stored (email addresses in lower case), or undefined when it is not valid for the channel. */
export function normaliseRecipient(channel: NotificationChannel, to: string): string | undefined {
  const trimmed = to.trim();
  if (channel === 'email') return EMAIL.test(trimmed) && trimmed.length <= 254 ? trimmed.toLowerCase() : undefined;
  return E164.test(trimmed) ? trimmed : undefined;
}

/** `+62812****5678`, `a***@example.com`; an erased recipient stays empty. */
export function maskRecipient(recipient: string): string {
  if (recipient === '') return '';
  const at = recipient.lastIndexOf('@');
  if (at > 0) return `${recipient.slice(0, 1)}***${recipient.slice(at)}`;
  if (recipient.length <= 8) return '****';
  return `${recipient.slice(0, 6)}****${recipient.slice(-4)}`;
}
