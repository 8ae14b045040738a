import type { NotificationsConfig } from '../../../config.js';
import type { OutboxMessageInput } from '../notifications.service.js';

/** Test data for the notifications module (not used by the app). */

/** Live mode, every channel on the dev transport, unless overridden. */
export function notificationsConfig(overrides: Partial<NotificationsConfig> = {}): NotificationsConfig {
  return {
    mode: 'live',
    teamRecipients: [],
    transports: { email: 'dev', sms: 'dev', whatsapp: 'dev' },
    runWorker: false,
    ...overrides,
  };
}

/** An OTP email in Bahasa Indonesia unless overridden. */
export function otpMessage(overrides: Partial<OutboxMessageInput> = {}): OutboxMessageInput {
  return {
    event: 'identity.otp_requested',
    channel: 'email',
    to: 'warga@example.com',
    language: 'id',
    params: { code: '482913', minutes: 5 },
    ...overrides,
  };
}

/** Resolves once `condition` holds, checking every 10 ms; fails after `timeoutMs`. */
export async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
