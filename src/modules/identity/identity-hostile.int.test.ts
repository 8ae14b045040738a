import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ seedDemo: false });
});
afterAll(async () => {
  await t.close();
});

const BODIES: unknown[] = [
  [],
  'x',
  null,
  { channel: 5, destination: ['a'] },
  { challengeId: 'not-a-uuid', code: '1'.repeat(10_000) },
  { email: '\u0000', password: {} },
  { nik: '3'.repeat(39), birthDate: '2026-02-30', address: { provinceCode: "31'; DROP TABLE accounts;--" } },
  { grants: [{ role: 'god' }], email: 'a@b.c', displayName: 'x' },
  { ticket: '', code: 'abcdef' },
  { confirm: 'yes' },
];

const ROUTES: { method: 'POST' | 'PATCH' | 'PUT'; url: string }[] = [
  { method: 'POST', url: '/api/v1/auth/otp' },
  { method: 'POST', url: '/api/v1/auth/otp/verify' },
  { method: 'POST', url: '/api/v1/auth/password' },
  { method: 'POST', url: '/api/v1/auth/staff/password' },
  { method: 'POST', url: '/api/v1/auth/staff/totp' },
  { method: 'POST', url: '/api/v1/auth/staff/invitations/accept' },
  { method: 'PATCH', url: '/api/v1/me/profile' },
  { method: 'PUT', url: '/api/v1/me/password' },
  { method: 'PUT', url: '/api/v1/me/consents' },
  { method: 'POST', url: '/api/v1/me/deletion' },
  { method: 'POST', url: '/api/v1/staff' },
  { method: 'POST', url: '/api/v1/citizens/lookup' },
];

describe('hostile input to the identity API', () => {
  it('answers every malformed body with a 4xx problem and never a 500, whoever sends it', async () => {
    const citizen = await signInAs(t, { role: 'citizen' });
    const admin = await signInAs(t, { role: 'national_admin' });
    const accountsBefore = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
    for (const headers of [{}, citizen.headers, admin.headers]) {
      for (const route of ROUTES) {
        for (const body of BODIES) {
          const res = await t.app.inject({
            ...route,
            headers: { ...headers, 'content-type': 'application/json' },
            payload: JSON.stringify(body),
          });
          expect(
            res.statusCode,
            `${route.method} ${route.url} ${JSON.stringify(body).slice(0, 60)}`,
          ).toBeGreaterThanOrEqual(400);
          expect(res.statusCode).toBeLessThan(500);
          expect(res.headers['content-type']).toContain('application/problem+json');
        }
      }
    }
    const accountsAfter = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM accounts');
    expect(accountsAfter[0]?.n).toBe(accountsBefore[0]?.n);
  });
});
