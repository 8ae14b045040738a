import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the e2e tests find the portal. Three ways, first match wins:
 *   1. E2E_BASE_URL: a server someone already runs (it must serve the API and the built web).
 *   2. TODO(lead): start the real app from `src/app.ts` (`buildApp(options)`) on a random port
 *      with a fresh embedded database in a temporary DATA_DIR and the demo seed, then
 *      `listen({ port: 0, host: '127.0.0.1' })`, and return its address and `close`.
 *   3. http://127.0.0.1:3000 (`npm start` in another terminal).
 * If the server answers the API but does not serve the web app, the built app (dist/web) is
 * served by `vite preview` with its proxy pointed at the server, so the tests still run.
 */

export type E2eServer = { baseUrl: string; apiUrl: string; close: () => Promise<void> };

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const viteConfig = `${repoRoot}web/vite.config.ts`;

export async function startE2eServer(): Promise<E2eServer> {
  const apiUrl = trimSlash(process.env.E2E_BASE_URL ?? 'http://127.0.0.1:3000');
  await waitForReady(apiUrl);
  if (await servesWebApp(apiUrl)) return { baseUrl: apiUrl, apiUrl, close: async () => {} };
  return startPreview(apiUrl);
}

async function startPreview(apiUrl: string): Promise<E2eServer> {
  const vite = await import('vite');
  process.env.API_TARGET = apiUrl;
  if (!existsSync(`${repoRoot}dist/web/index.html`)) {
    await vite.build({ configFile: viteConfig, logLevel: 'warn' });
  }
  const preview = await vite.preview({
    configFile: viteConfig,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = preview.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview has no TCP address');
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    apiUrl,
    close: () => preview.close(),
  };
}

async function waitForReady(apiUrl: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${apiUrl}/health/ready`);
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
    } catch (error) {
      lastError = String(error);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${apiUrl} is not ready (${lastError}). Start it or set E2E_BASE_URL.`);
}

async function servesWebApp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/`, { headers: { Accept: 'text/html' } });
    return response.ok && (await response.text()).includes('id="root"');
  } catch {
    return false;
  }
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
