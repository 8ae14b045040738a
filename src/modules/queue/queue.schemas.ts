import { z } from 'zod';
import {
  CHANNELS,
  COUNTER_STATES,
  FINISH_OUTCOMES,
  KPI_DIMENSIONS,
  LANES,
  OUTCOMES,
  PRIORITY_GROUPS,
  PRIORITY_RULES,
  TICKET_STATUSES,
} from '../../domain/queue/index.js';

const Uuid = z.uuid();
const LocalDateText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
const Zoned = z.string().describe('ISO 8601 with the MPP offset');

export const PriorityGroup = z.enum(PRIORITY_GROUPS);
export const CounterRef = z.object({ id: Uuid, number: z.number().int(), label: z.string() });

export const WaitEstimate = z
  .object({
    minMinutes: z.number().int(),
    maxMinutes: z.number().int(),
    basis: z.enum(['recent_service_times', 'target_wait']),
    countersOpen: z.number().int(),
  })
  .nullable();

export const Ticket = z.object({
  id: Uuid,
  displayNumber: z.string(),
  serviceDay: LocalDateText,
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.string() }),
  service: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
  tenant: z.object({ id: Uuid, shortName: z.string() }),
  channel: z.enum(CHANNELS),
  priorityGroup: PriorityGroup.nullable(),
  status: z.enum(TICKET_STATUSES),
  outcome: z.enum(OUTCOMES).nullable(),
  issuedAt: Zoned,
  calledAt: Zoned.nullable(),
  counter: CounterRef.nullable(),
  position: z.number().int().nullable().describe('1 = called next; null unless waiting'),
  waitingAhead: z.number().int().nullable(),
  estimate: WaitEstimate,
  canCancel: z.boolean(),
  canDeclareLate: z.boolean(),
  statusUrl: z.string().describe('The ticket page; what the printed QR code encodes'),
});
export type Ticket = z.infer<typeof Ticket>;

export const IssuedTicket = Ticket.extend({
  accessKey: z
    .string()
    .describe('Lets the holder cancel or postpone the ticket; statusUrl carries it, and its QR code is what to print'),
});

export const Call = z.object({
  eventId: Uuid,
  ticketId: Uuid,
  displayNumber: z.string(),
  serviceId: Uuid,
  counter: CounterRef,
  serviceName: z.string(),
  tenantShortName: z.string(),
  calledAt: Zoned,
  isRecall: z.boolean(),
  announcement: z.object({ text: z.string(), repeat: z.number().int() }),
});

const MppHead = z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.string(), localNow: Zoned });

export const Board = z.object({
  mpp: MppHead,
  runningText: z.string(),
  services: z.array(
    z.object({
      serviceId: Uuid,
      name: z.string(),
      prefix: z.string().nullable(),
      tenantShortName: z.string(),
      waiting: z.number().int(),
    }),
  ),
  calls: z.array(Call),
  lastEventId: z.string(),
});

export const KioskMenu = z.object({
  mpp: MppHead,
  tenants: z.array(
    z.object({
      id: Uuid,
      shortName: z.string(),
      name: z.string(),
      services: z.array(
        z.object({
          id: Uuid,
          name: z.string(),
          prefix: z.string().nullable(),
          isOpen: z.boolean(),
          remaining: z.number().int().nullable(),
          nextOpeningAt: Zoned.nullable(),
          reason: z.enum(['closed', 'quota_full', 'after_last_ticket']).nullable(),
        }),
      ),
    }),
  ),
  priorityGroups: z.array(PriorityGroup),
});

/** E.164 Indonesian mobile number, or a local 08... one (normalised on the way in). */
const Phone = z
  .string()
  .trim()
  .regex(/^(\+?62|0)8\d{7,12}$/, 'Nomor HP tidak valid (contoh 0812xxxxxxx) / Invalid mobile number (e.g. 0812xxxxxxx)')
  .transform((v) => `+62${v.replace(/^(\+?62|0)/, '')}`);

export const KioskTicketInput = z.strictObject({
  serviceId: Uuid,
  priorityGroup: PriorityGroup.optional(),
  phone: Phone.optional(),
});
export const OnlineTicketInput = z.strictObject({
  mppId: z.string().min(1).max(200),
  serviceId: Uuid,
  priorityGroup: PriorityGroup.optional(),
});
export const WalkInTicketInput = z.strictObject({ serviceId: Uuid, priorityGroup: PriorityGroup.optional() });
export const AccessKeyInput = z.strictObject({ accessKey: z.string().max(100).optional() });

export const TicketIdParams = z.object({ id: Uuid });
export const CounterIdParams = z.object({ id: Uuid });
export const MppParams = z.object({ mpp: z.string().min(1).max(200) });
export const MppServiceParams = z.object({ mpp: z.string().min(1).max(200), serviceId: Uuid });

export const OpenCounterInput = z.strictObject({ serviceIds: z.array(Uuid).max(100).optional() });
export const TicketActionInput = z.strictObject({ ticketId: Uuid });
export const FinishInput = z.strictObject({ ticketId: Uuid, outcome: z.enum(FINISH_OUTCOMES).default('served') });
export const TransferInput = z
  .strictObject({ ticketId: Uuid, toServiceId: Uuid.optional(), toCounterId: Uuid.optional() })
  .refine((v) => v.toServiceId !== undefined || v.toCounterId !== undefined, {
    message: 'Pilih layanan atau loket tujuan / Choose a target service or counter',
    path: ['toServiceId'],
  });

