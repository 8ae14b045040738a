import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './support/browser.js';
import { signInCitizen, uniqueEmail } from './support/citizen.js';
import { openPortal, waitForSettled } from './support/page.js';

/** WCAG 2.1 AA: axe-core must find nothing serious or critical on the citizen's main pages. */

const server = inject('e2eServer');
let browser: Browser;
let serviceSlug = '';
let tenantSlug = '';

beforeAll(async () => {
  browser = await launchChromium();
  const response = await fetch(`${server.apiUrl}/api/v1/search?q=paspor&mppId=mpp-kota-surabaya&limit=1`);
  const result = (await response.json()) as { services: { service: { slug: string; tenant: { slug: string } } }[] };
  serviceSlug = result.services[0]?.service.slug ?? '';
  tenantSlug = result.services[0]?.service.tenant.slug ?? '';
});

afterAll(async () => {
  await browser?.close();
});

const pages: { name: string; path: () => string; isSignedIn?: boolean }[] = [
  { name: 'home', path: () => '/' },
  { name: 'MPP page', path: () => '/mpp/mpp-kota-surabaya' },
  { name: 'service page', path: () => `/layanan/${serviceSlug}?mpp=mpp-kota-surabaya` },
  { name: 'search page', path: () => '/cari?q=paspot' },
  { name: 'tenant page', path: () => `/instansi/${tenantSlug}` },
  { name: 'sign-in page', path: () => '/masuk' },
  { name: 'profile page', path: () => '/akun', isSignedIn: true },
  { name: 'my data page', path: () => '/akun/data', isSignedIn: true },
  { name: 'sessions page', path: () => '/akun/sesi', isSignedIn: true },
];

describe('accessibility', () => {
  for (const { name, path, isSignedIn } of pages) {
    for (const language of ['id', 'en'] as const) {
      it(`the ${name} has no serious or critical axe violations (${language})`, async () => {
        const { context, page } = await openPortal(browser, server.baseUrl);
        try {
          if (language === 'en') {
            await context.addInitScript(() => localStorage.setItem('satupintu.lang', 'en'));
          }
          if (isSignedIn) await signInCitizen(context, server.apiUrl, uniqueEmail('axe'));
          await page.goto(path());
          await waitForSettled(page);
          await page.locator('main h1').first().waitFor();
          expect(await page.locator('html').getAttribute('lang')).toBe(language);

          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
            .analyze();
          const blocking = result.violations
            .filter((v) => v.impact === 'serious' || v.impact === 'critical')
            .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
          expect(blocking).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
