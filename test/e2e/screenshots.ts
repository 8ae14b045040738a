/**
 * Saves screenshots of the citizen portal for the README and docs, one viewport each
 * (1280x800 and 360x740), into docs/screenshots/<page>-<desktop|phone>.png:
 *   npx tsx test/e2e/screenshots.ts
 * Uses the same server as the e2e tests: E2E_BASE_URL, or the real app started in-process.
 */
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { launchChromium, VIEWPORTS } from './support/browser.js';
import { openPortal, waitForSettled } from './support/page.js';
import { startE2eServer } from './support/server.js';

const outDir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

async function findSlugs(apiUrl: string): Promise<{ service: string; tenant: string }> {
  const response = await fetch(`${apiUrl}/api/v1/search?q=paspor&mppId=mpp-kota-surabaya&limit=1`);
  const result = (await response.json()) as { services: { service: { slug: string; tenant: { slug: string } } }[] };
  const hit = result.services[0];
  if (!hit) throw new Error('The demo seed has no passport service at MPP Kota Surabaya');
  return { service: hit.service.slug, tenant: hit.service.tenant.slug };
}

async function main(): Promise<void> {
  const server = await startE2eServer();
  const browser = await launchChromium();
  try {
    await mkdir(outDir, { recursive: true });
    const slugs = await findSlugs(server.apiUrl);
    const shots = [
      { name: 'home', path: '/' },
      { name: 'search', path: '/cari?q=buat%20paspor' },
      { name: 'mpp', path: '/mpp/mpp-kota-surabaya' },
      { name: 'service', path: `/layanan/${slugs.service}?mpp=mpp-kota-surabaya` },
      { name: 'tenant', path: `/instansi/${slugs.tenant}` },
    ];
    for (const [size, viewport] of Object.entries(VIEWPORTS)) {
      const { context, page } = await openPortal(browser, server.baseUrl, viewport);
      for (const shot of shots) {
        await page.goto(shot.path);
        await waitForSettled(page);
        await page.locator('main h1').first().waitFor();
        const file = `${outDir}${shot.name}-${size}.png`;
        await page.screenshot({ path: file });
        console.log(`saved ${file}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
