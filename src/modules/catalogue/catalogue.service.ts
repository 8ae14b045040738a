import { WEEKDAY_KEYS } from '../../domain/catalogue/catalogue-document.js';
import { publishStandard } from '../../domain/catalogue/standard.js';
import {
  addDays,
  type CalendarEntry,
  createWorkingCalendar,
  isOpenAt,
  isWorkingDay,
  type LocalDate,
  nextOpening,
  serviceDayOf,
  toZonedIso,
  type WorkingCalendar,
  zoneAbbreviation,
} from '../../domain/time/index.js';
import { decodeCursor, pageOf } from '../../platform/http/pagination.js';
import { isUuid } from '../../platform/ids.js';
import type { Clock } from '../../platform/clock.js';
import { loadAreaIndex } from './catalogue.areas.js';
import { failCatalogue } from './catalogue.errors.js';
import type {
  CalendarRecord,
  CatalogueRepository,
  MppFilter,
  MppRecord,
  ServiceFilter,
  ServiceRecord,
} from './catalogue.repository.js';
import type {
  MppDetail,
  MppSummary,
  ServiceDetail,
  ServiceListQuery,
  ServiceSummary,
  TenantDetail,
} from './catalogue.schemas.js';

/** Read use cases of the catalogue: what citizens and agencies' systems see. */

export function toMppSummary(m: MppRecord): MppSummary {
  return {
    id: m.id,
    slug: m.slug,
    name: m.name,
    regency: { code: m.regencyCode, name: m.regencyName },
    province: { code: m.provinceCode, name: m.provinceName },
    address: m.address,
    timeZone: m.timeZone,
    timeZoneAbbreviation: zoneAbbreviation(m.timeZone),
    latitude: m.latitude,
    longitude: m.longitude,
    isDemo: m.isDemo,
    tenantCount: m.tenantCount,
    serviceCount: m.serviceCount,
  };
}

export function toServiceSummary(s: ServiceRecord): ServiceSummary {
  return {
    id: s.id,
    slug: s.slug,
    name: s.name,
    category: s.category as ServiceSummary['category'],
    modes: s.modes as ServiceSummary['modes'],
    tenant: s.tenant,
    fee: s.standard.fee,
    timeLimit: s.standard.timeLimit,
    version: s.version,
  };
}

/** The MPP's working calendar around a date, from national and local calendar rows. */
export function calendarFor(mpp: MppRecord, rows: CalendarRecord[]): WorkingCalendar {
  const workingWeekdays = WEEKDAY_KEYS.flatMap((key, index) => (mpp.openingHours[key].length > 0 ? [index + 1] : []));
  const entries: CalendarEntry[] = rows
    .filter((r) => r.kind !== 'working_day')
    .map((r) => ({ date: r.date as LocalDate, kind: r.kind as CalendarEntry['kind'], name: r.name }));
  return createWorkingCalendar({
    workingWeekdays: workingWeekdays.length > 0 ? workingWeekdays : undefined,
    entries,
    extraWorkingDates: rows.filter((r) => r.kind === 'working_day').map((r) => r.date as LocalDate),
  });
}

function resolveOrFail<T>(value: T | undefined, fail: () => Error): T {
  if (value === undefined) throw fail();
  return value;
}

