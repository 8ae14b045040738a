import type { Queryable } from '../../platform/db/database.js';

/** What identity needs from other modules, as structural types wired in app.ts. */

export type IdentityMessageEvent = 'identity.otp_requested' | 'identity.staff_invited' | 'identity.deletion_completed';

export type Notifier = {
  enqueue(
    tx: Queryable,
    message: {
      event: IdentityMessageEvent;
      channel: 'email' | 'sms' | 'whatsapp';
      to: string;
      language: 'id' | 'en';
      params: Record<string, string | number>;
      accountId?: string;
      dedupeKey?: string;
    },
  ): Promise<{ id: string }>;
  listForAccount(accountId: string): Promise<unknown[]>;
  eraseForAccount(tx: Queryable, accountId: string): Promise<void>;
};

export type CatalogueDirectory = {
  namesOf(input: { mppIds: string[]; tenantIds: string[] }): Promise<{
    mpps: Map<string, string>;
    tenants: Map<string, string>;
  }>;
  findTenantId(ref: string): Promise<string | undefined>;
  findMppId(ref: string): Promise<string | undefined>;
};
