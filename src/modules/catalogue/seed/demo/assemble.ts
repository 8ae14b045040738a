import type { z } from 'zod';
import type { TenantInput } from '../../../../domain/catalogue/catalogue-document.js';
import { DEMO_NOTE, type TenantDraft } from './draft.js';
import type { MppLayout } from './layout.js';

type TenantDocument = z.input<typeof TenantInput>;

type Slot = { location: string; firstCounterNumber: number };

/**
 * Turns the family drafts into catalogue tenants: each gerai gets its place from the MPP's
 * floor plan, counters are numbered through the building (loket numbers are unique per MPP, so
 * the caller can announce "silakan menuju loket 12"), and a service is offered at an MPP exactly
 * when one of the tenant's counters there serves it.
 */
export function assembleTenants(drafts: readonly TenantDraft[], layouts: readonly MppLayout[]): TenantDocument[] {
  const draftsBySlug = new Map(drafts.map((draft) => [draft.slug, draft]));
  const slots = allocateSlots(layouts, draftsBySlug);
  const mppOrder = layouts.map((layout) => layout.mppSlug);

  return drafts.map((draft) => {
    const gerai = draft.gerai.map((plan) => {
      const slot = slots.get(slotKey(plan.mppSlug, draft.slug));
      if (!slot) {
        throw new Error(`demo layout: ${draft.slug} has counters at ${plan.mppSlug} but no gerai in its floor plan`);
      }
      return {
        mppSlug: plan.mppSlug,
        location: slot.location,
        counters: plan.counters.map((counter, index) => ({
          number: slot.firstCounterNumber + index,
          label: counter.label,
          serviceSlugs: [...counter.serviceSlugs],
        })),
      };
    });

    const services = draft.services.map((service) => ({
      ...service,
      offeredAt: mppOrder.filter((mppSlug) =>
        draft.gerai.some(
          (plan) =>
            plan.mppSlug === mppSlug && plan.counters.some((counter) => counter.serviceSlugs.includes(service.slug)),
        ),
      ),
    }));

    return {
      ...draft,
      description: draft.description ? `${draft.description} ${DEMO_NOTE}` : DEMO_NOTE,
      gerai,
      services,
    };
  });
}

function slotKey(mppSlug: string, tenantSlug: string): string {
  return `${mppSlug}/${tenantSlug}`;
}

function allocateSlots(
  layouts: readonly MppLayout[],
  draftsBySlug: ReadonlyMap<string, TenantDraft>,
): Map<string, Slot> {
  const slots = new Map<string, Slot>();
  for (const layout of layouts) {
    let geraiNumber = 1;
    let counterNumber = 1;
    for (const floor of layout.floors) {
      for (const tenantSlug of floor.tenantSlugs) {
        const plan = draftsBySlug.get(tenantSlug)?.gerai.find((p) => p.mppSlug === layout.mppSlug);
        if (!plan) {
          throw new Error(`demo layout: ${layout.mppSlug} places ${tenantSlug}, which has no counters there`);
        }
        slots.set(slotKey(layout.mppSlug, tenantSlug), {
          location: `Lantai ${floor.floor}, Gerai ${geraiNumber}`,
          firstCounterNumber: counterNumber,
        });
        geraiNumber += 1;
        counterNumber += plan.counters.length;
      }
    }
  }
  return slots;
}
