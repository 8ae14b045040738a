import { newId } from '../../platform/ids.js';
import { auditEntry, type Caller } from './catalogue.audit.js';
import { failCatalogue } from './catalogue.errors.js';
import { manageRepository as repo } from './catalogue-manage.repository.js';
import type { CatalogueWrite } from './catalogue-write.js';

/**
 * Calendar dates an admin adds, renames or removes: national holidays and cuti bersama (national
 * admins), an MPP's local holidays, closures and extra working days (its manager). Working days
 * decide SLA deadlines, so every change is audited.
 */

const NATIONAL_KINDS = new Set(['national_holiday', 'cuti_bersama']);

export function createCatalogueCalendarService(deps: { write: CatalogueWrite }) {
  const { write } = deps;
  return {
    /**
     * Adds or renames a calendar date. National dates (no MPP: holidays, cuti bersama) are for
     * national admins; an MPP manager sets their own MPP's days.
     */
    async saveCalendarDate(caller: Caller, input: { mppId?: string; date: string; kind: string; name: string }) {
      if (!input.mppId && !NATIONAL_KINDS.has(input.kind))
        throw failCatalogue('catalogue.calendar_kind_needs_mpp', { kind: input.kind });
      if (!input.mppId && caller.scope.kind !== 'all') throw failCatalogue('catalogue.national_scope_required');
      return write(async (tx) => {
        const mpp = input.mppId ? await repo.findMppIdInScope(tx, input.mppId, caller.scope) : undefined;
        if (input.mppId && !mpp) throw failCatalogue('catalogue.mpp_not_found', { ref: input.mppId });
        const row = await repo.saveCalendarDate(tx, {
          id: newId(),
          mppId: mpp?.id ?? null,
          date: input.date,
          kind: input.kind,
          name: input.name,
        });
        return {
          value: row,
          audit: auditEntry(
            caller,
            'catalogue.calendar_date_saved',
            { type: 'calendar_date', id: row.id },
            {
              mppId: mpp?.id,
              details: { date: row.date, kind: row.kind, name: row.name },
            },
          ),
        };
      });
    },

    async removeCalendarDate(caller: Caller, id: string) {
      await write(async (tx) => {
        const row = await repo.removeCalendarDate(tx, id, caller.scope);
        if (!row) throw failCatalogue('catalogue.calendar_date_not_found', { ref: id });
        return {
          value: undefined,
          audit: auditEntry(
            caller,
            'catalogue.calendar_date_removed',
            { type: 'calendar_date', id },
            {
              mppId: row.mppId ?? undefined,
              details: { date: row.date, kind: row.kind, name: row.name },
            },
          ),
        };
      });
    },
  };
}

export type CatalogueCalendarService = ReturnType<typeof createCatalogueCalendarService>;
