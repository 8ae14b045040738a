import { useCallback, useEffect, useRef, useState } from 'react';
import { QUEUE_EVENT_TYPES } from '../../../../../src/domain/queue/index.js';
import type { StreamStatus } from '../../../api/event-stream.js';
import type { CounterActionResult, CounterView } from '../../../api/queue-types.js';
import { useEventStream } from '../../../hooks/useEventStream.js';
import { mppEventsUrl, queueStaffReads } from '../../api/queue.js';
import { applyActionResult } from './desk-patch.js';

/** Waited minutes tick on even when nothing happens. */
const REFRESH_MS = 60_000;
/** A burst of events (a kiosk queue at opening time) is read back once. */
const DEBOUNCE_MS = 300;

/**
 * One counter's view, kept current: read once, then again after any event of its MPP's stream
 * (another counter's call changes who is next here too) and after each of its own actions, whose
 * answer is shown at once (`applied`) while the lists are read again.
 */
export function useCounterDesk(counterId: string): {
  view: CounterView | null;
  loadError: unknown;
  stream: StreamStatus;
  reload: () => Promise<void>;
  applied: (result: CounterActionResult) => void;
} {
  const [view, setView] = useState<CounterView | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const reload = useCallback(async () => {
    try {
      setView(await queueStaffReads.getCounter(counterId));
      setLoadError(null);
    } catch (error) {
      setLoadError(error);
    }
  }, [counterId]);

  useEffect(() => {
    void reload();
    const interval = setInterval(() => void reload(), REFRESH_MS);
    return () => {
      clearInterval(interval);
      clearTimeout(timer.current);
    };
  }, [reload]);

  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void reload(), DEBOUNCE_MS);
  };
  const handlers = Object.fromEntries([...QUEUE_EVENT_TYPES, 'reset'].map((type) => [type, later]));
  const stream = useEventStream(view ? mppEventsUrl(view.mpp.id) : null, handlers, { onRecreated: later });

  const applied = (result: CounterActionResult) => {
    setView((current) => (current ? applyActionResult(current, result) : current));
    // The action's own event would bring the read too; this covers a stream that is down.
    later();
  };

  return { view, loadError, stream, reload, applied };
}
