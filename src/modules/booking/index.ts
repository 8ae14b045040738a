import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { createBookingNotices } from './booking.notices.js';
import type {
  BookingAudit,
  BookingDirectory,
  BookingIdentity,
  BookingNotifier,
  BookingQueue,
} from './booking.ports.js';
import { createBookingRepository } from './booking.repository.js';
import { bookingRoutes } from './booking.routes.js';
import { type BookingGuardLimits, createBookingGuard, guardLimitsFor } from './booking.guard.js';
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
  notifier: BookingNotifier;
  /** Where citizens open SatuPintu (links in messages). */
  publicUrl: string;
  /** How often the jobs run: reminders, no-shows, lapsed waitlist offers (default 60 s). */
  jobsEveryMs?: number;
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
    notices: createBookingNotices({ notifier: deps.notifier, publicUrl: deps.publicUrl }),
    placesTtlMs: deps.placesTtlMs,
  });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(
      bookingRoutes({
        booking,
        queue: deps.queue,
        guard: createBookingGuard(guardLimitsFor(deps.db.kind, deps.guard)),
      }),
    );
  };
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  /** One round of the jobs; each is idempotent and safe on several nodes at once. */
  async function runJobs() {
    const reminders = await booking.sendReminders();
    const lapsed = await booking.waitlist.expire();
    const noShows = await booking.markNoShows();
    return { reminders, lapsed, noShows };
  }
  return {
    routes,
    /**
     * Background work: reminders written to the outbox when due, lapsed waitlist offers passed
     * on, bookings not checked in by the end of their day marked as no-shows. A round still
     * running is not started twice.
     */
    jobs: {
      runOnce: runJobs,
      start() {
        if (timer) return;
        timer = setInterval(() => {
          if (running) return;
          running = runJobs()
            .catch((error: unknown) => deps.onError?.(error, 'booking.jobs'))
            .finally(() => {
              running = undefined;
            });
        }, deps.jobsEveryMs ?? 60_000);
        timer.unref();
      },
      async stop() {
        if (timer) clearInterval(timer);
        timer = undefined;
        await running;
      },
    },
    /** Forget cached catalogue facts (after catalogue changes in tests and scripts). */
    clearCache: booking.clearCache,
  };
}

export type BookingModule = ReturnType<typeof createBookingModule>;
