import { expect } from 'vitest';
import { signInAs } from './auth.js';
import type { TestApp } from './test-app.js';

let serial = 0;

/**
 * A signed-in citizen whose NIK the registry (the development simulator) confirmed, through
 * the real profile API. Each gets a NIK of its own (one account per NIK).
 */
export async function verifiedCitizen(t: TestApp) {
  const citizen = await signInAs(t, { role: 'citizen' });
  serial += 1;
  // 317405 (Jakarta Selatan), born 15-07-1990, a serial of this process and test.
  const nik = `3174051507${String(90)}${String(((process.pid * 7 + serial) % 8998) + 1).padStart(4, '0')}`;
  const saved = await t.app.inject({
    method: 'PATCH',
    url: '/api/v1/me/profile',
    headers: citizen.headers,
    payload: { nik, fullName: `Warga Uji ${serial}` },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  return citizen;
}

/** A rolling schedule open 14 days ahead: 30-minute slots of `capacity` seats. */
export function rollingSchedule(capacity: number, extra: Record<string, unknown> = {}) {
  return {
    isEnabled: true,
    slotMinutes: 30,
    capacity,
    windowDays: 14,
    release: { kind: 'rolling' },
    minNoticeMinutes: 60,
    changeCutoffMinutes: 120,
    maxPerWeek: 2,
    ...extra,
  };
}

/**
 * `count` citizens whose NIK the registry confirmed, written straight to identity's tables (each
 * with a NIK hash of its own), each with a bearer session: the crowd of rush tests.
 */
export async function verifiedCrowd(t: TestApp, count: number): Promise<{ authorization: string }[]> {
  const rows = await t.db.query<{ id: string }>(
    `WITH a AS (
       INSERT INTO accounts (id, kind, status, phone, preferred_language)
       SELECT gen_random_uuid(), 'citizen', 'active', '+6281' || lpad((n + $2::integer)::text, 9, '0'), 'id'
       FROM generate_series(1, $1::integer) AS n RETURNING id
     ), p AS (
       INSERT INTO citizen_profiles (account_id, nik_hash, nik_masked, nik_verification_status, nik_verification_source, nik_verified_at)
       SELECT id, md5(id::text || 'crowd'), '3174**********01', 'match', 'simulator', now() FROM a RETURNING account_id
     )
     SELECT account_id AS id FROM p`,
    [count, Math.floor(Math.random() * 1e8)],
  );
  const crowd: { authorization: string }[] = [];
  for (const row of rows) crowd.push({ authorization: `Bearer ${await t.identity.api.issueBearerSession(row.id)}` });
  return crowd;
}
