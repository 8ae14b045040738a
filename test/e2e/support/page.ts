import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * A fresh context per test (no shared cookies or localStorage) with the portal's default
 * language. Console errors and failed API calls are collected so a test can assert none.
 */
export async function openPortal(
  browser: Browser,
  baseUrl: string,
  viewport: { width: number; height: number } = { width: 1280, height: 800 },
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'id-ID' });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.url().includes('/api/') && response.status() >= 500) {
      problems.push(`${response.status()} ${response.url()}`);
    }
  });
  return { context, page, problems };
}

/** Waits until the page shows neither a spinner nor a pending request of ours. */
export async function waitForSettled(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page
    .locator('.loading')
    .first()
    .waitFor({ state: 'detached', timeout: 15_000 })
    .catch(() => {});
}

export const rupiah = (amount: number) =>
  new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }).format(amount);
