import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Grant } from '../src/domain/identity/access.js';
import { accessRulesOf } from '../src/platform/http/access.js';
import {
  ACCESS_COLUMNS,
  type AccessRow,
  CATALOGUE_ACCESS,
  OK,
  UNKNOWN_ID,
} from '../src/modules/catalogue/catalogue-access.cases.js';
import { signInAs } from './support/auth.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The authorisation matrix of the whole API: every protected endpoint, every role, and the
 * expected answer of the guard. A route added without a row here fails the first test.
 */

// biome-ignore format: a table reads best with its columns aligned
const IDENTITY_ACCESS: readonly AccessRow[] = [
  //  method    url                                              permission                   anon cit  off  ver  tadm mppm nat  aud
  ['GET',    '/api/v1/auth/session',                            'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['POST',   '/api/v1/auth/sign-out',                           'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['POST',   '/api/v1/auth/sign-out-everywhere',                'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['GET',    '/api/v1/me',                                      'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['PATCH',  '/api/v1/me/profile',                              'identity.citizen.self',     401, OK,  403, 403, 403, 403, 403, 403],
  ['PUT',    '/api/v1/me/password',                             'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['PUT',    '/api/v1/me/consents',                             'identity.citizen.self',     401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    '/api/v1/me/sessions',                             'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['DELETE', `/api/v1/me/sessions/${UNKNOWN_ID}`,               'identity.self',             401, OK,  OK,  OK,  OK,  OK,  OK,  OK ],
  ['GET',    '/api/v1/me/access-log',                           'identity.citizen.self',     401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    '/api/v1/me/data',                                 'identity.citizen.self',     401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   '/api/v1/me/deletion',                             'identity.citizen.self',     401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    '/api/v1/staff',                                   'identity.staff.manage',     401, 403, 403, 403, OK,  OK,  OK,  403],
  ['POST',   '/api/v1/staff',                                   'identity.staff.manage',     401, 403, 403, 403, OK,  OK,  OK,  403],
  ['PATCH',  `/api/v1/staff/${UNKNOWN_ID}`,                     'identity.staff.manage',     401, 403, 403, 403, OK,  OK,  OK,  403],
  ['GET',    '/api/v1/tenants/bpjs-kesehatan/api-keys',         'identity.api_key.manage',   401, 403, 403, 403, OK,  403, OK,  403],
  ['POST',   '/api/v1/tenants/bpjs-kesehatan/api-keys',         'identity.api_key.manage',   401, 403, 403, 403, OK,  403, OK,  403],
  ['DELETE', `/api/v1/api-keys/${UNKNOWN_ID}`,                  'identity.api_key.manage',   401, 403, 403, 403, OK,  403, OK,  403],
  ['GET',    '/api/v1/audit-events',                            'identity.audit.read',       401, 403, 403, 403, 403, 403, OK,  OK ],
  ['POST',   '/api/v1/citizens/lookup',                         'identity.citizen.lookup',   401, 403, OK,  OK,  403, OK,  403, 403],
  ['GET',    `/api/v1/notifications/messages/${UNKNOWN_ID}`,    'notifications.read',        401, 403, 403, 403, 403, 403, OK,  403],
];

/**
 * The queue's endpoints. An unknown counter answers 404 to those allowed to try; an officer
 * may open only counters of their tenant at their MPP (403 inside the handler otherwise).
 */
const MPP = '/api/v1/queue/mpps/mpp-kota-surabaya';

const COUNTER_ACTIONS = [
  'open',
  'call-next',
  'call',
  'recall',
  'start',
  'finish',
  'no-show',
  'recycle',
  'transfer',
  'park',
  'unpark',
  'break',
  'resume',
  'close',
] as const;

// biome-ignore format: a table reads best with its columns aligned
const QUEUE_ACCESS: readonly AccessRow[] = [
  //  method    url                                             permission                anon cit  off  ver  tadm mppm nat  aud
  ['GET',    '/api/v1/queue/me/counters',                      'queue.counter.operate',  401, 403, OK,  403, 403, OK,  OK,  403],
  ['GET',    `/api/v1/queue/counters/${UNKNOWN_ID}`,              'queue.counter.operate',  401, 403, OK,  403, 403, OK,  OK,  403],
  ...COUNTER_ACTIONS.map((action): AccessRow =>
  ['POST',   `/api/v1/queue/counters/${UNKNOWN_ID}/${action}`,   'queue.counter.operate',  401, 403, OK,  403, 403, OK,  OK,  403]),
  ['POST',   `${MPP}/tickets`,                                 'queue.ticket.issue',     401, 403, OK,  403, 403, OK,  OK,  403],
  ['POST',   '/api/v1/queue/tickets',                          'queue.ticket.online',    401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    '/api/v1/queue/me/tickets',                       'queue.ticket.online',    401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    `${MPP}/live`,                                    'queue.monitor',          401, 403, 403, 403, OK,  OK,  OK,  OK ],
  ['GET',    `${MPP}/kpis?from=2026-11-25&to=2026-11-25`,      'queue.monitor',          401, 403, 403, 403, OK,  OK,  OK,  OK ],
  ['GET',    `${MPP}/settings`,                                'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['PUT',    `${MPP}/settings`,                                'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['GET',    `${MPP}/services`,                                'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['PUT',    `${MPP}/services/${UNKNOWN_ID}`,                     'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['GET',    `${MPP}/devices`,                                 'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['POST',   `${MPP}/devices`,                                 'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['DELETE', `/api/v1/queue/devices/${UNKNOWN_ID}`,               'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
  ['POST',   `${MPP}/close-day`,                               'queue.manage',           401, 403, 403, 403, 403, OK,  OK,  403],
];

const BOOKING = `/api/v1/booking/mpps/mpp-kota-makassar/services/${UNKNOWN_ID}`;

// biome-ignore format: a table reads best with its columns aligned
const BOOKING_ACCESS: readonly AccessRow[] = [
  //  method    url                                             permission                anon cit  off  ver  tadm mppm nat  aud
  ['PUT',    `${BOOKING}/schedule`,                            'booking.manage',         401, 403, 403, 403, 403, OK,  OK,  403],
  ['PUT',    `${BOOKING}/dates/2026-12-01`,                    'booking.manage',         401, 403, 403, 403, 403, OK,  OK,  403],
  ['DELETE', `${BOOKING}/dates/2026-12-01`,                    'booking.manage',         401, 403, 403, 403, 403, OK,  OK,  403],
  ['GET',    '/api/v1/booking/mpps/mpp-kota-surabaya/days/2026-12-01', 'booking.view',  401, 403, OK,  403, 403, OK,  OK,  403],
  ['GET',    `/api/v1/booking/bookings/${UNKNOWN_ID}/calendar.ics`, 'booking.book',      401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   '/api/v1/booking/bookings',                       'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    '/api/v1/booking/me/bookings',                    'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    `/api/v1/booking/bookings/${UNKNOWN_ID}`,          'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   `/api/v1/booking/bookings/${UNKNOWN_ID}/cancel`,     'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   `/api/v1/booking/bookings/${UNKNOWN_ID}/reschedule`, 'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   '/api/v1/booking/mpps/mpp-kota-makassar/check-in',  'queue.ticket.issue',     401, 403, OK,  403, 403, OK,  OK,  403],
  ['POST',   '/api/v1/booking/waitlist',                       'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['GET',    '/api/v1/booking/me/waitlist',                    'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   `/api/v1/booking/waitlist/${UNKNOWN_ID}/accept`,  'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
  ['POST',   `/api/v1/booking/waitlist/${UNKNOWN_ID}/leave`,   'booking.book',           401, OK,  403, 403, 403, 403, 403, 403],
];

const MATRIX = [...CATALOGUE_ACCESS, ...IDENTITY_ACCESS, ...QUEUE_ACCESS, ...BOOKING_ACCESS];

let t: TestApp;
let grants: Record<(typeof ACCESS_COLUMNS)[number], Grant | undefined>;

function routePattern(url: string) {
  return new RegExp(`^${url.replace(/:[^/]+/g, '[^/]+')}$`);
}

beforeAll(async () => {
  t = await createTestApp();
  const mpp = (await t.app.inject({ method: 'GET', url: '/api/v1/mpps/mpp-kota-surabaya' })).json();
  const tenant = (await t.app.inject({ method: 'GET', url: '/api/v1/tenants/bpjs-kesehatan' })).json();
  grants = {
    anonymous: undefined,
    citizen: { role: 'citizen' },
    officer: { role: 'officer', mppId: mpp.id, tenantId: tenant.id },
    verifier: { role: 'verifier', mppId: mpp.id, tenantId: tenant.id },
    tenant_admin: { role: 'tenant_admin', tenantId: tenant.id },
    mpp_manager: { role: 'mpp_manager', mppId: mpp.id },
    national_admin: { role: 'national_admin' },
    auditor: { role: 'auditor' },
  };
});
afterAll(async () => {
  await t.close();
});

describe('authorisation matrix', () => {
  it('has a row for every protected endpoint, with the permission the route declares', () => {
    const protectedRoutes = accessRulesOf(t.app).filter((r) => r.access !== 'public');
    expect(protectedRoutes.length).toBeGreaterThan(30);
    const missing = protectedRoutes.filter(
      (route) =>
        !MATRIX.some(
          ([method, url]) => method === route.method && routePattern(route.url).test(url.split('?')[0] ?? ''),
        ),
    );
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    for (const [method, url, permission] of MATRIX) {
      const route = protectedRoutes.find(
        (r) => r.method === method && routePattern(r.url).test(url.split('?')[0] ?? ''),
      );
      expect(route, `${method} ${url}`).toBeDefined();
      expect(route?.access, `${method} ${url}`).toEqual({ permission });
    }
  });

  for (const row of MATRIX) {
    const [method, url] = row;
    it(`${method} ${url}: each role gets what the table says, and refusals are audited`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const [index, column] of ACCESS_COLUMNS.entries()) {
        const grant = grants[column];
        // A fresh caller per cell: signing out or erasing in one cell cannot affect another.
        const headers = grant ? (await signInAs(t, grant)).headers : {};
        // A tenant's CSV import is text/csv; every other write gets an empty JSON body.
        const isCsv = url.includes('/imports?tenant=');
        const res = await t.app.inject({
          method,
          url,
          headers: isCsv ? { ...headers, 'content-type': 'text/csv' } : headers,
          payload: method === 'GET' || method === 'DELETE' ? undefined : isCsv ? 'slug,name\n' : {},
        });
        const want = row[3 + index];
        expected[column] = String(want);
        outcomes[column] =
          want === OK
            ? res.statusCode === 401 || res.statusCode === 403
              ? String(res.statusCode)
              : OK
            : String(res.statusCode);
        expect(res.statusCode, `${column}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
        // Refusals of credentials are audited; a request without any is simply answered 401.
        if (want !== OK && column !== 'anonymous') {
          const requestId = String(res.headers['x-request-id']);
          const audited = await t.db.query('SELECT 1 FROM audit_events WHERE request_id = $1 AND outcome = $2', [
            requestId,
            'denied',
          ]);
          expect(audited, `${column} refusal audited`).toHaveLength(1);
        }
      }
      expect(outcomes).toEqual(expected);
    });
  }

  it("answers 404 for another citizen's session, and never shows it", async () => {
    const a = await signInAs(t, { role: 'citizen' });
    const b = await signInAs(t, { role: 'citizen' });
    const bSessions = (await t.app.inject({ method: 'GET', url: '/api/v1/me/sessions', headers: b.headers })).json()
      .items;
    const res = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/me/sessions/${bSessions[0].id}`,
      headers: a.headers,
    });
    expect(res.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: b.headers })).statusCode).toBe(200);
  });

  it('treats an unknown or malformed credential as anonymous on public routes and 401 on protected ones', async () => {
    const bogus = { authorization: 'Bearer sps_not-a-real-token' };
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/audit-events', headers: bogus });
    const audited = await t.db.query('SELECT 1 FROM audit_events WHERE request_id = $1', [
      String(refused.headers['x-request-id']),
    ]);
    expect(audited).toHaveLength(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/mpps', headers: bogus })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bogus })).statusCode).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { authorization: 'Basic abc' } })).statusCode,
    ).toBe(401);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: '__Host-sp_session=%%%' } }))
        .statusCode,
    ).toBe(401);
  });
});
