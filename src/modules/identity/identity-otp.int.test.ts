import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
let phoneSeq = 1000;
function newPhone() {
  phoneSeq += 1;
  return `0812555${String(phoneSeq).padStart(5, '0')}`;
}

beforeAll(async () => {
  t = await createTestApp({ seedDemo: false });
});
afterAll(async () => {
  await t.close();
});

async function requestCode(destination: string, channel = 'sms', ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/otp',
    payload: { channel, destination },
    headers: { 'x-forwarded-for': ip },
    remoteAddress: ip,
  });
}

/** The code as the citizen would read it: from the message the outbox delivered. */
async function codeSentTo(destination: string): Promise<string> {
  await t.notifications.worker.drain();
  const [message] = await t.notifications.api.devMessages({ to: destination, limit: 1 });
  const code = message?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code delivered to ${destination}`);
  return code;
}

function verify(challengeId: string, code: string, ip = '10.0.0.1') {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/otp/verify',
    payload: { challengeId, code },
    remoteAddress: ip,
  });
}

describe('one-time code sign-up and sign-in', () => {
  it('signs a new citizen up with the code from the SMS, sets a session cookie, and reuses the account next time', async () => {
    const phone = newPhone();
    const sent = await requestCode(phone);
    expect(sent.statusCode).toBe(202);
    expect(sent.json().maskedDestination).toMatch(/^\+62812\*{4}\d{4}$/);
    const code = await codeSentTo(`+62${phone.slice(1)}`);
    const signedIn = await verify(sent.json().challengeId, code);
    expect(signedIn.statusCode).toBe(200);
    const cookie = signedIn.cookies.find((c) => c.name === '__Host-sp_session');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    const accountId = signedIn.json().account.id;
    expect(signedIn.json().account.phone).toBe(`+62${phone.slice(1)}`);

    t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    const again = await requestCode(phone);
    const second = await verify(again.json().challengeId, await codeSentTo(`+62${phone.slice(1)}`));
    expect(second.json().account.id).toBe(accountId);
  });

  it('answers a wrong code with 401 that does not say whether the account exists', async () => {
    const phone = newPhone();
    const sent = await requestCode(phone);
    const wrong = await verify(sent.json().challengeId, '000000');
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['content-type']).toContain('application/problem+json');
    expect(wrong.json().code).toBe('identity.code_invalid');
    const unknownChallenge = await verify('01900000-0000-7000-8000-000000000000', '123456');
    expect(unknownChallenge.json()).toMatchObject({ status: 401, code: 'identity.code_invalid' });
  });

  it('refuses a code after five minutes', async () => {
    const phone = newPhone();
    const sent = await requestCode(phone);
    const code = await codeSentTo(`+62${phone.slice(1)}`);
    t.clock.set(new Date(t.clock.now().getTime() + 5 * 60_000 + 1000));
    expect((await verify(sent.json().challengeId, code)).statusCode).toBe(401);
  });

  it('locks a code after five wrong tries: the right code is then refused with 429 and Retry-After', async () => {
    const phone = newPhone();
    const sent = await requestCode(phone);
    const code = await codeSentTo(`+62${phone.slice(1)}`);
    const wrong = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) expect((await verify(sent.json().challengeId, wrong)).statusCode).toBe(401);
    const locked = await verify(sent.json().challengeId, code);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('identity.code_attempts_exhausted');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a used code (replay)', async () => {
    const phone = newPhone();
    const sent = await requestCode(phone);
    const code = await codeSentTo(`+62${phone.slice(1)}`);
    const first = await verify(sent.json().challengeId, code);
    expect(first.statusCode).toBe(200);
    expect((await verify(sent.json().challengeId, code)).statusCode).toBe(401);
  });

  it('throttles a resend to the same number within a minute with 429 and Retry-After', async () => {
    const phone = newPhone();
    expect((await requestCode(phone)).statusCode).toBe(202);
    const again = await requestCode(phone);
    expect(again.statusCode).toBe(429);
    expect(again.json().code).toBe('identity.rate_limited');
    const retryAfter = Number(again.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    t.clock.set(new Date(t.clock.now().getTime() + retryAfter * 1000));
    expect((await requestCode(phone)).statusCode).toBe(202);
  });

  it('allows at most five codes an hour to one destination', async () => {
    const phone = newPhone();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await requestCode(phone)).statusCode);
      t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it('limits codes per client address across destinations', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await requestCode(newPhone(), 'sms', '10.9.9.9')).statusCode);
    expect(statuses.filter((s) => s === 202)).toHaveLength(20);
    expect(statuses.at(-1)).toBe(429);
  });

  it('locks a destination out for an hour after three locked codes', async () => {
    const phone = newPhone();
    for (let round = 0; round < 3; round++) {
      const sent = await requestCode(phone, 'sms', `10.1.${round}.1`);
      expect(sent.statusCode).toBe(202);
      for (let i = 0; i < 5; i++) await verify(sent.json().challengeId, '999999', `10.1.${round}.1`);
      t.clock.set(new Date(t.clock.now().getTime() + 61_000));
    }
    const refused = await requestCode(phone, 'sms', '10.1.9.1');
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(30 * 60);
  });

  it('rejects a malformed phone number or code with 422 and changes nothing', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM otp_challenges');
    const bad = await requestCode('12345');
    expect(bad.statusCode).toBe(422);
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM otp_challenges');
    expect(after[0]?.n).toBe(before[0]?.n);
    expect(bad.json().errors[0].field).toBe('destination');
    const badCode = await verify('01900000-0000-7000-8000-000000000000', '12ab56');
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors[0].field).toBe('body.code');
  });

  it('writes successful and failed sign-ins to the audit log, without the phone number', async () => {
    const rows = await t.db.query<{ action: string; details: unknown }>(
      `SELECT action, details FROM audit_events WHERE action IN ('identity.citizen_signed_up', 'identity.sign_in_failed')`,
    );
    expect(rows.some((r) => r.action === 'identity.citizen_signed_up')).toBe(true);
    expect(rows.some((r) => r.action === 'identity.sign_in_failed')).toBe(true);
    expect(JSON.stringify(rows)).not.toMatch(/\+62812555/);
  });
});
