import type { Permission, Role } from '../../domain/identity/access.js';

/**
 * Who may call each protected catalogue endpoint, written out as a table (the specification, not
 * derived from PERMISSIONS, so a change to either shows up as a failing case). `ok`: the guard
 * lets the call through (the answer then depends on the data and the body: 200, 400, 404...);
 * 401/403: refused. The catalogue's own test runs every row; the authorisation matrix of the
 * whole API imports this list.
 *
 * Scopes used for the scoped roles (demo catalogue): officer and verifier of BPJS Kesehatan at
 * MPP Kota Surabaya, tenant admin of BPJS Kesehatan, MPP manager of MPP Kota Surabaya, auditor
 * and national admin without a scope. Bodies are empty: an allowed caller gets 400, not a write.
 */

export const OK = 'ok' as const;
type Outcome = typeof OK | 401 | 403;

export const ACCESS_COLUMNS = [
  'anonymous',
  'citizen',
  'officer',
  'verifier',
  'tenant_admin',
  'mpp_manager',
  'national_admin',
  'auditor',
] as const satisfies readonly ('anonymous' | Role)[];

export type AccessRow = readonly [
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  permission: Permission,
  anonymous: Outcome,
  citizen: Outcome,
  officer: Outcome,
  verifier: Outcome,
  tenantAdmin: Outcome,
  mppManager: Outcome,
  nationalAdmin: Outcome,
  auditor: Outcome,
];

/** An id no record has: allowed callers get 404, refused ones never reach the lookup. */
export const UNKNOWN_ID = '00000000-0000-7000-8000-000000000000';

// biome-ignore format: a table reads best with its columns aligned
export const CATALOGUE_ACCESS: readonly AccessRow[] = [
  //  method    url                                                          permission                    anon cit  off  ver  tadm mppm nat  aud
  ['POST',   '/api/v1/mpps',                                                  'catalogue.mpp.create',       401, 403, 403, 403, 403, 403, OK,  403],
  ['PATCH',  '/api/v1/mpps/mpp-kota-surabaya',                                'catalogue.mpp.update',       401, 403, 403, 403, 403, OK,  OK,  403],
  ['POST',   '/api/v1/tenants',                                               'catalogue.tenant.create',    401, 403, 403, 403, 403, OK,  OK,  403],
  ['PATCH',  '/api/v1/tenants/bpjs-kesehatan',                                'catalogue.tenant.update',    401, 403, 403, 403, OK,  403, OK,  403],
  ['POST',   '/api/v1/mpps/mpp-kota-surabaya/gerai',                          'catalogue.gerai.manage',     401, 403, 403, 403, 403, OK,  OK,  403],
  ['DELETE', `/api/v1/gerai/${UNKNOWN_ID}`,                                   'catalogue.gerai.manage',     401, 403, 403, 403, 403, OK,  OK,  403],
  ['POST',   '/api/v1/mpps/mpp-kota-surabaya/counters',                       'catalogue.counter.manage',   401, 403, 403, 403, 403, OK,  OK,  403],
  ['PATCH',  `/api/v1/counters/${UNKNOWN_ID}`,                                'catalogue.counter.manage',   401, 403, 403, 403, 403, OK,  OK,  403],
  ['POST',   '/api/v1/services',                                              'catalogue.service.manage',   401, 403, 403, 403, OK,  403, OK,  403],
  ['PUT',    '/api/v1/services/pendaftaran-peserta-jkn',                      'catalogue.service.manage',   401, 403, 403, 403, OK,  403, OK,  403],
  ['GET',    '/api/v1/services/pendaftaran-peserta-jkn/versions',             'catalogue.service.manage',   401, 403, 403, 403, OK,  403, OK,  403],
  ['PUT',    '/api/v1/mpps/mpp-kota-surabaya/services/pendaftaran-peserta-jkn', 'catalogue.offering.manage', 401, 403, 403, 403, 403, OK,  OK,  403],
  ['POST',   '/api/v1/admin/catalogue/imports',                               'catalogue.import',           401, 403, 403, 403, 403, 403, OK,  403],
  ['POST',   '/api/v1/admin/catalogue/imports?tenant=bpjs-kesehatan&dryRun=true', 'catalogue.import',       401, 403, 403, 403, OK,  403, OK,  403],
  ['GET',    '/api/v1/admin/catalogue/export?tenant=bpjs-kesehatan&format=csv', 'catalogue.export',         401, 403, 403, 403, OK,  403, OK,  OK ],
  ['PUT',    '/api/v1/admin/calendar-dates',                                  'catalogue.calendar.manage',  401, 403, 403, 403, 403, OK,  OK,  403],
  ['DELETE', `/api/v1/admin/calendar-dates/${UNKNOWN_ID}`,                    'catalogue.calendar.manage',  401, 403, 403, 403, 403, OK,  OK,  403],
  ['GET',    '/api/v1/admin/search-synonyms',                                 'catalogue.synonym.manage',   401, 403, 403, 403, 403, 403, OK,  403],
  ['PUT',    '/api/v1/admin/search-synonyms',                                 'catalogue.synonym.manage',   401, 403, 403, 403, 403, 403, OK,  403],
  ['DELETE', '/api/v1/admin/search-synonyms/tidak-ada',                       'catalogue.synonym.manage',   401, 403, 403, 403, 403, 403, OK,  403],
];
