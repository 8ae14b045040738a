import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Grant } from '../../../src/domain/identity/access.js';
import type { E2eServer } from './server.js';

/**
 * Staff accounts for the console journeys. A staff account is never signed up: an admin
 * creates it. The first national admin therefore has to come from outside the HTTP API.
 *
 * TODO(server team): replace this with the shared helper (or `satupintu admin create`) so it
 * also works against a server someone else runs (E2E_BASE_URL). Until then the console tests
 * start their own in-process app (the same set-up as server.ts) and create the account with
 * the identity module's `createStaffAccount`, then sign in through the real web pages and API.
 */

export type StaffServer = E2eServer & {
  createStaffAccount: (input: StaffAccountInput) => Promise<StaffCredentials>;
};
export type StaffAccountInput = { email?: string; displayName: string; password?: string; grants: Grant[] };
export type StaffCredentials = { id: string; email: string; password: string };

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const webDir = `${repoRoot}dist/web`;
let counter = 0;

export async function startStaffServer(): Promise<StaffServer> {
  if (!existsSync(`${webDir}/console.html`)) {
    const vite = await import('vite');
    await vite.build({ configFile: `${repoRoot}web/vite.config.ts`, logLevel: 'warn' });
  }
  const [{ buildApp }, { openEmbeddedDatabase }, { prepareDatabase }] = await Promise.all([
    import('../../../src/app.js'),
    import('../../../src/platform/db/database.js'),
    import('../../../src/runtime.js'),
  ]);
  const db = await openEmbeddedDatabase();
  await prepareDatabase(db, { seedDemoWhenEmpty: true });
  const { app, notifications, identity } = await buildApp({
    db,
    logLevel: false,
    webDir,
    secretKey: 'ZTJlLXN0YWZmLXNlcnZlci1rZXktZm9yLXNhdHVwaW50dS1jb25zb2xlLXRlc3Rz',
    environment: 'test',
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  notifications.worker.start();
  return {
    baseUrl: address,
    apiUrl: address,
    async createStaffAccount(input) {
      counter += 1;
      const email = input.email ?? `staf${Date.now()}${counter}@kemenpan.example.id`;
      const password = input.password ?? `Kata-sandi-uji-${counter}-panjang`;
      const { id } = await identity.api.createStaffAccount({
        email,
        displayName: input.displayName,
        password,
        grants: input.grants,
      });
      return { id, email, password };
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** Creates an active staff account with a password on the server; it signs in like anyone else. */
export function createStaffAccount(server: StaffServer, input: StaffAccountInput): Promise<StaffCredentials> {
  return server.createStaffAccount(input);
}
