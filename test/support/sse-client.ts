import { request } from 'node:http';

export type SseEvent = { id: string | undefined; event: string; data: unknown };

/**
 * A minimal server-sent-events client over node:http (what a display board does), that keeps
 * every event it receives and can wait for one.
 */
export function connectSse(url: string, options: { lastEventId?: string } = {}) {
  const events: SseEvent[] = [];
  const waiters: { predicate: (e: SseEvent) => boolean; resolve: (e: SseEvent) => void }[] = [];
  let buffer = '';
  let closed = false;
  let closeRequest = () => {};
  const opened = new Promise<number>((resolve, reject) => {
    const req = request(
      url,
      {
        headers: {
          accept: 'text/event-stream',
          ...(options.lastEventId ? { 'last-event-id': options.lastEventId } : {}),
        },
      },
      (res) => {
        resolve(res.statusCode ?? 0);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end = buffer.indexOf('\n\n');
          while (end >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            end = buffer.indexOf('\n\n');
            const fields = new Map<string, string>();
            for (const line of block.split('\n')) {
              if (line.startsWith(':') || !line.includes(':')) continue;
              const at = line.indexOf(':');
              fields.set(line.slice(0, at), line.slice(at + 1).trimStart());
            }
            if (!fields.has('data')) continue;
            const event: SseEvent = {
              id: fields.get('id'),
              event: fields.get('event') ?? 'message',
              data: JSON.parse(fields.get('data') ?? 'null'),
            };
            events.push(event);
            for (const w of [...waiters]) {
              if (w.predicate(event)) {
                waiters.splice(waiters.indexOf(w), 1);
                w.resolve(event);
              }
            }
          }
        });
      },
    );
    req.on('error', (error) => {
      if (!closed) reject(error);
    });
    req.end();
    closeRequest = () => req.destroy();
  });
  return {
    events,
    opened,
    /** The first event (already received or coming) that matches, or a rejection after `timeoutMs`. */
    waitFor(predicate: (e: SseEvent) => boolean, timeoutMs = 5_000): Promise<SseEvent> {
      const found = events.find(predicate);
      if (found) return Promise.resolve(found);
      return new Promise((resolve, reject) => {
        const waiter = { predicate, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          if (waiters.includes(waiter)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            reject(new Error(`no matching event within ${timeoutMs} ms; got ${events.map((e) => e.event).join(', ')}`));
          }
        }, timeoutMs).unref();
      });
    },
    close() {
      closed = true;
      closeRequest();
    },
  };
}
