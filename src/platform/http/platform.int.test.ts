import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test/support/test-app.js';

type TestApp = Awaited<ReturnType<typeof createTestApp>>;
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t?.close());

describe('platform endpoints', () => {
  it('is live and ready once migrations are applied', async () => {
    expect((await t.app.inject('/health/live')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/health/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: t.db.kind });
  });

  it('reports not ready with a 503 problem when a migration is pending', async () => {
    await t.db.exec('DELETE FROM schema_migrations WHERE version = 1');
    try {
      const ready = await t.app.inject('/health/ready');
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: 'platform.not_ready' });
    } finally {
      const [row] = await t.db.query<{ checksum: string }>('SELECT 1');
      expect(row).toBeDefined();
      const { loadMigrations } = await import('../db/migrate.js');
      const [first] = await loadMigrations();
      await t.db.query('INSERT INTO schema_migrations (version, name, checksum) VALUES (1, $1, $2)', [
        first?.name,
        first?.checksum,
      ]);
    }
  });

  it('exposes Prometheus metrics including request durations by route', async () => {
    await t.app.inject('/api/v1/mpps');
    const metrics = await t.app.inject('/metrics');
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toContain('satupintu_http_request_duration_seconds_bucket');
    expect(metrics.body).toContain('route="/api/v1/mpps"');
  });

  it('publishes an OpenAPI 3.1 document generated from the route schemas', async () => {
    const doc = (await t.app.inject('/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.paths['/api/v1/search'].get.operationId).toBe('catalogue.search');
    expect(doc.paths['/api/v1/mpps/{ref}'].get.responses['404']).toBeDefined();
    const docs = await t.app.inject('/docs/');
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('explains each invalid field in the caller language, keeping messages a schema wrote itself', async () => {
    const send = (language: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/otp/verify',
        headers: { 'accept-language': language },
        payload: { challengeId: 'not-a-uuid', code: '12' },
      });
    const id = (await send('id')).json();
    const en = (await send('en')).json();
    expect(id.status).toBe(400);
    expect(id.errors).toEqual([
      { field: 'body.challengeId', reason: 'UUID tidak valid' },
      { field: 'body.code', reason: '6 digits / 6 angka' },
    ]);
    expect(en.errors[0]).toEqual({ field: 'body.challengeId', reason: 'Invalid UUID' });
  });

  it('answers unknown routes with a problem, echoing a request id', async () => {
    const response = await t.app.inject({ url: '/api/v1/nothing-here', headers: { 'x-request-id': 'req-test-12345' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['x-request-id']).toBe('req-test-12345');
    expect(response.json()).toMatchObject({ code: 'platform.route_not_found', requestId: 'req-test-12345' });
  });

  it('never answers hostile inputs with a 500', async () => {
    const urls = [
      '/api/v1/mpps/%00',
      '/api/v1/mpps/%E0%A4%A',
      `/api/v1/services/${'a'.repeat(500)}`,
      '/api/v1/search?q=',
      `/api/v1/search?q=${'x'.repeat(1000)}`,
      "/api/v1/search?q=' OR 1=1 --",
      '/api/v1/search?q=%26%7C!():*',
      '/api/v1/search?q=buat&near=999,999',
      '/api/v1/search?q=buat&limit=-1',
      '/api/v1/mpps?cursor=eyJrIjoxfQ',
      '/api/v1/mpps?limit=1e309',
    ];
    for (const url of urls) {
      const response = await t.app.inject(url);
      expect(response.statusCode, url).toBeLessThan(500);
      expect(response.headers['content-type'], url).toMatch(/json/);
    }
  });
});
