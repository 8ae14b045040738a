import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, VIEWPORTS } from './support/browser.js';
import { openPortal, waitForSettled } from './support/page.js';
import { type E2eServer, startE2eServer } from './support/server.js';

/** Mobile first: on a 360 px phone nothing may push the page sideways. */

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startE2eServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('mobile layout', () => {
  for (const path of ['/', '/mpp/mpp-kota-surabaya', '/cari?q=paspor']) {
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
