/**
 * The queue API as the web reads it (/api/v1/queue; the contract is /openapi.json).
 * Hand-mirrored from the server's response schemas; the vocabularies come from src/domain/queue.
 */
import type {
  CounterState,
  FinishOutcome,
  Lane,
  Outcome,
  PriorityGroup,
  PriorityRuleKind,
  TicketChannel,
  TicketStatus,
} from '../../../src/domain/queue/index.js';

export type {
  CounterState,
  FinishOutcome,
  Lane,
  Outcome,
  PriorityGroup,
  PriorityRuleKind,
  TicketChannel,
  TicketStatus,
};

export type CounterRef = { id: string; number: number; label: string };

export type Estimate = {
  minMinutes: number;
  maxMinutes: number;
  basis: 'recent_service_times' | 'target_wait';
  countersOpen: number;
} | null;

/** A ticket as anyone holding its id may read it: no personal data. */
export type Ticket = {
  id: string;
  displayNumber: string;
  serviceDay: string;
  mpp: { id: string; slug: string; name: string; timeZone: string };
  service: { id: string; slug: string; name: string };
  tenant: { id: string; shortName: string };
  channel: TicketChannel;
  priorityGroup: PriorityGroup | null;
  status: TicketStatus;
  outcome: Outcome | null;
  issuedAt: string;
  calledAt: string | null;
  counter: CounterRef | null;
  /** 1 = called next; null unless waiting. */
  position: number | null;
  waitingAhead: number | null;
  estimate: Estimate;
  canCancel: boolean;
  canDeclareLate: boolean;
  /** The ticket page with its access key: what the printed QR code encodes. */
  statusUrl: string;
};

/** A new ticket: its printed key (the QR code of `statusUrl` is drawn by the page that prints it). */
export type IssuedTicket = Ticket & { accessKey: string };

export type Announcement = { text: string; repeat: number };

export type BoardCall = {
  eventId: string;
  ticketId: string;
  displayNumber: string;
  counter: CounterRef;
  serviceId?: string;
  serviceName: string;
  tenantShortName?: string;
  calledAt: string;
  isRecall: boolean;
  announcement: Announcement;
};

export type BoardMpp = { id: string; slug: string; name: string; timeZone: string; localNow: string };

export type Board = {
  mpp: BoardMpp;
  runningText: string;
  services: { serviceId: string; name: string; prefix: string | null; tenantShortName: string; waiting: number }[];
  /** Newest first, up to 10. */
  calls: BoardCall[];
  lastEventId: string;
};

export type WaitingCounts = Record<string, number>;

/** `queue.ticket_called` on the MPP stream. */
export type CalledEvent = BoardCall & { serviceId: string; waiting: WaitingCounts };
/** Every other ticket event on the MPP stream. */
export type TicketEvent = { ticketId: string; displayNumber: string; serviceId: string; waiting: WaitingCounts };
export type CounterChangedEvent = { counter: CounterRef; state: CounterState };

export type KioskService = {
  id: string;
  name: string;
  prefix: string | null;
  isOpen: boolean;
  remaining: number | null;
  nextOpeningAt: string | null;
  reason: null | 'closed' | 'quota_full' | 'after_last_ticket';
};

export type KioskTenant = { id: string; shortName: string; name: string; services: KioskService[] };

export type KioskMenu = { mpp: BoardMpp; tenants: KioskTenant[]; priorityGroups: PriorityGroup[] };

export type MyCounter = {
  counter: CounterRef & { mpp: { id: string; slug: string; name: string }; tenant: { id: string; shortName: string } };
  services: { id: string; name: string }[];
  state: CounterState;
  openedByMe: boolean;
};

export type LineEntry = {
  id: string;
  displayNumber: string;
  serviceName: string;
  priorityGroup: PriorityGroup | null;
  lane: Lane;
  waitingSince: string;
  waitedMinutes: number;
};

export type CounterView = {
  counter: CounterRef;
  mpp: { id: string; slug: string; name: string; timeZone: string };
  state: CounterState;
  officer: { id: string } | null;
  services: { id: string; name: string; waiting: number }[];
  current: Ticket | null;
  next: LineEntry[];
  parked: LineEntry[];
  /** Today's missed calls still within the grace period: each may go back in line once (recycle). */
  noShows: LineEntry[];
  today: { called: number; served: number; noShow: number; transferred: number; averageServiceMinutes: number | null };
};

/** What a counter action answers: the counter as the action left it, without the lists. */
export type CounterActionResult = Pick<
  CounterView,
  'counter' | 'mpp' | 'state' | 'officer' | 'services' | 'current'
> & {
  /** The ticket acted on, as the action left it; null for open, break, resume and close. */
  ticket: {
    id: string;
    displayNumber: string;
    serviceId: string;
    status: TicketStatus;
    outcome: Outcome | null;
  } | null;
};

export type KpiRow = {
  key: string;
  label: string;
  arrived: number;
  served: number;
  noShow: number;
  cancelled: number;
  transferred: number;
  averageWaitMinutes: number | null;
  maxWaitMinutes: number | null;
  averageServiceMinutes: number | null;
  servedWithinTargetShare: number | null;
};

export type LiveView = {
  mpp: { id: string; slug: string; name: string; timeZone: string };
  services: {
    serviceId: string;
    name: string;
    tenantShortName: string;
    prefix: string | null;
    waiting: number;
    longestWaitMinutes: number | null;
    servedToday: number;
  }[];
  counters: {
    counter: CounterRef;
    tenantShortName: string;
    state: CounterState;
    currentTicket: string | null;
    /** In the contract; not (yet) sent by the server, so optional. */
    officerName?: string | null;
    since: string | null;
  }[];
  kpis: KpiRow[];
};

export type QueueSettings = {
  priorityRule: PriorityRuleKind;
  regularPerPriority: number;
  priorityPrefix: string | null;
  nearTurnAhead: number;
  noShowGraceMinutes: number;
  runningText: string;
};

/** A service's queue rules at one MPP, as the manager edits them. */
export type ServiceQueueSettingsInput = {
  /** One or two capital letters, unique at the MPP (and not the priority prefix). */
  prefix: string;
  /** null: no daily quota. */
  dailyQuota: number | null;
  lastTicketMinutesBeforeClose: number;
  targetWaitMinutes: number;
  isOnlineEnabled: boolean;
};

export type ServiceQueueSettings = ServiceQueueSettingsInput & {
  serviceId: string;
  name: string;
  tenantShortName: string;
};

export type Device = {
  id: string;
  kind: 'kiosk';
  name: string;
  createdAt: string;
  lastSeenAt: string | null;
  revokedAt: string | null;
};
/** The token is shown once, inside the pairing URL (/kiosk?pair=<token>). */
export type CreatedDevice = Device & { token: string; pairUrl: string };
