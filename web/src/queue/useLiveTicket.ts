import { useState } from 'react';
import { queueReads, ticketEventsUrl } from '../api/queue.js';
import type { Ticket } from '../api/queue-types.js';
import type { Loadable } from '../api/useApi.js';
import { useApi } from '../api/useApi.js';
import { useEventStream } from '../hooks/useEventStream.js';
import type { StreamStatus } from '../api/event-stream.js';

/**
 * One ticket, kept current: read once, then every `ticket` event of its stream replaces it
 * (the stream sends the ticket at connect too, so a reconnect catches up by itself).
 */
export function useLiveTicket(id: string): {
  ticket: Loadable<Ticket>;
  stream: StreamStatus;
  replace: (ticket: Ticket) => void;
} {
  const loaded = useApi(`ticket:${id}`, (signal) => queueReads.getTicket(id, signal));
  const [latest, setLatest] = useState<Ticket | null>(null);
  const isDone = latest?.status === 'done';
  const stream = useEventStream(loaded.status === 'ready' && !isDone ? ticketEventsUrl(id) : null, {
    ticket: (data) => setLatest(data as Ticket),
  });
  const current = latest && latest.id === id ? latest : null;
  const ticket: Loadable<Ticket> = current ? { status: 'ready', data: current } : loaded;
  return { ticket, stream, replace: setLatest };
}
