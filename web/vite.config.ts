import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * One entry point and bundle per audience (ARCHITECTURE.md, Front end):
 *   index.html   -> the citizen portal, served for every page not listed below
 *   console.html -> the staff console, served for /console and /console/*
 *   kiosk.html   -> the queue kiosk (touch screen, ticket printer), served for /kiosk
 *   display.html -> the queue display board (TV), served for /layar/<mpp>
 * `npm run dev` serves both with the API proxied to the Fastify server; `vite build` writes
 * ../dist/web (index.html, console.html, assets/), which the server serves in production
 * (same origin). API_TARGET lets tests and `vite preview` point the proxy at another port.
 */
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';
const proxy = Object.fromEntries(
  ['/api', '/health', '/openapi.json', '/docs', '/dev/messages'].map((path) => [
    path,
    { target: apiTarget, changeOrigin: false },
  ]),
);

/** The page of each audience's URLs, as the production server chooses it. */
function entryOfPath(path: string): 'console.html' | 'kiosk.html' | 'display.html' | undefined {
  if (/\.[a-z0-9]{1,5}$/i.test(path)) return undefined;
  if (/^\/console(\/|$)/.test(path)) return 'console.html';
  if (/^\/kiosk\/?$/.test(path)) return 'kiosk.html';
  if (/^\/layar\/[^/]+\/?$/.test(path)) return 'display.html';
  return undefined;
}

/** The console's, kiosk's and display board's pages load their own HTML, as the production server does. */
function consoleFallback(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    const path = req.url?.split('?')[0] ?? '';
    const entry = entryOfPath(path);
    if (entry) req.url = `/${entry}${req.url?.slice(path.length) ?? ''}`;
    next();
  };
  return {
    name: 'satupintu-console-fallback',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  plugins: [react(), consoleFallback()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
    rollupOptions: {
      input: {
        index: `${root}index.html`,
        console: `${root}console.html`,
        kiosk: `${root}kiosk.html`,
        display: `${root}display.html`,
      },
      // The web imports pure rules from src/domain (vocabularies, NIK checks, permissions). Some of
      // those folders re-export server-only helpers (holiday tables, time-zone maths); declaring
      // our domain code free of import-time side effects lets the bundler drop what is not used.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]src[\\/]domain[\\/]/, sideEffects: false },
          { test: /[\\/]node_modules[\\/](date-holidays|date-holidays-parser|luxon)[\\/]/, sideEffects: false },
        ],
      },
      output: {
        // One shared chunk for the libraries both audiences use (React, router, i18next), cached once.
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/ }] },
      },
    },
  },
  server: { proxy },
  preview: { proxy },
});
