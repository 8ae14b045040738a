import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The citizen portal. `npm run dev` serves it with the API proxied to the Fastify server;
 * `vite build` writes ../dist/web, which the server serves in production (same origin).
 * API_TARGET lets tests and `vite preview` point the proxy at a server on another port.
 */
const apiTarget = process.env.API_TARGET ?? 'http://localhost:3000';
const proxy = Object.fromEntries(
  ['/api', '/health', '/openapi.json', '/docs'].map((path) => [path, { target: apiTarget, changeOrigin: false }]),
);

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: false,
  },
  server: { proxy },
  preview: { proxy },
});
