import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, VIEWPORTS } from './support/browser.js';
import { openPortal, waitForSettled } from './support/page.js';

/** Mobile first: on a 360 px phone nothing may push the page sideways. */

const server = inject('e2eServer');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('mobile layout', () => {
  for (const path of ['/', '/mpp/mpp-kota-surabaya', '/cari?q=paspor', '/masuk']) {
    it(`${path} has no horizontal scroll at 360x740`, async () => {
      const { context, page } = await openPortal(browser, server.baseUrl, VIEWPORTS.phone);
      try {
        await page.goto(path);
        await waitForSettled(page);
        await page.locator('main h1').first().waitFor();
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          client: document.documentElement.clientWidth,
        }));
        expect(widths.client).toBe(360);
        expect(widths.scroll).toBeLessThanOrEqual(widths.client);
      } finally {
        await context.close();
      }
    });
  }
});
