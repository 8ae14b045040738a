import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createNikVerifier } from './identity.nik-verifier.js';

const NOW = new Date('2026-11-28T02:00:00Z');
const now = () => NOW;
const PERSON = { nik: '3174061505900001', fullName: 'Siti Aminah', birthDate: '1990-05-15' };

type Received = { method: string | undefined; authorization: string | undefined; body: unknown };
type Handler = (request: IncomingMessage, response: ServerResponse, received: Received) => void;

const servers: Server[] = [];

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

/** A stand-in registry gateway on 127.0.0.1 that records what it was sent. */
async function startRegistry(handle: Handler): Promise<{ url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry = {
        method: request.method,
        authorization: request.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      };
      received.push(entry);
      handle(request, response, entry);
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/verify`, received };
}

function answer(status: number, body: string): Handler {
  return (_request, response) => {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  };
}

describe('simulated NIK verifier', () => {
  const verifier = createNikVerifier({ kind: 'simulator' }, { now });

  it('matches an ordinary NIK and name, labelled as the simulator', async () => {
    expect(await verifier.verify(PERSON)).toEqual({
      status: 'match',
      source: 'simulator',
      checkedAt: '2026-11-28T02:00:00.000Z',
    });
  });

  it('does not find a NIK whose serial is 9999', async () => {
    expect((await verifier.verify({ ...PERSON, nik: '3174061505909999' })).status).toBe('not_found');
  });

  it('reports a mismatch for names containing SALAH or MISMATCH in any case', async () => {
    expect((await verifier.verify({ ...PERSON, fullName: 'Budi Salah' })).status).toBe('mismatch');
    expect((await verifier.verify({ ...PERSON, fullName: 'test mismatch' })).status).toBe('mismatch');
  });

  it('gives not_found precedence over mismatch', async () => {
    expect((await verifier.verify({ nik: '3174061505909999', fullName: 'SALAH' })).status).toBe('not_found');
  });
});

describe('NIK verifier of kind none', () => {
  it('answers unavailable from no source: the NIK was not checked', async () => {
    const verifier = createNikVerifier({ kind: 'none' }, { now });
    expect(verifier.kind).toBe('none');
    expect(await verifier.verify(PERSON)).toEqual({
      status: 'unavailable',
      source: 'none',
      checkedAt: '2026-11-28T02:00:00.000Z',
    });
  });
});

describe('HTTP NIK verifier', () => {
  it('posts the NIK, name and birth date as JSON with the bearer token', async () => {
    const registry = await startRegistry(answer(200, '{"status":"match"}'));
    const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 's3cret' }, { now });
    await verifier.verify(PERSON);
    expect(registry.received).toEqual([{ method: 'POST', authorization: 'Bearer s3cret', body: PERSON }]);
  });

  it('passes on a match from the registry', async () => {
    const registry = await startRegistry(answer(200, '{"status":"match"}'));
    const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 't' }, { now });
    expect(await verifier.verify(PERSON)).toEqual({
      status: 'match',
      source: 'registry',
      checkedAt: '2026-11-28T02:00:00.000Z',
    });
  });

  it('passes on not_found and mismatch from the registry', async () => {
    const notFound = await startRegistry(answer(200, '{"status":"not_found"}'));
    const mismatch = await startRegistry(answer(200, '{"status":"mismatch"}'));
    const ask = (url: string) => createNikVerifier({ kind: 'http', url, token: 't' }, { now }).verify(PERSON);
    expect((await ask(notFound.url)).status).toBe('not_found');
    expect((await ask(mismatch.url)).status).toBe('mismatch');
  });

  it('is unavailable when the registry answers 500', async () => {
    const registry = await startRegistry(answer(500, '{"status":"match"}'));
    const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 't' }, { now });
    expect(await verifier.verify(PERSON)).toMatchObject({ status: 'unavailable', source: 'registry' });
  });

  it('is unavailable when the registry does not answer in time', async () => {
    const registry = await startRegistry(() => {
      // Never answers.
    });
    const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 't', timeoutMs: 50 }, { now });
    expect((await verifier.verify(PERSON)).status).toBe('unavailable');
  });

  it('is unavailable when the body is not the expected JSON', async () => {
    for (const body of ['<html>gateway error</html>', '{"status":"MATCH"}', '{}', 'null']) {
      const registry = await startRegistry(answer(200, body));
      const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 't' }, { now });
      expect((await verifier.verify(PERSON)).status).toBe('unavailable');
    }
  });

  it('is unavailable when nothing listens at the address', async () => {
    const registry = await startRegistry(answer(200, '{"status":"match"}'));
    const server = servers.pop();
    await new Promise((resolve) => server?.close(resolve));
    const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 't' }, { now });
    expect((await verifier.verify(PERSON)).status).toBe('unavailable');
  });

  it('logs why the registry was unavailable without the NIK or the name', async () => {
    const registry = await startRegistry(answer(503, 'busy'));
    const logged: unknown[] = [];
    const logger = { warn: (fields: Record<string, unknown>, message: string) => logged.push({ fields, message }) };
    const verifier = createNikVerifier({ kind: 'http', url: registry.url, token: 't' }, { now, logger });
    await verifier.verify(PERSON);
    expect(logged).toEqual([
      { fields: { reason: 'http_status', httpStatus: 503 }, message: 'NIK registry check unavailable' },
    ]);
    expect(JSON.stringify(logged)).not.toContain(PERSON.nik);
    expect(JSON.stringify(logged)).not.toContain(PERSON.fullName);
  });

  it('refuses to be created without a url', () => {
    expect(() => createNikVerifier({ kind: 'http', token: 't' }, { now })).toThrow(/url/);
  });
});
