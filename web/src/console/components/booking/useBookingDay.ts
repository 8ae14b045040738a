import { useCallback, useEffect, useState } from 'react';
import type { BookingDay } from '../../api/booking.js';
import { serverNow } from '../../../queue/server-clock.js';
import { bookingReads } from '../../api/booking.js';

/** The page reads the day again this often: check-ins at the kiosk and new bookings show up by themselves. */
export const DAY_REFRESH_MS = 30_000;

/**
 * One MPP's appointments on one date, read again every 30 seconds and after each check-in.
 * A failed refresh keeps the last answer on screen (with the error beside it).
 */
export function useBookingDay(mpp: string, date: string) {
  const key = `${mpp}|${date}`;
  const [state, setState] = useState<{ key: string; day: BookingDay | null; error: unknown; updatedAt: Date | null }>({
    key,
    day: null,
    error: null,
    updatedAt: null,
  });

  const reload = useCallback(async () => {
    try {
      const day = await bookingReads.getDay(mpp, date);
      setState({ key, day, error: null, updatedAt: serverNow() });
    } catch (error) {
      setState((previous) =>
        previous.key === key ? { ...previous, error } : { key, day: null, error, updatedAt: null },
      );
    }
  }, [mpp, date, key]);

  useEffect(() => {
    void reload();
    const interval = setInterval(() => void reload(), DAY_REFRESH_MS);
    return () => clearInterval(interval);
  }, [reload]);

  const current = state.key === key ? state : { day: null, error: null, updatedAt: null };
  return { day: current.day, error: current.error, updatedAt: current.updatedAt, reload };
}