export function createCatalogueService(deps: { repository: CatalogueRepository; clock: Clock }) {
  const { repository, clock } = deps;

  async function resolveMppId(ref: string | undefined): Promise<string | undefined> {
    if (!ref) return undefined;
    return resolveOrFail(await repository.findMppId(ref), () => failCatalogue('catalogue.mpp_not_found', { ref }));
  }

  async function resolveTenantId(ref: string | undefined): Promise<string | undefined> {
    if (!ref) return undefined;
    return resolveOrFail(await repository.findTenantId(ref), () =>
      failCatalogue('catalogue.tenant_not_found', { ref }),
    );
  }

  return {
    resolveMppId,

    async listProvinces() {
      const [areas, counts] = await Promise.all([loadAreaIndex(), repository.countMppsByProvince()]);
      return { items: areas.provinces.map((p) => ({ code: p.code, name: p.name, mppCount: counts.get(p.code) ?? 0 })) };
    },

    async listMpps(filter: MppFilter, limit: number, cursor?: string) {
      const after = cursor ? decodeCursor(cursor) : undefined;
      const rows = await repository.listMpps(filter, after, limit + 1);
      const page = pageOf(rows, limit, (m) => ({ k: m.name, id: m.id }));
      return { items: page.items.map(toMppSummary), nextCursor: page.nextCursor };
    },

    async getMpp(ref: string): Promise<MppDetail> {
      const mpp = resolveOrFail(await repository.findMpp(ref), () => failCatalogue('catalogue.mpp_not_found', { ref }));
      const now = clock.now();
      const today = serviceDayOf(now, mpp.timeZone);
      const [tenants, calendarRows] = await Promise.all([
        repository.listMppTenants(mpp.id),
        repository.listCalendar(mpp.id, addDays(today, -1), addDays(today, 370)),
      ]);
      const calendar = calendarFor(mpp, calendarRows);
      const next = nextOpening(now, mpp.timeZone, mpp.openingHours, calendar);
      return {
        ...toMppSummary(mpp),
        openingHours: mpp.openingHours,
        closures: calendarRows
          .filter((r) => r.mppId !== null && r.kind !== 'working_day' && r.date >= today)
          .map((r) => ({ date: r.date, reason: r.name })),
        maklumat: {
          text: mpp.maklumatText,
          signatoryName: mpp.maklumatSignatoryName,
          signatoryTitle: mpp.maklumatSignatoryTitle,
        },
        contact: mpp.contact,
        isOpenNow: isOpenAt(now, mpp.timeZone, mpp.openingHours, calendar),
        nextOpeningAt: next ? toZonedIso(next, mpp.timeZone) : null,
        localNow: toZonedIso(now, mpp.timeZone),
        serviceDay: today,
        isWorkingDay: isWorkingDay(today, calendar),
        tenants: tenants.map((t) => ({ ...t, type: t.type as MppDetail['tenants'][number]['type'] })),
      };
    },

    async nearestMpps(latitude: number, longitude: number, limit: number) {
      const rows = await repository.nearestMpps(latitude, longitude, limit);
      return { items: rows.map((r) => ({ mpp: toMppSummary(r.mpp), distanceKm: Math.round(r.distanceKm * 10) / 10 })) };
    },

    async listTenants(query: { mppId?: string; type?: string; limit: number; cursor?: string }) {
      const mppId = await resolveMppId(query.mppId);
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await repository.listTenants(
        { ...(mppId ? { mppId } : {}), ...(query.type ? { type: query.type } : {}) },
        after,
        query.limit + 1,
      );
      const page = pageOf(rows, query.limit, (t) => ({ k: t.name, id: t.id }));
      return {
        items: page.items.map((t) => ({
          id: t.id,
          slug: t.slug,
          name: t.name,
          shortName: t.shortName,
          type: t.type as TenantDetail['type'],
          parentOrganisation: t.parentOrganisation,
          logoUrl: t.logoUrl,
          website: t.website,
        })),
        nextCursor: page.nextCursor,
      };
    },

    async listMppCounters(ref: string) {
      const mppId = (await resolveMppId(ref)) as string;
      return { items: await repository.listMppCounters(mppId) };
    },

    async getCounter(id: string) {
      return resolveOrFail(await repository.findCounter(id), () =>
        failCatalogue('catalogue.counter_not_found', { ref: id }),
      );
    },

    /** Ids of an MPP or tenant by id or slug; undefined when there is none. */
    findMppId: (ref: string) => repository.findMppId(ref),
    findTenantId: (ref: string) => repository.findTenantId(ref),
    namesOf: (input: { mppIds: string[]; tenantIds: string[] }) =>
      repository.namesOf(
        input.mppIds.filter((id) => isUuid(id)),
        input.tenantIds.filter((id) => isUuid(id)),
      ),
    tenantHasGeraiAt: (tenantId: string, mppId: string) =>
      isUuid(tenantId) && isUuid(mppId) ? repository.tenantHasGeraiAt(tenantId, mppId) : Promise.resolve(false),

    async listCalendar(query: { mppId?: string; from: string; to: string }, includeRemoved = false) {
      const mppId = await resolveMppId(query.mppId);
      return { items: await repository.listCalendarRows(mppId, query.from, query.to, includeRemoved) };
    },

    async getTenant(ref: string): Promise<TenantDetail> {
      const tenant = resolveOrFail(await repository.findTenant(ref), () =>
        failCatalogue('catalogue.tenant_not_found', { ref }),
      );
      const [gerai, services] = await Promise.all([
        repository.listTenantGerai(tenant.id),
        repository.listServices({ tenantId: tenant.id }, undefined, 2000),
      ]);
      return {
        ...tenant,
        type: tenant.type as TenantDetail['type'],
        gerai: gerai.map((g) => ({
          id: g.id,
          mpp: { ...g.mpp, timeZoneAbbreviation: zoneAbbreviation(g.mpp.timeZone as MppRecord['timeZone']) },
          location: g.location,
        })),
        services: services.map(toServiceSummary),
      };
    },

    async listServices(query: ServiceListQuery) {
      const filter: ServiceFilter = {
        ...(query.category ? { category: query.category } : {}),
        ...(query.mode ? { mode: query.mode } : {}),
        ...(query.provinceCode ? { provinceCode: query.provinceCode } : {}),
        ...(query.regencyCode ? { regencyCode: query.regencyCode } : {}),
      };
      const mppId = await resolveMppId(query.mppId);
      const tenantId = await resolveTenantId(query.tenantId);
      if (mppId) filter.mppId = mppId;
      if (tenantId) filter.tenantId = tenantId;
      const after = query.cursor ? decodeCursor(query.cursor) : undefined;
      const rows = await repository.listServices(filter, after, query.limit + 1);
      const page = pageOf(rows, query.limit, (s) => ({ k: s.name, id: s.id }));
      return { items: page.items.map(toServiceSummary), nextCursor: page.nextCursor };
    },

    /**
     * One service. `internal`: the caller is staff or an agency's system, and reads all 14
     * components of the Standar Pelayanan; everyone else reads the six published ones.
     */
    async getService(ref: string, options: { internal: boolean } = { internal: false }): Promise<ServiceDetail> {
      const service = resolveOrFail(await repository.findService(ref), () =>
        failCatalogue('catalogue.service_not_found', { ref }),
      );
      const offerings = await repository.listServiceOfferings(service.id);
      return {
        ...toServiceSummary(service),
        description: service.description,
        keywords: service.keywords,
        standardView: options.internal ? 'internal' : 'public',
        standard: options.internal ? service.standard : publishStandard(service.standard),
        offeredAt: offerings.map((o) => ({
          mpp: { ...o.mpp, timeZoneAbbreviation: zoneAbbreviation(o.mpp.timeZone as MppRecord['timeZone']) },
          geraiLocation: o.geraiLocation,
          counters: o.counters,
        })),
        updatedAt: service.updatedAt.toISOString(),
      };
    },
  };
}

export type CatalogueService = ReturnType<typeof createCatalogueService>;
