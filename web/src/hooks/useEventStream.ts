import { useEffect, useRef, useState } from 'react';
import { openEventStream, type StreamHandlers, type StreamStatus } from '../api/event-stream.js';

/**
 * Subscribes to a server-sent event stream while the component is shown (null = not now).
 * Handlers may change on every render without reopening the stream; `key` reopens it.
 */
export function useEventStream(
  url: string | null,
  handlers: StreamHandlers,
  options: { lastEventId?: string; onRecreated?: () => void } = {},
): StreamStatus {
  const [status, setStatus] = useState<StreamStatus>('connecting');
  const latest = useRef({ handlers, options });
  latest.current = { handlers, options };
  const eventTypes = Object.keys(handlers).sort().join(',');

  // Handlers and options are read through the ref, so a new render never reopens the stream.
  useEffect(() => {
    if (url === null) return;
    const events: StreamHandlers = {};
    for (const type of eventTypes.split(',')) {
      if (type) events[type] = (data, id) => latest.current.handlers[type]?.(data, id);
    }
    return openEventStream(url, {
      events,
      ...(latest.current.options.lastEventId ? { lastEventId: latest.current.options.lastEventId } : {}),
      onStatus: setStatus,
      onRecreated: () => latest.current.options.onRecreated?.(),
    });
  }, [url, eventTypes]);

  return status;
}
