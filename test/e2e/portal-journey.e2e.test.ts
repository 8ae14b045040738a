import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { openPortal, rupiah, waitForSettled } from './support/page.js';

/** The passport service of the demo seed, as a citizen finds it. */
const PASSPORT = { name: 'Penerbitan Paspor Biasa', mppSlug: 'mpp-kota-surabaya' };

const server = inject('e2eServer');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('citizen portal journey', () => {
  it('finds the passport service from the home page, reads its requirements and fee, and switches to English', async () => {
    const { context, page, problems } = await openPortal(browser, server.baseUrl);
    try {
      await page.goto('/');
      expect(await page.locator('html').getAttribute('lang')).toBe('id');

      const searchBox = page.getByRole('searchbox', { name: 'Cari layanan atau MPP' });
      await searchBox.fill('buat paspor');
      await searchBox.press('Enter');
      await page.waitForURL(/\/cari\?q=buat(\+|%20)paspor/);

      // One hit per service and MPP: the link names both, so pick the one in Surabaya.
      const hit = page
        .getByRole('link', { name: new RegExp(`^${PASSPORT.name}\\b`) })
        .and(page.locator(`a[href*="mpp=${PASSPORT.mppSlug}"]`));
      await hit.first().click();
      await page.waitForURL(new RegExp(`/layanan/[^?]+\\?mpp=${PASSPORT.mppSlug}$`));
      await page.getByRole('heading', { level: 1, name: PASSPORT.name }).waitFor();

      const slug = new URL(page.url()).pathname.split('/').pop() ?? '';
      const service = await fetchService(slug);

      await page.getByRole('heading', { level: 2, name: 'Persyaratan' }).waitFor();
      const firstMandatory = service.standard.requirements.find((r) => r.isMandatory);
      expect(firstMandatory, 'the seed gives the passport service a mandatory requirement').toBeDefined();
      await page
        .locator('.requirements__name', { hasText: firstMandatory?.name ?? '' })
        .first()
        .waitFor();

      expect(service.standard.fee.kind).toBe('fixed');
      const fee = service.standard.fee.kind === 'fixed' ? rupiah(service.standard.fee.amountRupiah) : '';
      await page.locator('.fee-amount', { hasText: fee }).waitFor();
      expect(await page.locator('.context-box').textContent()).toContain('Surabaya');

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { level: 2, name: 'Requirements' }).waitFor();
      const headings = await page.locator('main h2').allTextContents();
      expect(headings).toEqual(
        expect.arrayContaining(['Requirements', 'Procedure', 'Time to complete', 'Fee', 'What you receive']),
      );
      expect(headings).not.toContain('Persyaratan');
      expect(await page.locator('html').getAttribute('lang')).toBe('en');

      // The choice is remembered across a reload, and the API is asked in English.
      const apiRequest = page.waitForRequest((request) => request.url().includes('/api/v1/services/'));
      await page.reload();
      expect((await apiRequest).headers()['accept-language']).toBe('en');
      await page.getByRole('heading', { level: 2, name: 'Requirements' }).waitFor();
      await waitForSettled(page);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('lists the nearest MPP first when the visitor shares a location in Surabaya', async () => {
    const { context, page } = await openPortal(browser, server.baseUrl);
    try {
      await context.grantPermissions(['geolocation']);
      await context.setGeolocation({ latitude: -7.2655, longitude: 112.7521 });
      await page.goto('/');
      await page.getByRole('button', { name: 'Cari MPP terdekat' }).click();
      const nearest = page.locator('#nearest-heading ~ ul .card').first();
      await nearest.waitFor();
      expect(await nearest.textContent()).toContain('Surabaya');
      expect(await nearest.textContent()).toMatch(/\d+(,\d)? km/);
    } finally {
      await context.close();
    }
  });

  it('shows the not-found page for an unknown MPP', async () => {
    const { context, page } = await openPortal(browser, server.baseUrl);
    try {
      await page.goto('/mpp/tidak-ada-mpp-ini');
      await page.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' }).waitFor({ timeout: 10_000 });
    } finally {
      await context.close();
    }
  });
});

type ServiceDetail = {
  standard: {
    requirements: { name: string; isMandatory: boolean }[];
    fee: { kind: 'free' } | { kind: 'fixed'; amountRupiah: number } | { kind: 'formula' };
  };
};

async function fetchService(slug: string): Promise<ServiceDetail> {
  const response = await fetch(`${server.apiUrl}/api/v1/services/${slug}`);
  expect(response.status).toBe(200);
  return (await response.json()) as ServiceDetail;
}
