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
