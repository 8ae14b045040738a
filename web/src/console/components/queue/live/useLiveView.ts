import { useCallback, useEffect, useRef, useState } from 'react';
import { QUEUE_EVENT_TYPES } from '../../../../../../src/domain/queue/index.js';
import type { StreamStatus } from '../../../../api/event-stream.js';
import type { LiveView } from '../../../../api/queue-types.js';
import { useEventStream } from '../../../../hooks/useEventStream.js';
import { mppEventsUrl, queueStaffReads } from '../../../api/queue.js';

const REFRESH_MS = 60_000;
const DEBOUNCE_MS = 1000;

/** The manager's live view of one MPP: read again after events (at most once a second) and every minute. */
export function useLiveView(mpp: string): {
  live: LiveView | null;
  error: unknown;
  stream: StreamStatus;
  updatedAt: Date | null;
} {
  const [live, setLive] = useState<LiveView | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      setLive(await queueStaffReads.getLive(mpp));
      setUpdatedAt(new Date());
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [mpp]);

  useEffect(() => {
    void reload();
    const interval = setInterval(() => void reload(), REFRESH_MS);
    return () => {
      clearInterval(interval);
      clearTimeout(timer.current);
    };
  }, [reload]);

  const later = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = undefined;
      void reload();
    }, DEBOUNCE_MS);
  };
  const handlers = Object.fromEntries([...QUEUE_EVENT_TYPES, 'reset'].map((type) => [type, later]));
  const stream = useEventStream(live ? mppEventsUrl(live.mpp.id) : null, handlers, { onRecreated: later });
  return { live, error, stream, updatedAt };
}
