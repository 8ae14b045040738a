import type { Page } from 'playwright-core';
import { readCode } from './citizen.js';

/**
 * Steps of the appointment journey that a test repeats or that read better by name: a citizen
 * account made beforehand through the API, signing in on the pages with the code from the dev
 * channel, waiting for a message there, and the kiosk's touch screen.
 */

export type DevMessage = { id: string; channel: string; recipient: string; subject: string | null; body: string };

/**
 * A citizen account whose NIK the development registry simulator confirms (any NIK not ending
 * in 9999, any name without "SALAH"), made through the real OTP and profile API. Its code
 * message is returned so a later sign-in can skip it.
 */
export async function createVerifiedCitizen(
  baseUrl: string,
  input: { email: string; fullName: string; nik: string },
): Promise<{ codeMessageId: string }> {
  const asked = await fetch(`${baseUrl}/api/v1/auth/otp`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ channel: 'email', destination: input.email }),
  });
  if (asked.status !== 202) throw new Error(`OTP: ${asked.status} ${await asked.text()}`);
  const { challengeId } = (await asked.json()) as { challengeId: string };
  const { code, messageId } = await readCode(baseUrl, input.email);
  const verified = await fetch(`${baseUrl}/api/v1/auth/otp/verify`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ challengeId, code, delivery: 'token' }),
  });
  if (verified.status !== 200) throw new Error(`OTP verify: ${verified.status} ${await verified.text()}`);
  const { token } = (await verified.json()) as { token: string };
  const profile = await fetch(`${baseUrl}/api/v1/me/profile`, {
    method: 'PATCH',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ nik: input.nik, fullName: input.fullName }),
  });
  if (profile.status !== 200) throw new Error(`profile: ${profile.status} ${await profile.text()}`);
  return { codeMessageId: messageId };
}

/** Signs in on /masuk (where the page already is) with an e-mail code read from the dev channel. */
export async function signInWithEmailCode(
  page: Page,
  baseUrl: string,
  email: string,
  seenMessageIds: string[] = [],
): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Masuk atau daftar' }).waitFor();
  await page.getByRole('radio', { name: 'Surel (email)' }).check();
  await page.getByLabel('Alamat surel').fill(email);
  await page.getByRole('button', { name: 'Kirim kode' }).click();
  await page.getByText(/Kode 6 angka dikirim ke/).waitFor();
  const { code } = await readCode(baseUrl, email, { after: seenMessageIds });
  await page.getByLabel('Kode', { exact: true }).fill(code);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}

/** Waits for a message to `to` on the dev channel that `matches` (messages leave through the outbox, not at once). */
export async function waitForDevMessage(
  baseUrl: string,
  to: string,
  matches: (message: DevMessage) => boolean,
  timeoutMs = 20_000,
): Promise<DevMessage> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl}/api/v1/dev/messages?to=${encodeURIComponent(to)}`);
    if (response.ok) {
      const { items } = (await response.json()) as { items: DevMessage[] };
      const found = items.find(matches);
      if (found) return found;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No matching message reached ${to} on the development channel`);
}

/** Collects the page's errors and our API's 5xx answers, so a step can assert there were none. */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  return problems;
}

/** At the kiosk's first screen: agency, service, not a priority visitor, no phone number, then the ticket's number. */
export async function takeWalkInTicket(page: Page, tenant: string, service: string): Promise<string> {
  await page.getByRole('button', { name: startsWith(tenant) }).tap();
  await page.getByRole('button', { name: startsWith(service) }).tap();
  await page.getByRole('button', { name: 'Tidak', exact: true }).tap();
  await page.getByRole('button', { name: 'Ambil nomor antrean' }).tap();
  const number = page.getByTestId('kiosk-ticket-number');
  await number.waitFor();
  return (await number.textContent()) ?? '';
}

/** A name that begins with `text` (a choice's title, followed by its description). */
function startsWith(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}

/** Types a booking code on the kiosk's on-screen keyboard, one key at a time. */
export async function tapCode(page: Page, code: string): Promise<void> {
  const keyboard = page.getByRole('group', { name: 'Papan ketik kode' });
  for (const key of code) await keyboard.getByRole('button', { name: key, exact: true }).tap();
}
