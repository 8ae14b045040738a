import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Server-sent events (ARCHITECTURE.md, HTTP: real time with Last-Event-ID resume). The reply is
 * taken over from Fastify; a comment line every `heartbeatMs` keeps proxies and phones from
 * dropping an idle stream and lets the client notice a dead one. A client that stops reading
 * (more than 1 MiB unsent) is cut off rather than buffered without end.
 */
export type EventStream = {
  send(event: { id?: string | number; event: string; data: unknown }): void;
  /** Sends data already serialised as JSON: fan-out serialises an event once for every stream. */
  sendSerialized(event: { id?: string | number; event: string; json: string }): void;
  readonly isClosed: boolean;
  onClose(fn: () => void): void;
  close(): void;
};

const MAX_BUFFERED_BYTES = 1024 * 1024;

/** The client's resume point: the Last-Event-ID header, or `?lastEventId=` for clients that cannot set headers. */
export function lastEventIdOf(request: FastifyRequest): string | undefined {
  const header = request.headers['last-event-id'];
  if (typeof header === 'string' && header.length > 0) return header;
  const query = (request.query as Record<string, unknown> | undefined)?.lastEventId;
  return typeof query === 'string' && query.length > 0 ? query : undefined;
}

export function openEventStream(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { heartbeatMs?: number; retryMs?: number } = {},
): EventStream {
  reply.hijack();
  const raw = reply.raw;
  raw.writeHead(200, {
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache, no-transform',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
    'x-request-id': String(request.id),
  });
  let closed = false;
  const closers: (() => void)[] = [];
  const write = (chunk: string) => {
    if (closed) return;
    if (raw.writableLength > MAX_BUFFERED_BYTES) {
      close();
      return;
    }
    raw.write(chunk);
  };
  const heartbeat = setInterval(() => write(': hb\n\n'), options.heartbeatMs ?? 15_000);
  heartbeat.unref();
  function close() {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    for (const fn of closers.splice(0)) fn();
    raw.end();
  }
  request.raw.on('close', close);
  raw.on('error', close);
  write(`retry: ${options.retryMs ?? 3_000}\n\n`);
  function sendSerialized(event: { id?: string | number; event: string; json: string }) {
    const id = event.id === undefined ? '' : `id: ${event.id}\n`;
    write(`${id}event: ${event.event}\ndata: ${event.json}\n\n`);
  }
  return {
    send(event) {
      sendSerialized({
        ...(event.id === undefined ? {} : { id: event.id }),
        event: event.event,
        json: JSON.stringify(event.data),
      });
    },
    sendSerialized,
    get isClosed() {
      return closed;
    },
    onClose(fn) {
      if (closed) fn();
      else closers.push(fn);
    },
    close,
  };
}
