import type { TestProject } from 'vitest/node';
import { startE2eServer } from './server.js';

/** One server for the whole e2e run: seeding the demo catalogue once keeps the suite quick. */
export default async function setup(project: TestProject) {
  const server = await startE2eServer();
  project.provide('e2eServer', { baseUrl: server.baseUrl, apiUrl: server.apiUrl });
  return () => server.close();
}

declare module 'vitest' {
  // Module augmentation needs an interface.
  export interface ProvidedContext {
    e2eServer: { baseUrl: string; apiUrl: string };
  }
}
