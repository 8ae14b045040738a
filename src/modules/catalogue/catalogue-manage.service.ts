import { serviceDayOf } from '../../domain/time/index.js';
import type { Clock } from '../../platform/clock.js';
import type { InvalidField } from '../../platform/http/app-error.js';
import { newId } from '../../platform/ids.js';
import { loadAreaIndex } from './catalogue.areas.js';
import { auditEntry, type Caller } from './catalogue.audit.js';
import { failCatalogue } from './catalogue.errors.js';
import type { CatalogueService } from './catalogue.service.js';
import { manageRepository as repo } from './catalogue-manage.repository.js';
import type {
  MppCreateInput,
  MppUpdateInput,
  TenantCreateInput,
  TenantUpdateInput,
} from './catalogue-manage.schemas.js';
import { type CatalogueWrite, changedFields } from './catalogue-write.js';
import type { Queryable } from '../../platform/db/database.js';
import type { Scope } from '../../domain/identity/access.js';

/**
 * Write use cases for the places of the catalogue: MPPs (hours, maklumat, closures), tenants and
 * their gerai. Each runs in one transaction with its audit entry (`write`); the caller's scope
 * narrows every lookup, so what it does not reach is not found.
 */

/** Closures decide working days, and past working days have already been counted: from today only. */
function checkClosures(closures: readonly { date: string }[], today: string): void {
  const past: InvalidField[] = closures.flatMap((c, index) =>
    c.date < today ? [{ field: `body.closures.${index}.date`, reason: `${c.date} is before today (${today})` }] : [],
  );
  if (past.length > 0) throw failCatalogue('catalogue.closure_in_past', { today }, past);
}

