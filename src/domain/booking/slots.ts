import {
  type IndonesianZone,
  isLocalDate,
  type LocalDate,
  type OpeningHours,
  openPeriodsOn,
  type WorkingCalendar,
  zonedDateTime,
} from '../time/index.js';

/**
 * Appointment slots of one service at one MPP. A schedule cuts each opening period of a date
 * into slots of equal length; each slot seats as many citizens as counters serve the service
 * at once. Slots follow the MPP's hours and calendar (breaks are the gaps between periods,
 * holidays and closures have none), and a date may override both.
 */

/** Hours of a date that replace the weekly ones, local 'HH:mm', earliest first. */
export type SlotPeriod = { opens: string; closes: string };

/**
 * What a manager changes for one date: closed, or other hours, another capacity, and single
 * slots closed (by local start time, with the reason citizens are told).
 */
export type DateOverride =
  | { date: LocalDate; closed: true; reason: string }
  | {
      date: LocalDate;
      closed?: false;
      periods?: readonly SlotPeriod[];
      capacity?: number;
      closedSlots?: readonly string[];
      reason?: string;
    };

export type SlotSchedule = {
  /** Length of a slot in minutes (5-240). */
  slotMinutes: number;
  /** Citizens per slot: how many counters serve the service at once (1-500). */
  capacity: number;
};

export type Slot = {
  /** The local date and start, `YYYY-MM-DDTHH:mm`: stable, readable, unique per service and MPP. */
  key: string;
  date: LocalDate;
  /** Local 'HH:mm'. */
  starts: string;
  ends: string;
  start: Date;
  end: Date;
  capacity: number;
};

export const SLOT_MINUTES = { min: 5, max: 240 } as const;
export const SLOT_CAPACITY = { min: 1, max: 500 } as const;

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(hhmm: string): number {
  if (!HH_MM.test(hhmm)) throw new RangeError(`Not a time of day (HH:mm): ${JSON.stringify(hhmm)}`);
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Throws a RangeError when the schedule cannot make slots. */
export function checkSchedule(schedule: SlotSchedule): void {
  const { slotMinutes, capacity } = schedule;
  if (!Number.isInteger(slotMinutes) || slotMinutes < SLOT_MINUTES.min || slotMinutes > SLOT_MINUTES.max)
    throw new RangeError(`A slot lasts ${SLOT_MINUTES.min}-${SLOT_MINUTES.max} minutes, got ${slotMinutes}`);
  if (!Number.isInteger(capacity) || capacity < SLOT_CAPACITY.min || capacity > SLOT_CAPACITY.max)
    throw new RangeError(`A slot seats ${SLOT_CAPACITY.min}-${SLOT_CAPACITY.max}, got ${capacity}`);
}

/**
 * The slots of `date`, earliest first. Each period yields as many whole slots as fit; a
 * remainder shorter than a slot stays unbooked (for walk-ins). An override replaces the hours
 * (even on a date the calendar closes: a manager opening on a Saturday) or the capacity, or
 * closes the date.
 */
export function slotsOn(
  date: LocalDate,
  place: { zone: IndonesianZone; hours: OpeningHours; calendar: WorkingCalendar },
  schedule: SlotSchedule,
  override?: DateOverride,
): Slot[] {
  checkSchedule(schedule);
  if (override && override.date !== date) throw new RangeError(`Override of ${override.date} given for ${date}`);
  if (override?.closed) return [];
  const capacity = override?.capacity ?? schedule.capacity;
  checkSchedule({ slotMinutes: schedule.slotMinutes, capacity });
  const periods: readonly SlotPeriod[] =
    override?.periods ?? openPeriodsOn(date, place.zone, place.hours, place.calendar);
  const closedSlots = new Set(override?.closedSlots ?? []);
  const slots: Slot[] = [];
  for (const period of [...periods].sort((a, b) => a.opens.localeCompare(b.opens))) {
    const closes = minutesOf(period.closes);
    for (let at = minutesOf(period.opens); at + schedule.slotMinutes <= closes; at += schedule.slotMinutes) {
      const starts = hhmmOf(at);
      if (closedSlots.has(starts)) continue;
      const ends = hhmmOf(at + schedule.slotMinutes);
      slots.push({
        key: `${date}T${starts}`,
        date,
        starts,
        ends,
        start: zonedDateTime(date, starts, place.zone),
        end: zonedDateTime(date, ends, place.zone),
        capacity,
      });
    }
  }
  return slots;
}

/** Reads a slot key back into its date and local start; undefined when it is not one. */
export function parseSlotKey(key: string): { date: LocalDate; starts: string } | undefined {
  const match = /^(\d{4}-\d{2}-\d{2})T(([01]\d|2[0-3]):[0-5]\d)$/.exec(key);
  const date = match?.[1];
  if (!match || date === undefined || !isLocalDate(date)) return undefined;
  return { date, starts: match[2] as string };
}
