import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, VIEWPORTS } from './support/browser.js';
import { readCode, uniqueEmail } from './support/citizen.js';
import { openPortal, waitForSettled } from './support/page.js';

/**
 * A citizen's account, on a phone: sign up with a code, add a NIK (a wrong one first), see it
 * masked, download their data and see where they are signed in.
 */

const server = inject('e2eServer');
let browser: Browser;

/** 31 74 05 | 45 07 90 | 0001: Jakarta Selatan, Kebayoran Lama; born 05-07-1990, a woman (day 05 + 40). */
const VALID_NIK = '3174054507900001';
/** The same with day 99: neither 01–31 nor 41–71, so the birth-day digits are wrong. */
const WRONG_DAY_NIK = '3174059907900001';

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('citizen account journey', () => {
  it('signs up with a code, adds a NIK, downloads their data and sees their sessions', async () => {
    const { context, page, problems } = await openPortal(browser, server.baseUrl, VIEWPORTS.phone);
    const email = uniqueEmail('siti');
    try {
      await page.goto('/');
      await page.getByRole('banner').getByRole('link', { name: 'Masuk' }).click();
      await page.getByRole('heading', { level: 1, name: 'Masuk atau daftar' }).waitFor();

      // One flow for sign-in and sign-up: an address never seen before becomes an account.
      await page.getByRole('radio', { name: 'Surel (email)' }).check();
      await page.getByLabel('Alamat surel').fill(email);
      await page.getByRole('button', { name: 'Kirim kode' }).click();
      await page.getByText(/Kode 6 angka dikirim ke/).waitFor();

      const codeBox = page.getByLabel('Kode', { exact: true });
      expect(await codeBox.getAttribute('autocomplete')).toBe('one-time-code');
      expect(await codeBox.getAttribute('inputmode')).toBe('numeric');
      // The resend button waits for the time the server gave.
      expect(await page.getByRole('button', { name: /Kirim ulang kode dalam \d+ detik/ }).isDisabled()).toBe(true);

      const { code } = await readCode(server.apiUrl, email);
      await codeBox.fill(code);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();

      await page.waitForURL(/\/akun$/);
      await page.getByRole('heading', { level: 1, name: 'Profil' }).waitFor();
      await page.getByRole('banner').getByRole('link', { name: 'Akun', exact: true }).waitFor();
      await page.getByText(/Selamat datang!/).waitFor();

      await page.getByLabel('Nama lengkap').fill('Siti Rahmawati');
      const nikBox = page.getByLabel('NIK (Nomor Induk Kependudukan)');
      await nikBox.fill(WRONG_DAY_NIK);
      // The live hint already names the wrong digits, in the server's words.
      await page.locator('#nik-live', { hasText: 'Digit 7–8 (tanggal lahir)' }).waitFor();
      await page.getByRole('button', { name: 'Simpan profil' }).click();

      const nikError = page.locator('#field-nik-error');
      await nikError.waitFor();
      expect(await nikError.textContent()).toMatch(/Digit 7–8 \(tanggal lahir\).*99/);
      expect(await nikBox.getAttribute('aria-invalid')).toBe('true');
      expect(await nikBox.getAttribute('aria-describedby')).toContain('field-nik-error');

      await nikBox.fill(VALID_NIK);
      await page.locator('#nik-live', { hasText: 'perempuan' }).waitFor();
      await page.getByLabel('Tanggal lahir').fill('1990-07-05');
      await page.getByRole('radio', { name: 'Perempuan' }).check();
      await page.getByRole('button', { name: 'Simpan profil' }).click();
      await page.getByRole('status').filter({ hasText: 'Profil disimpan.' }).waitFor();

      // Saved, the NIK is only ever shown masked, and the box is empty again.
      expect(await page.locator('.nik-masked').textContent()).toBe('3174********0001');
      expect(await page.getByLabel('Ganti NIK').inputValue()).toBe('');
      expect(await page.locator('main').textContent()).not.toContain(VALID_NIK);

      await page.getByRole('link', { name: 'Data saya' }).click();
      await page.getByRole('heading', { level: 1, name: 'Data saya' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'Siapa yang melihat data saya' }).waitFor();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Unduh data saya (JSON)' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.json$/);
      const path = await download.path();
      const data = JSON.parse(await readFile(path, 'utf8')) as {
        account: { email: string; profile: { fullName: string; nikMasked: string; birthDate: string; sex: string } };
      };
      expect(data.account.email).toBe(email);
      expect(data.account.profile).toMatchObject({
        fullName: 'Siti Rahmawati',
        nikMasked: '3174********0001',
        birthDate: '1990-07-05',
        sex: 'P',
      });

      await page.getByRole('link', { name: 'Sesi', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Sesi dan keamanan' }).waitFor();
      const current = page.locator('.card', { hasText: 'Perangkat ini' });
      await current.waitFor();
      expect(await current.textContent()).toContain('Masuk dengan kode');
      await page.getByRole('button', { name: 'Keluar dari semua perangkat' }).waitFor();

      // Nothing on the phone pushed the page sideways.
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      await waitForSettled(page);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('asks again, without saying why, when the code is wrong', async () => {
    const { context, page } = await openPortal(browser, server.baseUrl);
    const email = uniqueEmail('salah');
    try {
      await page.goto('/masuk');
      await page.getByRole('radio', { name: 'Surel (email)' }).check();
      await page.getByLabel('Alamat surel').fill(email);
      await page.getByRole('button', { name: 'Kirim kode' }).click();
      const { code } = await readCode(server.apiUrl, email);
      const wrong = code === '000000' ? '111111' : '000000';
      await page.getByLabel('Kode', { exact: true }).fill(wrong);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      const alert = page.locator('.form-alert');
      await alert.waitFor();
      expect((await alert.textContent())?.length ?? 0).toBeGreaterThan(5);
      expect(page.url()).toMatch(/\/masuk$/);
    } finally {
      await context.close();
    }
  });
});