export function createCatalogueManageService(deps: {
  db: Queryable;
  write: CatalogueWrite;
  catalogue: CatalogueService;
  clock: Clock;
}) {
  const { write, catalogue, clock } = deps;

  return {
    /**
     * The tenant of a one-tenant import or export when the scope reaches it (its tenant admin, an
     * auditor of an MPP where it has a gerai, a national admin); 404 otherwise.
     */
    async getReachedTenant(scope: Scope, ref: string) {
      const tenant = await repo.findTenantReached(deps.db, ref, scope);
      if (!tenant) throw failCatalogue('catalogue.tenant_not_found', { ref });
      return tenant;
    },

    /** A new MPP (national admins): region names come from the Kemendagri dataset, never typed. */
    async createMpp(caller: Caller, input: MppCreateInput) {
      if (caller.scope.kind !== 'all') throw failCatalogue('catalogue.national_scope_required');
      const areas = await loadAreaIndex();
      const regency = areas.regencies.get(input.regencyCode);
      if (!regency) {
        throw failCatalogue('catalogue.regency_unknown', { code: input.regencyCode, dataset: areas.dataset }, [
          { field: 'body.regencyCode', reason: `unknown Kemendagri kab/kota code (${areas.dataset})` },
        ]);
      }
      const today = serviceDayOf(clock.now(), input.timeZone);
      checkClosures(input.closures, today);
      const id = newId();
      await write(async (tx) => {
        const inserted = await repo.insertMpp(tx, id, {
          slug: input.slug,
          name: input.name,
          regencyCode: regency.code,
          regencyName: regency.name,
          provinceCode: regency.provinceCode,
          provinceName: regency.provinceName,
          areaDataset: areas.dataset,
          address: input.address,
          latitude: input.latitude,
          longitude: input.longitude,
          timeZone: input.timeZone,
          openingHours: input.openingHours,
          maklumatText: input.maklumat.text,
          maklumatSignatoryName: input.maklumat.signatoryName,
          maklumatSignatoryTitle: input.maklumat.signatoryTitle,
          contact: input.contact,
          isDemo: input.isDemo,
        });
        if (!inserted)
          throw failCatalogue('catalogue.slug_taken', { slug: input.slug }, [{ field: 'body.slug', reason: 'taken' }]);
        await repo.replaceClosures(
          tx,
          id,
          today,
          input.closures.map((c) => ({ id: newId(), ...c })),
        );
        return {
          value: id,
          audit: auditEntry(
            caller,
            'catalogue.mpp_created',
            { type: 'mpp', id },
            { mppId: id, details: { slug: input.slug } },
          ),
          isVocabularyChanged: true,
        };
      });
      return catalogue.getMpp(id);
    },

    /** Changes an MPP the caller manages: hours, closures from today, maklumat, contact, name, place. */
    async updateMpp(caller: Caller, ref: string, patch: MppUpdateInput) {
      const id = await write(async (tx) => {
        const mpp = await repo.findMppForUpdate(tx, ref, caller.scope);
        if (!mpp) throw failCatalogue('catalogue.mpp_not_found', { ref });
        const before = {
          name: mpp.name,
          address: mpp.address,
          latitude: mpp.latitude,
          longitude: mpp.longitude,
          openingHours: mpp.openingHours,
          maklumat: {
            text: mpp.maklumatText,
            signatoryName: mpp.maklumatSignatoryName,
            signatoryTitle: mpp.maklumatSignatoryTitle,
          },
          contact: mpp.contact,
        };
        const after = {
          name: patch.name ?? before.name,
          address: patch.address ?? before.address,
          latitude: patch.latitude ?? before.latitude,
          longitude: patch.longitude ?? before.longitude,
          openingHours: patch.openingHours ?? before.openingHours,
          maklumat: patch.maklumat ?? before.maklumat,
          contact: patch.contact ?? before.contact,
        };
        const changed = changedFields(before, after);
        if (patch.closures) {
          const today = serviceDayOf(clock.now(), mpp.timeZone);
          checkClosures(patch.closures, today);
          await repo.replaceClosures(
            tx,
            mpp.id,
            today,
            patch.closures.map((c) => ({ id: newId(), ...c })),
          );
          changed.push('closures');
        }
        if (changed.length === 0) return { value: mpp.id };
        await repo.updateMpp(tx, mpp.id, {
          name: after.name,
          address: after.address,
          latitude: after.latitude,
          longitude: after.longitude,
          openingHours: after.openingHours,
          maklumatText: after.maklumat.text,
          maklumatSignatoryName: after.maklumat.signatoryName,
          maklumatSignatoryTitle: after.maklumat.signatoryTitle,
          contact: after.contact,
        });
        return {
          value: mpp.id,
          audit: auditEntry(
            caller,
            'catalogue.mpp_updated',
            { type: 'mpp', id: mpp.id },
            {
              mppId: mpp.id,
              details: { changed },
            },
          ),
          isVocabularyChanged: changed.includes('name'),
        };
      });
      return catalogue.getMpp(id);
    },

    /** A new tenant; an MPP manager adds it with its gerai at their own MPP. */
    async createTenant(caller: Caller, input: TenantCreateInput) {
      if (caller.scope.kind !== 'all' && !input.gerai) throw failCatalogue('catalogue.gerai_required');
      const id = newId();
      await write(async (tx) => {
        const mpp = input.gerai ? await repo.findMppIdInScope(tx, input.gerai.mppRef, caller.scope) : undefined;
        if (input.gerai && !mpp) throw failCatalogue('catalogue.mpp_not_found', { ref: input.gerai.mppRef });
        const inserted = await repo.insertTenant(tx, id, {
          slug: input.slug,
          name: input.name,
          shortName: input.shortName,
          type: input.type,
          parentOrganisation: input.parentOrganisation ?? null,
          logoUrl: input.logoUrl ?? null,
          website: input.website ?? null,
          description: input.description ?? null,
        });
        if (!inserted)
          throw failCatalogue('catalogue.slug_taken', { slug: input.slug }, [{ field: 'body.slug', reason: 'taken' }]);
        if (mpp && input.gerai)
          await repo.insertGerai(tx, { id: newId(), mppId: mpp.id, tenantId: id, location: input.gerai.location });
        return {
          value: id,
          audit: auditEntry(
            caller,
            'catalogue.tenant_created',
            { type: 'tenant', id },
            {
              tenantId: id,
              mppId: mpp?.id,
              details: { slug: input.slug, ...(mpp ? { geraiAt: mpp.slug } : {}) },
            },
          ),
        };
      });
      return catalogue.getTenant(id);
    },

    /** Changes a tenant the caller administers (its own tenant, or any for a national admin). */
    async updateTenant(caller: Caller, ref: string, patch: TenantUpdateInput) {
      const id = await write(async (tx) => {
        const tenant = await repo.findTenantForUpdate(tx, ref, caller.scope);
        if (!tenant) throw failCatalogue('catalogue.tenant_not_found', { ref });
        const { id: tenantId, slug: _slug, ...before } = tenant;
        const after = {
          name: patch.name ?? before.name,
          shortName: patch.shortName ?? before.shortName,
          type: patch.type ?? before.type,
          parentOrganisation:
            patch.parentOrganisation === undefined ? before.parentOrganisation : patch.parentOrganisation,
          logoUrl: patch.logoUrl === undefined ? before.logoUrl : patch.logoUrl,
          website: patch.website === undefined ? before.website : patch.website,
          description: patch.description === undefined ? before.description : patch.description,
        };
        const changed = changedFields(before, after);
        if (changed.length === 0) return { value: tenantId };
        await repo.updateTenant(tx, tenantId, after);
        return {
          value: tenantId,
          audit: auditEntry(
            caller,
            'catalogue.tenant_updated',
            { type: 'tenant', id: tenantId },
            {
              tenantId,
              details: { changed },
            },
          ),
          isVocabularyChanged: changed.includes('name') || changed.includes('shortName'),
        };
      });
      return catalogue.getTenant(id);
    },

    /** Gives a tenant a gerai (booth) at an MPP the caller manages. */
    async addGerai(caller: Caller, mppRef: string, input: { tenantRef: string; location: string }) {
      return write(async (tx) => {
        const mpp = await repo.findMppIdInScope(tx, mppRef, caller.scope);
        if (!mpp) throw failCatalogue('catalogue.mpp_not_found', { ref: mppRef });
        const tenant = await repo.findTenant(tx, input.tenantRef);
        if (!tenant) throw failCatalogue('catalogue.tenant_not_found', { ref: input.tenantRef });
        const id = newId();
        if (!(await repo.insertGerai(tx, { id, mppId: mpp.id, tenantId: tenant.id, location: input.location })))
          throw failCatalogue('catalogue.gerai_exists', { tenant: tenant.slug });
        const gerai = await repo.readGerai(tx, id);
        if (!gerai) throw failCatalogue('catalogue.gerai_not_found', { ref: id });
        return {
          value: gerai,
          audit: auditEntry(
            caller,
            'catalogue.gerai_created',
            { type: 'gerai', id },
            {
              mppId: mpp.id,
              tenantId: tenant.id,
              details: { location: input.location },
            },
          ),
        };
      });
    },

    /** Removes a gerai once nothing runs through it (no active counter, no active offering). */
    async removeGerai(caller: Caller, id: string) {
      await write(async (tx) => {
        const gerai = await repo.findGeraiForUpdate(tx, id, caller.scope);
        if (!gerai) throw failCatalogue('catalogue.gerai_not_found', { ref: id });
        if (gerai.activeCounters > 0 || gerai.activeOfferings > 0) {
          throw failCatalogue('catalogue.gerai_in_use', {
            counters: gerai.activeCounters,
            offerings: gerai.activeOfferings,
          });
        }
        await repo.deleteGerai(tx, id);
        return {
          value: undefined,
          audit: auditEntry(
            caller,
            'catalogue.gerai_removed',
            { type: 'gerai', id },
            {
              mppId: gerai.mppId,
              tenantId: gerai.tenantId,
              details: { location: gerai.location },
            },
          ),
        };
      });
    },
  };
}

export type CatalogueManageService = ReturnType<typeof createCatalogueManageService>;
