import type { Page } from 'playwright-core';
import * as OTPAuth from 'otpauth';
import type { StaffCredentials } from './staff.js';

/** The code an authenticator app would show now for this secret (RFC 6238, the defaults apps use). */
export function totpCode(secret: string, at: number = Date.now()): string {
  return new OTPAuth.TOTP({
    secret: OTPAuth.Secret.fromBase32(secret),
    digits: 6,
    period: 30,
    algorithm: 'SHA1',
  }).generate({
    timestamp: at,
  });
}

/**
 * Signs a staff member in through the console's pages: password, then the authenticator step.
 * On the first sign-in of a role that needs a second factor the page shows the enrolment QR
 * code and secret; the secret is read from the page and returned for later sign-ins.
 */
export async function signInStaff(
  page: Page,
  staff: StaffCredentials,
  knownSecret?: string,
): Promise<string | undefined> {
  await page.goto('/console/sign-in');
  await page.getByLabel('Alamat surel dinas').fill(staff.email);
  await page.getByLabel('Kata sandi').fill(staff.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  const code = page.getByLabel('Kode 6 angka');
  const home = page.getByRole('heading', { level: 1, name: /Selamat datang/ });
  await Promise.race([code.waitFor(), home.waitFor()]);
  if (await home.isVisible()) return knownSecret;

  const secretBox = page.getByTestId('totp-secret');
  const secret =
    (await secretBox.count()) > 0 ? ((await secretBox.getAttribute('data-secret')) ?? undefined) : knownSecret;
  if (!secret) throw new Error('The console asks for an authenticator code but no secret is known');
  await code.fill(totpCode(secret));
  await page.getByRole('button', { name: /^(Masuk|Aktifkan dan masuk)$/ }).click();
  await home.waitFor();
  return secret;
}
