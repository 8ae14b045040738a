#!/usr/bin/env node
// The installed command runs the compiled code; `npm run build` (or `npm start`) makes it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiled = fileURLToPath(new URL('../dist/src/main.js', import.meta.url));
if (!existsSync(compiled)) {
  console.error('SatuPintu is not built yet: run `npm run build` (npm start does it for you).');
  process.exit(1);
}
await import(compiled);
