import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_CLOCK_START } from '../../../test/support/test-database.js';
import type { Principal } from '../../domain/identity/access.js';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { registerAccessControl } from '../../platform/http/access.js';
import { registerProblemHandlers } from '../../platform/http/problem.js';
import { createNotificationsModule, type NotificationsModule } from './index.js';
import { notificationsConfig, otpMessage } from './testing/notifications-factories.js';

let db: Database;
const clock = fixedClock(TEST_CLOCK_START);

function staff(role: 'national_admin' | 'officer'): Principal {
  return {
    kind: 'account',
    accountId: newId(),
    accountKind: 'staff',
    sessionId: newId(),
    grants: [role === 'officer' ? { role, mppId: newId(), tenantId: newId() } : { role }],
    via: 'bearer',
  };
}

/** The module's routes on a bare Fastify with the real access guard; bearer tokens name a role. */
async function serve(
  environment: 'development' | 'production',
): Promise<{ app: FastifyInstance; module: NotificationsModule }> {
  const module = createNotificationsModule({ db, clock, environment, config: notificationsConfig({ mode: 'test' }) });
  const app = Fastify({ logger: false });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerAccessControl(app, {
    async authenticate(request) {
      const token = request.headers.authorization?.replace(/^Bearer /, '');
      if (token === 'admin') return { principal: staff('national_admin') };
      if (token === 'officer') return { principal: staff('officer') };
      return { rejected: true };
    },
    onDenied: async () => {},
  });
  await app.register(module.routes);
  await app.ready();
  return { app, module };
}

let dev: { app: FastifyInstance; module: NotificationsModule };
let production: { app: FastifyInstance; module: NotificationsModule };
let messageId: string;

beforeAll(async () => {
  db = await createTestDatabase({ seedDemo: false });
  dev = await serve('development');
  production = await serve('production');
  ({ id: messageId } = await db.transaction((tx) =>
    dev.module.api.enqueue(tx, otpMessage({ channel: 'sms', to: '+6281212345678', language: 'en' })),
  ));
  await dev.module.api.enqueue(db, otpMessage({ to: 'andi@example.com' }));
  await dev.module.worker.drain();
});
afterAll(async () => {
  await dev?.app.close();
  await production?.app.close();
  await db?.close();
});

describe('GET /api/v1/notifications/messages/:id', () => {
  it('gives an administrator the status with the recipient masked and no text', async () => {
    const response = await dev.app.inject({
      url: `/api/v1/notifications/messages/${messageId}`,
      headers: { authorization: 'Bearer admin' },
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: messageId, status: 'delivered', recipient: '+62812****5678', channel: 'sms' });
    expect(response.body).not.toContain('482913');
    expect(response.body).not.toContain('+6281212345678');
  });

  it('answers 404 with a problem for an unknown message', async () => {
    const response = await dev.app.inject({
      url: `/api/v1/notifications/messages/${newId()}`,
      headers: { authorization: 'Bearer admin', 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'notifications.message_not_found', title: 'Message not found' });
  });

  it('refuses anonymous callers and roles without notifications.read', async () => {
    const url = `/api/v1/notifications/messages/${messageId}`;
    expect((await dev.app.inject({ url })).statusCode).toBe(401);
    expect((await dev.app.inject({ url, headers: { authorization: 'Bearer officer' } })).statusCode).toBe(403);
  });
});

describe('development pages', () => {
  it('lists the stored messages as JSON, filtered by recipient, never cached', async () => {
    const response = await dev.app.inject('/api/v1/dev/messages?to=andi@example.com');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { items } = response.json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ recipient: 'andi@example.com', subject: 'Kode SatuPintu Anda: 482913' });
  });

  it('shows the latest messages on an HTML page marked development only', async () => {
    const response = await dev.app.inject('/dev/messages');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toContain('Hanya untuk pengembangan');
    expect(response.body).toContain('Development only');
    expect(response.body).toContain('Your SatuPintu code: 482913');
    expect(response.body).toContain('andi@example.com');
  });

  it('does not exist in production', async () => {
    expect((await production.app.inject('/dev/messages')).statusCode).toBe(404);
    expect((await production.app.inject('/api/v1/dev/messages')).statusCode).toBe(404);
  });
});
