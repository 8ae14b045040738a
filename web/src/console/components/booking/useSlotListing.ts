import { useCallback, useEffect, useState } from 'react';
import { bookingReads, type SlotListing } from '../../api/booking.js';

/** Two weeks of slots from `from`; `reload` reads them again without blanking the calendar. */
export function useSlotListing(mpp: string, service: string, from: string, to: string) {
  const key = `${mpp}|${service}|${from}|${to}`;
  const [state, setState] = useState<{ key: string; listing: SlotListing | null; error: unknown }>({
    key,
    listing: null,
    error: null,
  });

  const reload = useCallback(
    async (signal?: AbortSignal) => {
      try {
        const listing = await bookingReads.listSlots(mpp, service, { from, to }, signal);
        if (!signal?.aborted) setState({ key, listing, error: null });
      } catch (error) {
        if (!signal?.aborted)
          setState((previous) => ({ key, listing: previous.key === key ? previous.listing : null, error }));
      }
    },
    [mpp, service, from, to, key],
  );

  useEffect(() => {
    const controller = new AbortController();
    void reload(controller.signal);
    return () => controller.abort();
  }, [reload]);

  const current = state.key === key ? state : { listing: null, error: null };
  return { listing: current.listing, error: current.error, reload: () => reload() };
}
