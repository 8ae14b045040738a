import type { Database, Queryable } from '../../platform/db/database.js';
import type { CatalogueAudit, CatalogueAuditEntry } from './catalogue.audit.js';
import { lockCatalogue, manageRepository } from './catalogue-manage.repository.js';

/** What one write use case did: its answer, the audit entry when something changed, and whether names did. */
export type WriteOutcome<T> = {
  value: T;
  /** Absent when nothing changed (an unchanged body): nothing is recorded and no cache is cleared. */
  audit?: CatalogueAuditEntry | undefined;
  /** A name or keyword changed: the typo-correction vocabulary is rebuilt in the same transaction. */
  isVocabularyChanged?: boolean;
};

export type CatalogueWrite = <T>(work: (tx: Queryable) => Promise<WriteOutcome<T>>) => Promise<T>;

/**
 * Runs one catalogue write: one transaction holding the catalogue lock, the change, the derived
 * search vocabulary and the audit entry, all or nothing. After commit this node's search answers
 * are forgotten; search vectors are kept by triggers.
 */
export function createCatalogueWrite(deps: { db: Database; audit: CatalogueAudit; onChanged: () => void }) {
  return async function write<T>(work: (tx: Queryable) => Promise<WriteOutcome<T>>): Promise<T> {
    const outcome = await deps.db.transaction(async (tx) => {
      await lockCatalogue(tx);
      const result = await work(tx);
      if (result.isVocabularyChanged) await manageRepository.refreshSearchVocabulary(tx);
      if (result.audit) await deps.audit.record(tx, result.audit);
      return result;
    });
    if (outcome.audit) deps.onChanged();
    return outcome.value;
  } satisfies CatalogueWrite;
}

/** JSON with keys sorted at every level: jsonb hands objects back with their keys reordered. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Fields whose values differ, compared as JSON (objects from jsonb come back with keys reordered). */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): string[] {
  return Object.keys(after).filter((key) => canonicalJson(before[key]) !== canonicalJson(after[key]));
}
