import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import type { BookingAudit, BookingDirectory, BookingIdentity } from './booking.ports.js';
import { createBookingRepository } from './booking.repository.js';
import { bookingRoutes } from './booking.routes.js';
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
  audit: BookingAudit;
  /** How long catalogue facts (hours, calendar, services) are reused (default 30 s). */
  placesTtlMs?: number;
}) {
  const booking = createBookingService({
    db: deps.db,
    clock: deps.clock,
    repository: createBookingRepository(),
    directory: deps.directory,
    identity: deps.identity,
    audit: deps.audit,
    placesTtlMs: deps.placesTtlMs,
  });
  const routes: FastifyPluginAsyncZod = async (app) => {
    await app.register(bookingRoutes({ booking }));
  };
  return {
    routes,
    /** Forget cached catalogue facts (after catalogue changes in tests and scripts). */
    clearCache: booking.clearCache,
  };
}

export type BookingModule = ReturnType<typeof createBookingModule>;
