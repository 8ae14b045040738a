import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where the e2e tests find the portal:
 *   - E2E_BASE_URL set: a server someone already runs. If it answers the API but does not serve
 *     the web app, the built app (dist/web) is served by `vite preview` with its proxy pointed at
 *     that server, so the tests still run.
 *   - otherwise: the real app (`buildApp`) in this process, on a random port, with a fresh
 *     in-memory embedded database holding the migrated schema and the demo seed, serving dist/web
 *     (built first when missing).
 */

export type E2eServer = { baseUrl: string; apiUrl: string; close: () => Promise<void> };

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const viteConfig = `${repoRoot}web/vite.config.ts`;
const webDir = `${repoRoot}dist/web`;

export async function startE2eServer(): Promise<E2eServer> {
  const external = process.env.E2E_BASE_URL;
  if (!external) return startRealApp();
  const apiUrl = external.replace(/\/+$/, '');
  await waitForReady(apiUrl);
  if (await servesWebApp(apiUrl)) return { baseUrl: apiUrl, apiUrl, close: async () => {} };
  return startPreview(apiUrl);
}

async function startRealApp(): Promise<E2eServer> {
  await ensureWebBuild();
  const [{ buildApp }, { openEmbeddedDatabase }, { prepareDatabase }] = await Promise.all([
    import('../../../src/app.js'),
    import('../../../src/platform/db/database.js'),
    import('../../../src/runtime.js'),
  ]);
  const db = await openEmbeddedDatabase();
  await prepareDatabase(db, { seedDemoWhenEmpty: true });
  const { app, notifications } = await buildApp({
    db,
    logLevel: false,
    webDir,
    secretKey: 'ZTJlLXNlY3JldC1rZXktZm9yLXNhdHVwaW50dS1icm93c2VyLXRlc3Rz',
    environment: 'test',
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  // One-time codes reach the dev channel only through the outbox worker.
  notifications.worker.start();
  return {
    baseUrl: address,
    apiUrl: address,
    async close() {
      await app.close();
      await db.close();
    },
  };
}

async function ensureWebBuild(): Promise<void> {
  if (existsSync(`${webDir}/index.html`)) return;
  const vite = await import('vite');
  await vite.build({ configFile: viteConfig, logLevel: 'warn' });
}

async function startPreview(apiUrl: string): Promise<E2eServer> {
  await ensureWebBuild();
  const vite = await import('vite');
  process.env.API_TARGET = apiUrl;
  const preview = await vite.preview({
    configFile: viteConfig,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = preview.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview has no TCP address');
  return { baseUrl: `http://127.0.0.1:${address.port}`, apiUrl, close: () => preview.close() };
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
  throw new Error(`The server at ${apiUrl} is not ready (${lastError}).`);
}

async function servesWebApp(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/`, { headers: { Accept: 'text/html' } });
    return response.ok && (await response.text()).includes('id="root"');
  } catch {
    return false;
  }
}
