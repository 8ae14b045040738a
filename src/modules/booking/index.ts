import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import type { BookingAudit, BookingDirectory, BookingIdentity, BookingQueue } from './booking.ports.js';
import { createBookingRepository } from './booking.repository.js';
import { bookingRoutes } from './booking.routes.js';
import { type BookingGuardLimits, createBookingGuard, DEFAULT_GUARD } from './booking.guard.js';
import { createBookingService } from './booking.service.js';

/**
 * Appointments: schedules per service per MPP, slots with seats, bookings that never oversell.
 * The only file other code may import.
 */
export function createBookingModule(deps: {
  db: Database;
  clock: Clock;
  directory: BookingDirectory;
  identity: BookingIdentity;
  queue: BookingQueue;
  audit: BookingAudit;
  /** How often the no-show job looks for bookings whose day ended (default 60 s). */
  noShowEveryMs?: number;
  onError?: (error: unknown, context: string) => void;
  /** How long catalogue facts (hours, calendar, services) are reused (default 30 s). */
  placesTtlMs?: number;
  /** Per-node rush limits: bookings at once, attempts per account and per address per minute. */
  guard?: Partial<BookingGuardLimits>;
}) {
  const booking = createBookingService({
    db: deps.db,
    clock: deps.clock,
    repository: createBookingRepository(),
    directory: deps.directory,
    identity: deps.identity,
    queue: deps.queue,
    audit: deps.audit,
    placesTtlMs: deps.placesTtlMs,
  });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(
      bookingRoutes({ booking, queue: deps.queue, guard: createBookingGuard({ ...DEFAULT_GUARD, ...deps.guard }) }),
    );
  };
  let noShowTimer: NodeJS.Timeout | undefined;
  return {
    routes,
    /** Bookings not checked in by the end of their service day become no-shows (idempotent on every node). */
    noShows: {
      runOnce: booking.markNoShows,
      start() {
        if (noShowTimer) return;
        noShowTimer = setInterval(() => {
          booking.markNoShows().catch((error: unknown) => deps.onError?.(error, 'booking.no_shows'));
        }, deps.noShowEveryMs ?? 60_000);
        noShowTimer.unref();
      },
      stop() {
        if (noShowTimer) clearInterval(noShowTimer);
        noShowTimer = undefined;
      },
    },
    /** Forget cached catalogue facts (after catalogue changes in tests and scripts). */
    clearCache: booking.clearCache,
  };
}

export type BookingModule = ReturnType<typeof createBookingModule>;
