import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { completeLoginAtProvider, startOidcProvider } from '../../../test/support/oidc-provider.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

const PUBLIC_URL = 'http://127.0.0.1:9';
let t: TestApp;
let provider: Awaited<ReturnType<typeof startOidcProvider>>;
let mpps: { id: string; slug: string }[];
let tenantsAtFirst: { id: string; slug: string }[];
let seq = 0;

beforeAll(async () => {
  provider = await startOidcProvider({
    clientId: 'satupintu',
    clientSecret: 'a-long-test-client-secret-of-32-bytes',
    redirectUris: [`${PUBLIC_URL}/api/v1/auth/oidc/callback`],
    accounts: {
      'sso-officer': { email: 'sso.officer@satupintu.test', name: 'SSO Officer' },
      'sso-stranger': { email: 'stranger@elsewhere.test', name: 'Stranger' },
    },
  });
  t = await createTestApp({
    publicUrl: PUBLIC_URL,
    identity: {
      oidc: {
        issuerUrl: provider.issuer,
        clientId: 'satupintu',
        clientSecret: 'a-long-test-client-secret-of-32-bytes',
      },
      allowInsecureOidc: true,
    },
  });
  mpps = (await t.app.inject({ method: 'GET', url: '/api/v1/mpps' })).json().items;
  tenantsAtFirst = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants?mpp=${mpps[0]?.slug}` })).json().items;
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

function email() {
  seq += 1;
  return `staff${seq}@satupintu.test`;
}

function totpCode(secret: string, at: Date) {
  return new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: at.getTime() });
}

function passwordStep(address: string, password: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/password', payload: { email: address, password } });
}

function totpStep(ticket: string, code: string) {
  return t.app.inject({ method: 'POST', url: '/api/v1/auth/staff/totp', payload: { ticket, code, delivery: 'token' } });
}

describe('staff sign-in', () => {
  it('makes an admin enrol an authenticator at the first sign-in, then asks for a fresh code each time', async () => {
    const address = email();
    await t.identity.api.createStaffAccount({
      email: address,
      displayName: 'Admin',
      password: 'correct horse battery',
      grants: [{ role: 'national_admin' }],
    });
    const first = await passwordStep(address, 'correct horse battery');
    expect(first.json().status).toBe('totp_enrolment_required');
    const { secret, otpauthUrl, qrSvg } = first.json().enrolment;
    expect(otpauthUrl).toMatch(/^otpauth:\/\/totp\/SatuPintu:/);
    expect(qrSvg).toContain('<svg');
    const enrolled = await totpStep(first.json().ticket, totpCode(secret, t.clock.now()));
    expect(enrolled.statusCode).toBe(200);
    expect(enrolled.json().account.hasTotp).toBe(true);

    const second = await passwordStep(address, 'correct horse battery');
    expect(second.json().status).toBe('totp_required');
    // The code just used is refused (replay) ...
    expect((await totpStep(second.json().ticket, totpCode(secret, t.clock.now()))).json().code).toBe(
      'identity.second_factor_invalid',
    );
    // ... the next one is accepted.
    t.clock.set(new Date(t.clock.now().getTime() + 30_000));
    const ok = await totpStep(second.json().ticket, totpCode(secret, t.clock.now()));
    expect(ok.statusCode).toBe(200);
    expect(ok.json().token).toMatch(/^sps_/);
  });

  it('signs an officer in with a password alone (TOTP optional for officers)', async () => {
    const address = email();
    await t.identity.api.createStaffAccount({
      email: address,
      displayName: 'Officer',
      password: 'loket tiga pagi hari',
      grants: [{ role: 'officer', mppId: mpps[0]?.id, tenantId: tenantsAtFirst[0]?.id }],
    });
    const res = await passwordStep(address, 'loket tiga pagi hari');
    expect(res.json().status).toBe('signed_in');
    expect(res.cookies.find((c) => c.name === '__Host-sp_session')?.httpOnly).toBe(true);
  });

  it('answers a wrong password and an unknown email alike, and throttles with 429', async () => {
    const address = email();
    await t.identity.api.createStaffAccount({
      email: address,
      displayName: 'X',
      password: 'a good long password',
      grants: [{ role: 'auditor' }],
    });
    const wrong = await passwordStep(address, 'nope');
    const unknown = await passwordStep('nobody@satupintu.test', 'nope');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) statuses.push((await passwordStep(address, 'nope')).statusCode);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe('staff accounts and invitations', () => {
  it('lets a national admin invite an MPP manager, who sets a password from the email link', async () => {
    const admin = await signInAs(t, { role: 'national_admin' });
    const address = email();
    const invited = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff',
      headers: admin.headers,
      payload: { email: address, displayName: 'Manajer MPP', grants: [{ role: 'mpp_manager', mppId: mpps[0]?.slug }] },
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ status: 'invited', grants: [{ role: 'mpp_manager', mppId: mpps[0]?.id }] });
    await t.notifications.worker.drain();
    const [mail] = await t.notifications.api.devMessages({ to: address, limit: 1 });
    const token = mail?.body.match(/token=([\w%-]+)/)?.[1];
    expect(token).toBeDefined();
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/staff/invitations/accept',
      payload: { token: decodeURIComponent(token ?? ''), password: 'mal pelayanan publik' },
    });
    expect(accepted.statusCode).toBe(204);
    expect((await passwordStep(address, 'mal pelayanan publik')).json().status).toBe('totp_enrolment_required');
  });

  it('lets an MPP manager invite officers only at their own MPP', async () => {
    const manager = await signInAs(t, { role: 'mpp_manager', mppId: mpps[0]?.id });
    const own = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff',
      headers: manager.headers,
      payload: {
        email: email(),
        displayName: 'Petugas',
        grants: [{ role: 'officer', mppId: mpps[0]?.id, tenantId: tenantsAtFirst[0]?.id }],
      },
    });
    expect(own.statusCode).toBe(201);
    const other = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff',
      headers: manager.headers,
      payload: {
        email: email(),
        displayName: 'Petugas',
        grants: [{ role: 'officer', mppId: mpps[1]?.id, tenantId: tenantsAtFirst[0]?.id }],
      },
    });
    expect(other.statusCode).toBe(422);
    const promote = await t.app.inject({
      method: 'POST',
      url: '/api/v1/staff',
      headers: manager.headers,
      payload: { email: email(), displayName: 'Admin?', grants: [{ role: 'national_admin' }] },
    });
    expect(promote.statusCode).toBe(422);
    // Staff of another MPP are not found.
    const elsewhere = await signInAs(t, { role: 'officer', mppId: mpps[1]?.id, tenantId: tenantsAtFirst[0]?.id });
    const patch = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/${elsewhere.accountId}`,
      headers: manager.headers,
      payload: { status: 'disabled' },
    });
    expect(patch.statusCode).toBe(404);
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/staff', headers: manager.headers });
    expect(list.json().items.map((s: { id: string }) => s.id)).not.toContain(elsewhere.accountId);
  });

  it('ends every session of a disabled account at once', async () => {
    const admin = await signInAs(t, { role: 'national_admin' });
    const officer = await signInAs(t, { role: 'officer', mppId: mpps[0]?.id, tenantId: tenantsAtFirst[0]?.id });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: officer.headers })).statusCode).toBe(200);
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/staff/${officer.accountId}`,
      headers: admin.headers,
      payload: { status: 'disabled' },
    });
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: officer.headers })).statusCode).toBe(401);
  });
});

describe('agency API keys', () => {
  it('are shown once, stored hashed, scoped to their tenant, and stop working when revoked', async () => {
    const tenant = tenantsAtFirst[0];
    const tenantAdmin = await signInAs(t, { role: 'tenant_admin', tenantId: tenant?.id });
    const created = await t.app.inject({
      method: 'POST',
      url: `/api/v1/tenants/${tenant?.slug}/api-keys`,
      headers: tenantAdmin.headers,
      payload: { name: 'SIAK integrasi', scopes: ['services:read'] },
    });
    expect(created.statusCode).toBe(201);
    const { key, id } = created.json();
    expect(key).toMatch(/^spk_/);
    const stored = await t.db.query<Record<string, unknown>>('SELECT * FROM api_keys WHERE id = $1', [id]);
    expect(JSON.stringify(stored)).not.toContain(key);
    const listed = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${tenant?.slug}/api-keys`,
      headers: tenantAdmin.headers,
    });
    expect(listed.json().items[0]).not.toHaveProperty('key');

    // The key authenticates, but it is not an admin: managing keys is refused.
    const byKey = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${tenant?.slug}/api-keys`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(byKey.statusCode).toBe(403);
    expect(
      (await t.db.query<{ last_used_at: Date | null }>('SELECT last_used_at FROM api_keys WHERE id = $1', [id]))[0]
        ?.last_used_at,
    ).not.toBeNull();

    const otherAdmin = await signInAs(t, { role: 'tenant_admin', tenantId: tenantsAtFirst[1]?.id });
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: otherAdmin.headers })).statusCode,
    ).toBe(404);
    expect(
      (await t.app.inject({ method: 'DELETE', url: `/api/v1/api-keys/${id}`, headers: tenantAdmin.headers }))
        .statusCode,
    ).toBe(204);
    const after = await t.app.inject({
      method: 'GET',
      url: `/api/v1/tenants/${tenant?.slug}/api-keys`,
      headers: { authorization: `Bearer ${key}` },
    });
    expect(after.statusCode).toBe(401);
  });
});

describe('single sign-on (OpenID Connect)', () => {
  it('signs a staff member in through the provider, linking by verified email', async () => {
    await t.identity.api.createStaffAccount({
      email: 'sso.officer@satupintu.test',
      displayName: 'SSO Officer',
      grants: [{ role: 'officer', mppId: mpps[0]?.id, tenantId: tenantsAtFirst[0]?.id }],
    });
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?returnTo=/console/layanan' });
    expect(start.statusCode).toBe(302);
    const callback = new URL(await completeLoginAtProvider(String(start.headers.location), 'sso-officer'));
    const done = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/console/layanan');
    const cookie = done.cookies.find((c) => c.name === '__Host-sp_session');
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: `__Host-sp_session=${cookie?.value}` },
    });
    expect(me.json().email).toBe('sso.officer@satupintu.test');
  });

  it('refuses a provider account that no admin created, and a replayed callback', async () => {
    const start = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start' });
    const callback = new URL(await completeLoginAtProvider(String(start.headers.location), 'sso-stranger'));
    const refused = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    expect(refused.statusCode).toBe(401);
    expect(refused.json().code).toBe('identity.oidc_failed');
    const replay = await t.app.inject({ method: 'GET', url: `${callback.pathname}${callback.search}` });
    expect(replay.statusCode).toBe(401);
  });

  it('refuses a returnTo that leaves the site', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/oidc/start?returnTo=//evil.example' });
    expect(res.statusCode).toBe(400);
  });
});
