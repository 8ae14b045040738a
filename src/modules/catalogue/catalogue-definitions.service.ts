import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { auditEntry, type Caller } from './catalogue.audit.js';
import { failCatalogue } from './catalogue.errors.js';
import type { CatalogueService } from './catalogue.service.js';
import { definitionsRepository as defs } from './catalogue-definitions.repository.js';
import { manageRepository } from './catalogue-manage.repository.js';
import type { ServiceCreateInput, ServiceUpdateInput } from './catalogue-manage.schemas.js';
import { canonicalJson, type CatalogueWrite } from './catalogue-write.js';
import type { Scope } from '../../domain/identity/access.js';

/**
 * Write use cases for service definitions and where they are offered. A service's definition is
 * versioned (DOMAIN.md section 0): a change to what a case runs under (name, description,
 * category, modes, the Standar Pelayanan) makes a new version and every earlier one is kept.
 */

/** The parts of a definition a case runs under; keywords only help search. */
const VERSIONED = ['name', 'description', 'category', 'modes', 'standard'] as const;

export function createCatalogueDefinitionsService(deps: {
  db: Database;
  write: CatalogueWrite;
  catalogue: CatalogueService;
}) {
  const { write, catalogue } = deps;

  return {
    /** A new service of a tenant the caller reaches, at version 1. */
    async createService(caller: Caller, input: ServiceCreateInput) {
      const id = newId();
      await write(async (tx) => {
        const tenantId = await defs.findTenantIdInScope(tx, input.tenantRef, caller.scope);
        if (!tenantId) throw failCatalogue('catalogue.tenant_not_found', { ref: input.tenantRef });
        const inserted = await defs.insertService(tx, {
          id,
          tenantId,
          slug: input.slug,
          name: input.name,
          description: input.description,
          category: input.category,
          modes: input.modes,
          keywords: input.keywords,
          standard: input.standard,
        });
        if (!inserted)
          throw failCatalogue('catalogue.slug_taken', { slug: input.slug }, [{ field: 'body.slug', reason: 'taken' }]);
        return {
          value: id,
          audit: auditEntry(
            caller,
            'catalogue.service_created',
            { type: 'service', id },
            {
              tenantId,
              details: { slug: input.slug, version: 1 },
            },
          ),
          isVocabularyChanged: true,
        };
      });
      return catalogue.getService(id, { internal: true });
    },

    /**
     * Replaces a service's definition. `expectedVersion` must be the current version (someone
     * else's edit in between answers 409); an unchanged definition makes no new version.
     */
    async updateService(caller: Caller, ref: string, input: ServiceUpdateInput) {
      const id = await write(async (tx) => {
        const current = await defs.findServiceForUpdate(tx, ref, caller.scope);
        if (!current) throw failCatalogue('catalogue.service_not_found', { ref });
        if (current.version !== input.expectedVersion) {
          throw failCatalogue(
            'catalogue.version_conflict',
            { current: current.version, expected: input.expectedVersion },
            [{ field: 'body.expectedVersion', reason: `the service is at version ${current.version}` }],
          );
        }
        const next = {
          name: input.name,
          description: input.description,
          category: input.category,
          modes: input.modes,
          keywords: input.keywords,
          standard: input.standard,
        };
        const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
          (key) => canonicalJson(current[key]) !== canonicalJson(next[key]),
        );
        if (changed.length === 0) return { value: current.id };
        const isNewVersion = changed.some((key) => (VERSIONED as readonly string[]).includes(key));
        const version = current.version + (isNewVersion ? 1 : 0);
        await defs.updateService(tx, current.id, next, version);
        return {
          value: current.id,
          audit: auditEntry(
            caller,
            'catalogue.service_updated',
            { type: 'service', id: current.id },
            {
              tenantId: current.tenantId,
              details: { slug: current.slug, changed, previousVersion: current.version, version },
            },
          ),
          isVocabularyChanged: changed.includes('name') || changed.includes('keywords'),
        };
      });
      return catalogue.getService(id, { internal: true });
    },

    /** Every kept version of a service the caller reaches, newest first. */
    async listServiceVersions(scope: Scope, ref: string) {
      const items = await defs.listVersions(deps.db, ref, scope);
      if (!items) throw failCatalogue('catalogue.service_not_found', { ref });
      return { items };
    },

    /** Offers a service at an MPP the caller manages (through its tenant's gerai there), or ends that. */
    async setOffering(caller: Caller, mppRef: string, serviceRef: string, active: boolean) {
      return write(async (tx) => {
        const mpp = await manageRepository.findMppIdInScope(tx, mppRef, caller.scope);
        if (!mpp) throw failCatalogue('catalogue.mpp_not_found', { ref: mppRef });
        const service = await defs.findService(tx, serviceRef);
        if (!service) throw failCatalogue('catalogue.service_not_found', { ref: serviceRef });
        const geraiId = await manageRepository.findGeraiId(tx, mpp.id, service.tenantId);
        if (active && !geraiId)
          throw failCatalogue('catalogue.gerai_missing', { tenant: service.tenantSlug, mpp: mpp.slug });
        const { wasActive } = await defs.setOffering(tx, {
          id: newId(),
          serviceId: service.id,
          mppId: mpp.id,
          geraiId,
          active,
        });
        const value = { mpp: { id: mpp.id, slug: mpp.slug }, service: { id: service.id, slug: service.slug }, active };
        if (wasActive === active) return { value };
        return {
          value,
          audit: auditEntry(
            caller,
            active ? 'catalogue.offering_activated' : 'catalogue.offering_deactivated',
            { type: 'service', id: service.id },
            { mppId: mpp.id, tenantId: service.tenantId },
          ),
        };
      });
    },
  };
}

export type CatalogueDefinitionsService = ReturnType<typeof createCatalogueDefinitionsService>;