const LineItem = z.object({
  id: Uuid,
  displayNumber: z.string(),
  serviceName: z.string(),
  priorityGroup: PriorityGroup.nullable(),
  lane: z.enum(LANES),
  waitingSince: Zoned,
  waitedMinutes: z.number().int(),
});

/** What every answer about a counter holds: its state, its services' waiting counts, its current ticket. */
const CounterHead = z.object({
  counter: CounterRef,
  mpp: z.object({ id: Uuid, slug: z.string(), name: z.string(), timeZone: z.string() }),
  state: z.enum(COUNTER_STATES),
  officer: z.object({ id: Uuid }).nullable(),
  services: z.array(z.object({ id: Uuid, name: z.string(), waiting: z.number().int() })),
  current: Ticket.nullable(),
});

export const CounterView = CounterHead.extend({
  next: z.array(LineItem),
  parked: z.array(LineItem),
  noShows: z.array(LineItem).describe("Today's missed calls that may still come back once (recycle)"),
  today: z.object({
    called: z.number().int(),
    served: z.number().int(),
    noShow: z.number().int(),
    transferred: z.number().int(),
    averageServiceMinutes: z.number().nullable(),
  }),
});

export const CounterActionResult = CounterHead.extend({
  ticket: z
    .object({
      id: Uuid,
      displayNumber: z.string(),
      serviceId: Uuid,
      status: z.enum(TICKET_STATUSES),
      outcome: z.enum(OUTCOMES).nullable(),
    })
    .nullable()
    .describe('The ticket the action acted on, as the action left it; null for open, break, resume and close'),
}).describe(
  "The counter as the action left it. Who is next, the parked and missed lists and today's counts are in GET /counters/{id}",
);

export const MyCounters = z.object({
  items: z.array(
    z.object({
      counter: CounterRef.extend({
        mpp: z.object({ id: Uuid, slug: z.string(), name: z.string() }),
        tenant: z.object({ id: Uuid, shortName: z.string() }),
      }),
      services: z.array(z.object({ id: Uuid, name: z.string() })),
      state: z.enum(COUNTER_STATES),
      openedByMe: z.boolean(),
    }),
  ),
});

export const KpiRow = z.object({
  key: z.string(),
  label: z.string(),
  arrived: z.number().int(),
  served: z.number().int(),
  noShow: z.number().int(),
  cancelled: z.number().int(),
  transferred: z.number().int(),
  averageWaitMinutes: z.number().nullable(),
  maxWaitMinutes: z.number().nullable(),
  averageServiceMinutes: z.number().nullable(),
  servedWithinTargetShare: z.number().nullable(),
});

export const KpiQuery = z
  .object({ from: LocalDateText, to: LocalDateText, groupBy: z.enum(KPI_DIMENSIONS).default('service') })
  .refine((q) => q.from <= q.to, { message: 'from <= to', path: ['from'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 366 * 86_400_000, {
    message: 'Paling lama satu tahun / At most one year',
    path: ['to'],
  });

export const LiveView = z.object({
  mpp: MppHead,
  services: z.array(
    z.object({
      serviceId: Uuid,
      name: z.string(),
      tenantShortName: z.string(),
      prefix: z.string().nullable(),
      waiting: z.number().int(),
      longestWaitMinutes: z.number().int().nullable(),
      servedToday: z.number().int(),
    }),
  ),
  counters: z.array(
    z.object({
      counter: CounterRef,
      tenantShortName: z.string(),
      state: z.enum(COUNTER_STATES),
      currentTicket: z.string().nullable(),
      since: Zoned.nullable(),
    }),
  ),
  kpis: z.array(KpiRow),
});

export const MppQueueSettings = z.strictObject({
  priorityRule: z.enum(PRIORITY_RULES),
  regularPerPriority: z.number().int().min(1).max(50),
  priorityPrefix: z
    .string()
    .regex(/^[A-Z]{1,2}$/)
    .nullable(),
  nearTurnAhead: z.number().int().min(1).max(50),
  noShowGraceMinutes: z.number().int().min(0).max(240),
  runningText: z.string().max(500),
});

export const ServiceQueueSettingsInput = z.strictObject({
  prefix: z.string().regex(/^[A-Z]{1,2}$/, '1-2 huruf kapital / 1-2 capital letters'),
  dailyQuota: z.number().int().min(1).max(100_000).nullable(),
  lastTicketMinutesBeforeClose: z.number().int().min(0).max(480),
  targetWaitMinutes: z.number().int().min(1).max(600),
  isOnlineEnabled: z.boolean(),
});

export const ServiceQueueSettings = z.object({
  ...ServiceQueueSettingsInput.shape,
  serviceId: Uuid,
  name: z.string(),
  tenantShortName: z.string(),
});

export const DeviceInput = z.strictObject({
  kind: z.literal('kiosk').default('kiosk'),
  name: z.string().trim().min(1).max(100),
});
export const Device = z.object({
  id: Uuid,
  kind: z.literal('kiosk'),
  name: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export const CreatedDevice = z.object({ ...Device.shape, token: z.string(), pairUrl: z.string() });
