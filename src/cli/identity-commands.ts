import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createAuditLog } from '../modules/identity/index.js';
import { systemClock } from '../platform/clock.js';
import { loadOrCreateSecretKey } from '../platform/crypto/secrets.js';
import { openDatabase, prepareDatabase } from '../runtime.js';

/**
 * `satupintu admin create`: the first national admin (or an auditor) of a deployment. The
 * password is generated and printed once; the authenticator is enrolled at the first sign-in.
 */
export async function createAdminCommand(options: { email: string; name: string; role: 'national_admin' | 'auditor' }) {
  const config = loadConfig();
  const opened = await openDatabase(config);
  try {
    await prepareDatabase(opened.db, { seedDemoWhenEmpty: false });
    const secretKey = await loadOrCreateSecretKey({
      secretKey: config.secretKey,
      file: join(config.dataDir, 'secret.key'),
    });
    const { app, identity } = await buildApp({
      db: opened.db,
      logLevel: false,
      webDir: false,
      secretKey,
      environment: config.environment,
      identity: config.identity,
      notifications: { ...config.notifications, runWorker: false },
    });
    try {
      const password = randomBytes(15).toString('base64url');
      const { id } = await identity.api.createStaffAccount({
        email: options.email,
        displayName: options.name,
        password,
        grants: [{ role: options.role }],
      });
      console.log(`created ${options.role} ${options.email} (${id})`);
      console.log(`password (shown once; change it after signing in): ${password}`);
      console.log('sign in at /console/ — an authenticator app (TOTP) is enrolled at the first sign-in');
    } finally {
      await app.close();
    }
  } finally {
    await opened.close();
  }
}

/** `satupintu audit verify`: recomputes the audit log's hash chain; exit 2 when it is broken. */
export async function verifyAuditCommand() {
  const config = loadConfig();
  const opened = await openDatabase(config);
  try {
    const result = await createAuditLog({ db: opened.db, clock: systemClock }).verify();
    if (result.ok) {
      console.log(`audit log intact: ${result.checked} entries, hash chain verified`);
      return;
    }
    console.error(
      `AUDIT LOG TAMPERED: entry ${result.brokenAt} fails verification (${result.reason}); ${result.checked} entries before it are intact`,
    );
    process.exitCode = 2;
  } finally {
    await opened.close();
  }
}
