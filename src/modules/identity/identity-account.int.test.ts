import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInAs } from '../../../test/support/auth.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let seq = 0;

beforeAll(async () => {
  t = await createTestApp({ identity: { generateCode: () => '246810' } });
});
afterAll(async () => {
  await t.close();
});

/** A citizen signed in through the real code flow, with the web cookie and its CSRF token. */
async function citizen() {
  seq += 1;
  const phone = `08127770${String(seq).padStart(4, '0')}`;
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/otp',
    payload: { channel: 'sms', destination: phone },
  });
  const verified = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/otp/verify',
    payload: { challengeId: sent.json().challengeId, code: '246810' },
  });
  const cookie = verified.cookies.find((c) => c.name === '__Host-sp_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf: string = verified.json().csrfToken;
  return {
    id: verified.json().account.id as string,
    phone,
    cookie: `__Host-sp_session=${cookie.value}`,
    read: { cookie: `__Host-sp_session=${cookie.value}` },
    write: { cookie: `__Host-sp_session=${cookie.value}`, 'x-csrf-token': csrf },
  };
}

describe('citizen profile and NIK', () => {
  it('refuses an invalid NIK with 422 naming the wrong part, in the caller language', async () => {
    const c = await citizen();
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: { ...c.write, 'accept-language': 'en' },
      payload: { nik: '3174059913900001' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('identity.nik_invalid');
    expect(res.json().errors[0]).toMatchObject({ field: 'nik' });
    expect(
      res
        .json()
        .errors.map((e: { reason: string }) => e.reason)
        .join(' '),
    ).toMatch(/month|day/i);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: c.read });
    expect(me.json().profile.nikMasked).toBeNull();
  });

  it('stores a valid NIK encrypted, shows it masked, derives sex and birth date, and labels the simulator', async () => {
    const c = await citizen();
    const nik = '3174054507900001';
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: c.write,
      payload: { fullName: 'Siti Rahma', nik },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().profile).toMatchObject({
      fullName: 'Siti Rahma',
      nikMasked: '3174********0001',
      sex: 'P',
      birthDate: '1990-07-05',
      nikVerification: { status: 'match', source: 'simulator' },
    });
    const raw = await t.db.query<Record<string, unknown>>('SELECT * FROM citizen_profiles WHERE account_id = $1', [
      c.id,
    ]);
    expect(JSON.stringify(raw)).not.toContain(nik);
  });

  it('refuses a birth date or sex that contradicts the NIK', async () => {
    const c = await citizen();
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: c.write,
      payload: { nik: '3174051507900002', sex: 'P' },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain('sex');
  });

  it('does not let a second account claim a NIK already on another', async () => {
    const a = await citizen();
    const b = await citizen();
    const nik = '3273011208850003';
    expect(
      (await t.app.inject({ method: 'PATCH', url: '/api/v1/me/profile', headers: a.write, payload: { nik } }))
        .statusCode,
    ).toBe(200);
    const second = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: b.write,
      payload: { nik },
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('identity.nik_registered');
  });

  it('refuses a write made with the session cookie but without the CSRF token (403), and changes nothing', async () => {
    const c = await citizen();
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: c.read,
      payload: { fullName: 'X' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('platform.csrf_token_invalid');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: c.read });
    expect(me.json().profile.fullName).toBe('');
  });
});

