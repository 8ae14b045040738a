/**
 * A server-sent event stream that survives a server restart or a network blip.
 *
 * EventSource reconnects by itself after a dropped connection and sends Last-Event-ID, so no
 * event is lost. It gives up for good (readyState CLOSED) when a reconnect is answered with an
 * error status, as a restarting server or a proxy in between does; then a new EventSource is
 * made after a growing pause, carrying the last id seen as `?lastEventId=` (a new EventSource
 * cannot be given the header). The caller keeps showing what it has meanwhile.
 */

export type StreamStatus = 'connecting' | 'open' | 'reconnecting';

export type StreamHandlers = Record<string, (data: unknown, eventId: string) => void>;

export type StreamOptions = {
  /** Named events to listen for, each with its handler (data is parsed JSON). */
  events: StreamHandlers;
  /** Resume after this id on the first connection (e.g. the board's `lastEventId`). */
  lastEventId?: string;
  onStatus?: (status: StreamStatus) => void;
  /** Called after a new EventSource had to be made: what was shown may be stale. */
  onRecreated?: () => void;
  firstDelayMs?: number;
  maxDelayMs?: number;
};

/** Opens the stream; the returned function closes it for good. */
export function openEventStream(url: string, options: StreamOptions): () => void {
  const firstDelay = options.firstDelayMs ?? 1000;
  const maxDelay = options.maxDelayMs ?? 30_000;
  let lastId = options.lastEventId ?? '';
  let delay = firstDelay;
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let isStopped = false;

  const report = (status: StreamStatus) => options.onStatus?.(status);

  function connect(isRecreate: boolean): void {
    if (isStopped) return;
    let isFirstOpen = true;
    report(isRecreate ? 'reconnecting' : 'connecting');
    const es = new EventSource(withLastId(url, lastId));
    source = es;
    es.onopen = () => {
      delay = firstDelay;
      report('open');
      if (isRecreate && isFirstOpen) options.onRecreated?.();
      isFirstOpen = false;
    };
    es.onerror = () => {
      if (isStopped || source !== es) return;
      report('reconnecting');
      if (es.readyState !== EventSource.CLOSED) return; // the browser retries by itself
      es.close();
      timer = setTimeout(() => connect(true), delay);
      delay = Math.min(delay * 2, maxDelay);
    };
    for (const [type, handle] of Object.entries(options.events)) {
      es.addEventListener(type, (event) => {
        const message = event as MessageEvent<string>;
        if (message.lastEventId) lastId = message.lastEventId;
        let data: unknown;
        try {
          data = JSON.parse(message.data);
        } catch {
          return; // a malformed message is skipped, the stream goes on
        }
        handle(data, message.lastEventId);
      });
    }
  }

  connect(false);
  return () => {
    isStopped = true;
    if (timer) clearTimeout(timer);
    source?.close();
  };
}

function withLastId(url: string, lastId: string): string {
  if (!lastId) return url;
  const separator = url.includes('?') ? '&' : '?';
  return `${url}${separator}lastEventId=${encodeURIComponent(lastId)}`;
}
