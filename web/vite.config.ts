import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * Two audiences, two entry points, two bundles (ARCHITECTURE.md, Front end):
 *   index.html   -> the citizen portal, served for every page outside /console
 *   console.html -> the staff console, served for /console and /console/*
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

/** The console's pages all load console.html, as the production server does. */
function consoleFallback(): Plugin {
  const rewrite = (req: { url?: string }, _res: unknown, next: () => void) => {
    const path = req.url?.split('?')[0] ?? '';
    if (path === '/console' || (path.startsWith('/console/') && !/\.[a-z0-9]{1,5}$/i.test(path))) {
      req.url = `/console.html${req.url?.slice(path.length) ?? ''}`;
    }
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