describe('personal-data rights', () => {
  it('shows a citizen every officer look-up of their data, with who and why', async () => {
    const c = await citizen();
    const nik = '3174056602950004';
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: c.write,
      payload: { fullName: 'Dewi', nik },
    });
    const [mpp] = (await t.app.inject({ method: 'GET', url: '/api/v1/mpps' })).json().items;
    const [tenant] = (await t.app.inject({ method: 'GET', url: `/api/v1/tenants?mpp=${mpp.slug}` })).json().items;
    const officer = await signInAs(t, { role: 'officer', mppId: mpp.id, tenantId: tenant.id });
    const looked = await t.app.inject({
      method: 'POST',
      url: '/api/v1/citizens/lookup',
      headers: officer.headers,
      payload: { nik, reason: 'Verifikasi berkas KTP di loket 3' },
    });
    expect(looked.statusCode).toBe(200);
    expect(looked.json()).toMatchObject({ fullName: 'Dewi', nikMasked: '3174********0004' });
    const log = await t.app.inject({ method: 'GET', url: '/api/v1/me/access-log', headers: c.read });
    expect(log.json().items[0]).toMatchObject({
      action: 'identity.citizen_viewed',
      reason: 'Verifikasi berkas KTP di loket 3',
      mppName: mpp.name,
      tenantName: tenant.name,
      actorRoles: ['officer'],
      actorLabel: 'Test officer',
    });
  });

  it('lets a citizen download all their data as a JSON attachment, NIK included', async () => {
    const c = await citizen();
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: c.write,
      payload: { nik: '3174054507900005', fullName: 'Rina' },
    });
    // A code sent once the account exists is part of the account's messages.
    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { channel: 'sms', destination: c.phone } });
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/me/data', headers: c.read });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="satupintu-data-saya-/);
    const data = res.json();
    expect(data.format).toBe('satupintu.personal-data/v1');
    expect(data.nik).toBe('3174054507900005');
    expect(data.account.profile.fullName).toBe('Rina');
    expect(data.sessions.length).toBeGreaterThan(0);
    expect(data.messages.length).toBeGreaterThan(0);
  });

  it('withdraws consent for an optional channel at once', async () => {
    const c = await citizen();
    await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/consents',
      headers: c.write,
      payload: { sms: true, whatsapp: true, email: false },
    });
    const res = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/me/consents',
      headers: c.write,
      payload: { sms: true, whatsapp: false, email: false },
    });
    expect(res.json().profile.consents).toEqual({ sms: true, whatsapp: false, email: false });
  });

  it('erases an account on request: profile gone, sessions ended, the kept records listed', async () => {
    const c = await citizen();
    await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/profile',
      headers: c.write,
      payload: { nik: '3174054507900006', fullName: 'Ayu' },
    });
    const unconfirmed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/deletion',
      headers: c.write,
      payload: { confirm: false },
    });
    expect(unconfirmed.statusCode).toBe(422);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/deletion',
      headers: c.write,
      payload: { confirm: true },
    });
    expect(res.statusCode).toBe(202);
    expect(res.json().outcome).toBe('erased');
    expect(res.json().kept.length).toBeGreaterThan(0);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: c.read })).statusCode).toBe(401);
    const account = await t.db.query<{ status: string; phone: string | null }>(
      'SELECT status, phone FROM accounts WHERE id = $1',
      [c.id],
    );
    expect(account[0]).toEqual({ status: 'erased', phone: null });
    expect(await t.db.query('SELECT 1 FROM citizen_profiles WHERE account_id = $1', [c.id])).toHaveLength(0);
    // The goodbye message is sent, then its address is blanked like every other message of the account.
    await t.notifications.worker.drain();
    const messages = await t.db.query<{ recipient: string | null; status: string }>(
      'SELECT recipient, status FROM outbox_messages WHERE account_id = $1',
      [c.id],
    );
    expect(messages.length).toBeGreaterThan(0);
    expect(JSON.stringify(messages)).not.toContain(c.phone.slice(1));
  });
});

describe('sessions', () => {
  it('lists my sessions, ends one, and signs out everywhere', async () => {
    const c = await citizen();
    const list = await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: c.read });
    expect(list.json().items).toHaveLength(1);
    expect(list.json().items[0].isCurrent).toBe(true);
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out-everywhere', headers: c.write });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: c.read })).statusCode).toBe(401);
  });

  it('ends a citizen session after a day without use', async () => {
    const c = await citizen();
    t.clock.set(new Date(t.clock.now().getTime() + 24 * 3600_000 + 1000));
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: c.read })).statusCode).toBe(401);
  });
});
