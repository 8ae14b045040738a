import type { MppPlace, OfferedService } from '../catalogue/index.js';
import type { AuditRecorder } from '../../platform/audit-port.js';

/** What booking reads from the catalogue (through its public API, never its tables). */
export type BookingDirectory = {
  findPlace(ref: string): Promise<MppPlace | undefined>;
  listOfferedServices(mppId: string): Promise<OfferedService[]>;
};

/** What booking asks identity about a citizen: the NIK's keyed hash and whether it is verified. */
export type BookingIdentity = {
  citizenIdentity(
    accountId: string,
  ): Promise<{ nikHash: string | null; nikStatus: string; isVerified: boolean } | undefined>;
};

/** What booking asks of the queue at check-in: a ticket, and who a kiosk is. */
export type BookingQueue = {
  issueTicketView(input: {
    mppRef: string;
    serviceId: string;
    channel: 'kiosk' | 'counter' | 'appointment';
    appointment?: { bookedAt: Date };
  }): Promise<{ id: string; displayNumber: string } & Record<string, unknown>>;
  authenticateKiosk(token: string | undefined): Promise<{ id: string; mppId: string }>;
};

/** The audit log (identity's): schedule changes are recorded in their transaction. */
export type BookingAudit = AuditRecorder;

export type { MppPlace, OfferedService };
