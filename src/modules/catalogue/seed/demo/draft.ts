import type { z } from 'zod';
import type { ServiceInput, TenantInput } from '../../../../domain/catalogue/catalogue-document.js';

/**
 * The shapes the demo families are written in. A family says which counters its gerai has at
 * each MPP and which services each counter serves; where the gerai stands and which MPPs offer a
 * service are derived from that by `assembleTenants`, so the two can never disagree.
 */

export type ServiceDraft = Omit<z.input<typeof ServiceInput>, 'offeredAt'>;

export type CounterPlan = {
  label: string;
  serviceSlugs: readonly string[];
};

export type GeraiPlan = {
  mppSlug: string;
  counters: readonly CounterPlan[];
};

export type TenantDraft = Omit<z.input<typeof TenantInput>, 'gerai' | 'services'> & {
  gerai: readonly GeraiPlan[];
  services: readonly ServiceDraft[];
};

/** Appended to every tenant description: the organisations are real, the content is not. */
export const DEMO_NOTE =
  'Data demo SatuPintu: standar pelayanan ini disusun sebagai contoh dan bukan dokumen resmi instansi.';

/** The same counters at each of the given MPPs. */
export function sameGeraiAt(mppSlugs: readonly string[], counters: readonly CounterPlan[]): GeraiPlan[] {
  return mppSlugs.map((mppSlug) => ({ mppSlug, counters }));
}

/**
 * Gives a regional tenant's services city-specific slugs (`penerbitan-kk-baru-surabaya`):
 * service slugs are unique across the whole catalogue, and each city's Dukcapil or PDAM
 * publishes its own standard.
 */
export function withSlugSuffix(draft: TenantDraft, suffix: string): TenantDraft {
  const localize = (slug: string) => `${slug}-${suffix}`;
  return {
    ...draft,
    services: draft.services.map((service) => ({ ...service, slug: localize(service.slug) })),
    gerai: draft.gerai.map((plan) => ({
      ...plan,
      counters: plan.counters.map((counter) => ({
        ...counter,
        serviceSlugs: counter.serviceSlugs.map(localize),
      })),
    })),
  };
}
