import type { BrowserContext } from 'playwright-core';

/**
 * Citizens sign in with a one-time code. Outside production the server keeps every message
 * it sends on a development channel (GET /api/v1/dev/messages), which is where tests read
 * the code, as a developer would on /dev/messages.
 */

type DevMessage = {
  id: string;
  channel: string;
  recipient: string;
  subject: string | null;
  body: string;
  createdAt: string;
};

/** A destination no other test uses, so its messages are this test's alone. */
export function uniqueEmail(label: string): string {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@warga.example.id`;
}

/** Waits for the newest code sent to `destination` (messages go out through the outbox, so not at once). */
export async function readCode(
  apiUrl: string,
  destination: string,
  options: { after?: string[]; timeoutMs?: number } = {},
) {
  const deadline = Date.now() + (options.timeoutMs ?? 20_000);
  const seen = new Set(options.after ?? []);
  while (Date.now() < deadline) {
    const response = await fetch(`${apiUrl}/api/v1/dev/messages?to=${encodeURIComponent(destination)}`);
    if (response.ok) {
      const { items } = (await response.json()) as { items: DevMessage[] };
      const fresh = items.find((message) => !seen.has(message.id));
      const code = fresh ? /\b(\d{6})\b/.exec(`${fresh.subject ?? ''} ${fresh.body}`)?.[1] : undefined;
      if (fresh && code) return { code, messageId: fresh.id };
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No code reached ${destination} on the development channel`);
}

/** Signs a citizen in through the API with the browser's own cookie jar: for tests about later pages. */
export async function signInCitizen(context: BrowserContext, apiUrl: string, email: string): Promise<void> {
  const request = await context.request.post('/api/v1/auth/otp', { data: { channel: 'email', destination: email } });
  if (request.status() !== 202) throw new Error(`OTP request failed: ${request.status()} ${await request.text()}`);
  const { challengeId } = (await request.json()) as { challengeId: string };
  const { code } = await readCode(apiUrl, email);
  const verify = await context.request.post('/api/v1/auth/otp/verify', { data: { challengeId, code } });
  if (verify.status() !== 200) throw new Error(`OTP verification failed: ${verify.status()} ${await verify.text()}`);
}
