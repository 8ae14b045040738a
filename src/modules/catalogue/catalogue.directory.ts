import type { OpeningHours } from '../../domain/catalogue/catalogue-document.js';
import { addDays, serviceDayOf, type WorkingCalendar } from '../../domain/time/index.js';
import type { Clock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import type { CatalogueRepository } from './catalogue.repository.js';
import { calendarFor } from './catalogue.service.js';

/**
 * What other modules (the queue, later booking) read about places: an MPP with its zone, hours
 * and working calendar, the services offered there, and its counters with the services each
 * serves. Read-only; other modules never query the catalogue's tables themselves.
 */

export type MppPlace = {
  id: string;
  slug: string;
  name: string;
  timeZone: 'Asia/Jakarta' | 'Asia/Makassar' | 'Asia/Jayapura';
  openingHours: OpeningHours;
  /** Closing dates from yesterday to a year ahead. */
  calendar: WorkingCalendar;
};

export type OfferedService = {
  id: string;
  slug: string;
  name: string;
  tenant: { id: string; shortName: string; name: string };
};

export type CounterPlace = {
  id: string;
  mppId: string;
  number: number;
  label: string;
  isActive: boolean;
  tenant: { id: string; shortName: string };
  serviceIds: string[];
};

export function createCatalogueDirectory(deps: { db: Database; repository: CatalogueRepository; clock: Clock }) {
  const { db, repository, clock } = deps;
  return {
    /** The MPP by id or slug, with what opening-hours maths needs; undefined when there is none. */
    async findPlace(ref: string): Promise<MppPlace | undefined> {
      const mpp = await repository.findMpp(ref);
      if (!mpp) return undefined;
      const today = serviceDayOf(clock.now(), mpp.timeZone);
      const rows = await repository.listCalendar(mpp.id, addDays(today, -1), addDays(today, 370));
      return {
        id: mpp.id,
        slug: mpp.slug,
        name: mpp.name,
        timeZone: mpp.timeZone,
        openingHours: mpp.openingHours,
        calendar: calendarFor(mpp, rows),
      };
    },

    /** The services offered (active) at the MPP, with their tenant. */
    async listOfferedServices(mppId: string): Promise<OfferedService[]> {
      if (!isUuid(mppId)) return [];
      const rows = await db.query(
        `SELECT s.id, s.slug, s.name, t.id AS tenant_id, t.short_name, t.name AS tenant_name
         FROM service_offerings o JOIN services s ON s.id = o.service_id JOIN tenants t ON t.id = s.tenant_id
         WHERE o.mpp_id = $1 AND o.is_active ORDER BY t.short_name, s.name`,
        [mppId],
      );
      return rows.map((r) => ({
        id: r.id as string,
        slug: r.slug as string,
        name: r.name as string,
        tenant: { id: r.tenant_id as string, shortName: r.short_name as string, name: r.tenant_name as string },
      }));
    },

    /** The MPP's counters, each with the services it serves. */
    async listCounters(mppId: string): Promise<CounterPlace[]> {
      if (!isUuid(mppId)) return [];
      const rows = await db.query(
        `SELECT c.id, c.mpp_id, c.number, c.label, c.status, t.id AS tenant_id, t.short_name,
           coalesce((SELECT array_agg(cs.service_id ORDER BY cs.service_id) FROM counter_services cs WHERE cs.counter_id = c.id), '{}') AS service_ids
         FROM counters c JOIN gerai g ON g.id = c.gerai_id JOIN tenants t ON t.id = g.tenant_id
         WHERE c.mpp_id = $1 ORDER BY c.number`,
        [mppId],
      );
      return rows.map((r) => ({
        id: r.id as string,
        mppId: r.mpp_id as string,
        number: Number(r.number),
        label: r.label as string,
        isActive: r.status === 'active',
        tenant: { id: r.tenant_id as string, shortName: r.short_name as string },
        serviceIds: (r.service_ids as string[]).map(String),
      }));
    },

    /** One counter's MPP id, or undefined when the id names no counter. */
    async findCounterMppId(counterId: string): Promise<string | undefined> {
      if (!isUuid(counterId)) return undefined;
      const rows = await db.query<{ mpp_id: string }>('SELECT mpp_id FROM counters WHERE id = $1', [counterId]);
      return rows[0]?.mpp_id;
    },
  };
}

export type CatalogueDirectory = ReturnType<typeof createCatalogueDirectory>;
