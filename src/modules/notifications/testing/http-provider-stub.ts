import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An SMS/WhatsApp provider for tests (not used by the app): an idempotent consumer that counts
 * a message once per Idempotency-Key however often it arrives. `respond` can make it fail.
 */
export type ProviderRequest = {
  idempotencyKey: string;
  authorization: string | undefined;
  body: { id?: string; to?: string; text?: string };
};

export type HttpProviderStub = {
  url: string;
  /** Every request, duplicates included. */
  requests: ProviderRequest[];
  /** The distinct messages accepted (by Idempotency-Key). */
  accepted: Map<string, ProviderRequest>;
  close(): Promise<void>;
};

export async function startHttpProviderStub(
  options: { respond?: (request: ProviderRequest) => number } = {},
): Promise<HttpProviderStub> {
  const requests: ProviderRequest[] = [];
  const accepted = new Map<string, ProviderRequest>();
  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const request: ProviderRequest = {
        idempotencyKey: String(req.headers['idempotency-key'] ?? ''),
        authorization: req.headers.authorization,
        body: text ? (JSON.parse(text) as ProviderRequest['body']) : {},
      };
      requests.push(request);
      const status = options.respond?.(request) ?? 200;
      if (status >= 200 && status < 300 && !accepted.has(request.idempotencyKey))
        accepted.set(request.idempotencyKey, request);
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(status < 300 ? { id: `provider-${request.idempotencyKey}` } : { error: 'stub' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/messages`,
    requests,
    accepted,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
