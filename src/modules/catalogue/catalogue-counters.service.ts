import type { Queryable } from '../../platform/db/database.js';
import type { InvalidField } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import { auditEntry, type Caller } from './catalogue.audit.js';
import { failCatalogue } from './catalogue.errors.js';
import type { CatalogueService } from './catalogue.service.js';
import { manageRepository as repo } from './catalogue-manage.repository.js';
import type { CounterCreateInput, CounterUpdateInput } from './catalogue-manage.schemas.js';
import { type CatalogueWrite, changedFields } from './catalogue-write.js';

/**
 * Counters (loket): the numbered desks of a tenant's gerai that the display board and the voice
 * call name. Managed by the MPP's manager; each write runs with its audit entry (`write`).
 */

export function createCatalogueCountersService(deps: { write: CatalogueWrite; catalogue: CatalogueService }) {
  const { write, catalogue } = deps;

  /** The tenant's services named by refs, or 422 naming each ref that is not one of them. */
  async function tenantServiceIds(tx: Queryable, tenantId: string, refs: readonly string[]): Promise<string[]> {
    const found = await repo.findTenantServices(tx, tenantId, [...refs]);
    const missing: InvalidField[] = refs.flatMap((ref, index) =>
      found.has(ref) ? [] : [{ field: `body.serviceRefs.${index}`, reason: `${ref} is not a service of this tenant` }],
    );
    if (missing.length > 0) throw failCatalogue('catalogue.counter_services_invalid', {}, missing);
    return [...new Set(refs.map((ref) => found.get(ref) as string))];
  }

  return {
    /** A counter (loket) of a tenant's gerai at an MPP the caller manages. */
    async createCounter(caller: Caller, mppRef: string, input: CounterCreateInput) {
      const id = newId();
      await write(async (tx) => {
        const mpp = await repo.findMppIdInScope(tx, mppRef, caller.scope);
        if (!mpp) throw failCatalogue('catalogue.mpp_not_found', { ref: mppRef });
        const tenant = await repo.findTenant(tx, input.tenantRef);
        if (!tenant) throw failCatalogue('catalogue.tenant_not_found', { ref: input.tenantRef });
        const geraiId = await repo.findGeraiId(tx, mpp.id, tenant.id);
        if (!geraiId) throw failCatalogue('catalogue.gerai_missing', { tenant: tenant.slug, mpp: mpp.slug });
        const serviceIds = await tenantServiceIds(tx, tenant.id, input.serviceRefs);
        const inserted = await repo.insertCounter(tx, {
          id,
          mppId: mpp.id,
          geraiId,
          number: input.number,
          label: input.label,
        });
        if (!inserted) {
          throw failCatalogue('catalogue.counter_number_taken', { number: input.number }, [
            { field: 'body.number', reason: 'taken at this MPP' },
          ]);
        }
        await repo.replaceCounterServices(tx, id, serviceIds);
        return {
          value: id,
          audit: auditEntry(
            caller,
            'catalogue.counter_created',
            { type: 'counter', id },
            {
              mppId: mpp.id,
              tenantId: tenant.id,
              details: { number: input.number, label: input.label, serviceIds },
            },
          ),
        };
      });
      return catalogue.getCounter(id);
    },

    /** Relabels a counter, opens or closes it, or changes the services it serves. */
    async updateCounter(caller: Caller, id: string, patch: CounterUpdateInput) {
      await write(async (tx) => {
        const counter = await repo.findCounterForUpdate(tx, id, caller.scope);
        if (!counter) throw failCatalogue('catalogue.counter_not_found', { ref: id });
        const label = patch.label ?? counter.label;
        const status = patch.status ?? counter.status;
        const changed = changedFields({ label: counter.label, status: counter.status }, { label, status });
        if (changed.length > 0) await repo.updateCounter(tx, id, label, status);
        const serviceIds = patch.serviceRefs
          ? await tenantServiceIds(tx, counter.tenantId, patch.serviceRefs)
          : undefined;
        if (serviceIds) {
          await repo.replaceCounterServices(tx, id, serviceIds);
          changed.push('services');
        }
        if (changed.length === 0) return { value: id };
        return {
          value: id,
          audit: auditEntry(
            caller,
            'catalogue.counter_updated',
            { type: 'counter', id },
            {
              mppId: counter.mppId,
              tenantId: counter.tenantId,
              details: { changed, label, status, ...(serviceIds ? { serviceIds } : {}) },
            },
          ),
        };
      });
      return catalogue.getCounter(id);
    },
  };
}

export type CatalogueCountersService = ReturnType<typeof createCatalogueCountersService>;
