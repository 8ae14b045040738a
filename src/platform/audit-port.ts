import type { Queryable } from './db/database.js';

/**
 * What a module needs from the audit log, as a structural type: identity's log fits it without
 * the module importing identity. An entry is appended in the change's own transaction, so the
 * change and its record commit or roll back together.
 */
export type AuditRecorder = {
  record(
    tx: Queryable,
    entry: {
      action: string;
      outcome: 'success';
      actor: { accountId?: string; label: string; roles?: readonly string[] };
      subject?: { type: string; id: string };
      mppId?: string;
      requestId?: string;
      details?: Record<string, unknown>;
    },
  ): Promise<void>;
};
