import type { CounterPlace, MppPlace, OfferedService } from '../catalogue/index.js';
import type { AuditRecorder } from '../../platform/audit-port.js';
import type { Queryable } from '../../platform/db/database.js';

/** What the queue reads from the catalogue (through its public API, never its tables). */
export type QueueDirectory = {
  findPlace(ref: string): Promise<MppPlace | undefined>;
  listOfferedServices(mppId: string): Promise<OfferedService[]>;
  listCounters(mppId: string): Promise<CounterPlace[]>;
  findCounterMppId(counterId: string): Promise<string | undefined>;
};

/** The notifications outbox: a message written in the queue's own transaction. */
export type QueueNotifier = {
  enqueue(
    tx: Queryable,
    message: {
      event: 'queue.turn_near';
      channel: 'sms';
      to: string;
      language: 'id' | 'en';
      params: Record<string, string | number>;
      mppId?: string;
      dedupeKey?: string;
    },
  ): Promise<{ id: string }>;
};

export type { CounterPlace, MppPlace, OfferedService };

/** The audit log (identity's): settings and kiosk changes are recorded in their transaction. */
export type QueueAudit = AuditRecorder;
