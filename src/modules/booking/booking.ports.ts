import type { MppPlace, OfferedService } from '../catalogue/index.js';
import type { Principal, Scope } from '../../domain/identity/access.js';
import type { AuditRecorder } from '../../platform/audit-port.js';
import type { Queryable } from '../../platform/db/database.js';

/** What booking reads from the catalogue (through its public API, never its tables). */
export type BookingDirectory = {
  findPlace(ref: string): Promise<MppPlace | undefined>;
  listOfferedServices(mppId: string): Promise<OfferedService[]>;
};

/** An MPP as booking works with it: the place, and its offered services by id and by slug. */
export type Facts = {
  place: MppPlace;
  services: Map<string, OfferedService>;
  bySlug: Map<string, OfferedService>;
};

/** A contact for service messages (the citizen's chosen channel and its address). */
export type BookingContact = { channel: 'sms' | 'whatsapp' | 'email'; to: string };

/** A citizen as booking knows them: the NIK's keyed hash, whether it is verified, how to reach them. */
export type BookingPerson = {
  nikHash: string | null;
  nikStatus: string;
  isVerified: boolean;
  fullName: string;
  language: 'id' | 'en';
  contacts: BookingContact[];
};

/** What booking asks identity about citizens. */
export type BookingIdentity = {
  /**
   * `q`: read in booking's transaction (the embedded database has one connection). `asking`: the
   * principal of the citizen's own request (identity may have read them with the session).
   */
  citizenIdentity(
    accountId: string,
    options?: { q?: Queryable; asking?: Principal },
  ): Promise<BookingPerson | undefined>;
  /** Names for the staff's day view (the caller audits the access). */
  citizenNames(accountIds: readonly string[]): Promise<Map<string, string>>;
};

/** The notifications outbox: a message written in booking's own transaction. */
export type BookingNotifier = {
  enqueue(
    tx: Queryable,
    message: {
      event:
        | 'booking.confirmed'
        | 'booking.reminder_day'
        | 'booking.reminder_soon'
        | 'booking.rescheduled'
        | 'booking.cancelled_by_mpp'
        | 'booking.waitlist_offered';
      channel: BookingContact['channel'];
      to: string;
      language: 'id' | 'en';
      params: Record<string, string | number>;
      accountId?: string;
      mppId?: string;
      dedupeKey?: string;
    },
  ): Promise<{ id: string }>;
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

/** Staff acting on booking: who, with which roles and reach (scope checks, the audit log). */
export type Manager = { accountId: string; roles: readonly string[]; scope: Scope; requestId: string };

export type { MppPlace, OfferedService };
