import { getRegencies } from 'idn-area-data';
import { describe, expect, it } from 'vitest';
import { CatalogueDocument } from '../../../../domain/catalogue/catalogue-document.js';
import { buildDemoCatalogue } from './index.js';
import { SEARCH_RELEVANCE_CASES } from './search-relevance-cases.js';

const catalogue = CatalogueDocument.parse(buildDemoCatalogue());
const services = catalogue.tenants.flatMap((tenant) => tenant.services.map((service) => ({ tenant, service })));

function tenantsAt(mppSlug: string) {
  return catalogue.tenants.filter((tenant) => tenant.gerai.some((gerai) => gerai.mppSlug === mppSlug));
}

function servicesOfferedAt(mppSlug: string) {
  return services.filter(({ service }) => service.offeredAt.includes(mppSlug));
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('demo catalogue', () => {
  it('parses as a catalogue document', () => {
    expect(() => CatalogueDocument.parse(buildDemoCatalogue())).not.toThrow();
  });

  it('has the three demo MPPs, one in each time zone, all marked as demo', () => {
    expect(catalogue.mpps.map((mpp) => [mpp.slug, mpp.regencyCode, mpp.timeZone, mpp.isDemo])).toEqual([
      ['mpp-kota-surabaya', '35.78', 'Asia/Jakarta', true],
      ['mpp-kota-makassar', '73.71', 'Asia/Makassar', true],
      ['mpp-kota-jayapura', '91.71', 'Asia/Jayapura', true],
    ]);
  });

  it('places every MPP in a kab/kota that exists in idn-area-data', async () => {
    const codes = new Set((await getRegencies()).map((regency) => regency.code));
    for (const mpp of catalogue.mpps) expect(codes, mpp.slug).toContain(mpp.regencyCode);
  });

  it('opens at least one MPP on Saturday morning', () => {
    expect(catalogue.mpps.some((mpp) => mpp.openingHours.sat.length > 0)).toBe(true);
  });

  it('has between 15 and 25 tenants at each MPP', () => {
    for (const mpp of catalogue.mpps) {
      const count = tenantsAt(mpp.slug).length;
      expect(count, mpp.slug).toBeGreaterThanOrEqual(15);
      expect(count, mpp.slug).toBeLessThanOrEqual(25);
    }
  });

  it('defines at least 110 services and offers at least 60 at each MPP', () => {
    expect(services.length).toBeGreaterThanOrEqual(110);
    for (const mpp of catalogue.mpps) expect(servicesOfferedAt(mpp.slug).length, mpp.slug).toBeGreaterThanOrEqual(60);
  });

  it('has more than 110 different kinds of service even when the cities share a service name', () => {
    expect(new Set(services.map(({ service }) => service.name)).size).toBeGreaterThanOrEqual(110);
  });

  it('uses unique MPP, tenant and service slugs', () => {
    expect(duplicates(catalogue.mpps.map((mpp) => mpp.slug))).toEqual([]);
    expect(duplicates(catalogue.tenants.map((tenant) => tenant.slug))).toEqual([]);
    expect(duplicates(services.map(({ service }) => service.slug))).toEqual([]);
  });

  it('offers a service only at MPPs where its tenant has a gerai', () => {
    for (const { tenant, service } of services) {
      const geraiMpps = tenant.gerai.map((gerai) => gerai.mppSlug);
      for (const mppSlug of service.offeredAt) expect(geraiMpps, `${service.slug} at ${mppSlug}`).toContain(mppSlug);
    }
  });

  it('offers every service somewhere, and serves it at a counter of each MPP that offers it', () => {
    for (const { tenant, service } of services) {
      expect(service.offeredAt.length, service.slug).toBeGreaterThan(0);
      for (const mppSlug of service.offeredAt) {
        const counters = tenant.gerai.filter((gerai) => gerai.mppSlug === mppSlug).flatMap((gerai) => gerai.counters);
        expect(
          counters.some((counter) => counter.serviceSlugs.includes(service.slug)),
          `${service.slug} at ${mppSlug}`,
        ).toBe(true);
      }
    }
  });

  it('lets counters serve only their own tenant services offered at that MPP', () => {
    for (const tenant of catalogue.tenants) {
      for (const gerai of tenant.gerai) {
        for (const counter of gerai.counters) {
          for (const slug of counter.serviceSlugs) {
            const service = tenant.services.find((candidate) => candidate.slug === slug);
            expect(service, `${tenant.slug} loket ${counter.number}: ${slug}`).toBeDefined();
            expect(service?.offeredAt, `${slug} at ${gerai.mppSlug}`).toContain(gerai.mppSlug);
          }
        }
      }
    }
  });

  it('gives each tenant one gerai per MPP, with gerai locations and loket numbers unique in the building', () => {
    for (const mpp of catalogue.mpps) {
      const gerai = catalogue.tenants.flatMap((tenant) => tenant.gerai.filter((g) => g.mppSlug === mpp.slug));
      expect(gerai.length, mpp.slug).toBe(tenantsAt(mpp.slug).length);
      expect(duplicates(gerai.map((g) => g.location)), mpp.slug).toEqual([]);
      expect(duplicates(gerai.flatMap((g) => g.counters.map((counter) => String(counter.number)))), mpp.slug).toEqual(
        [],
      );
      for (const g of gerai) {
        expect(g.counters.length, `${mpp.slug} ${g.location}`).toBeGreaterThanOrEqual(1);
        expect(g.counters.length, `${mpp.slug} ${g.location}`).toBeLessThanOrEqual(4);
      }
    }
  });

  it('gives every service everyday keywords', () => {
    for (const { service } of services) expect(service.keywords.length, service.slug).toBeGreaterThanOrEqual(3);
  });

  it('labels every tenant description as demo data', () => {
    for (const tenant of catalogue.tenants) expect(tenant.description, tenant.slug).toMatch(/data demo/i);
  });

  it('is built afresh on every call', () => {
    const first = buildDemoCatalogue();
    first.mpps?.pop();
    expect(buildDemoCatalogue().mpps).toHaveLength(3);
  });
});

describe('search relevance cases', () => {
  it('has at least 35 cases with distinct queries', () => {
    expect(SEARCH_RELEVANCE_CASES.length).toBeGreaterThanOrEqual(35);
    expect(duplicates(SEARCH_RELEVANCE_CASES.map((c) => c.query))).toEqual([]);
  });

  it('names only services of the demo catalogue that are offered somewhere', () => {
    const offered = new Set(
      services.filter(({ service }) => service.offeredAt.length > 0).map(({ service }) => service.slug),
    );
    for (const c of SEARCH_RELEVANCE_CASES) expect(offered, c.query).toContain(c.expectedServiceSlug);
  });
});
