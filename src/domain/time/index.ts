/** Pure time logic: zones, local dates, service days, opening hours, working-day calendar. */

export {
  applyCalendarCorrections,
  type CalendarCorrections,
  CUTI_BERSAMA_2026,
  nationalHolidaysFromDateHolidays,
  SKB_2026_CORRECTIONS,
} from './holidays.js';
export {
  addDays,
  compareLocalDates,
  daysBetween,
  isLocalDate,
  isoWeekday,
  type LocalDate,
  parseLocalDate,
} from './local-date.js';
export {
  currentPeriod,
  isOpenAt,
  nextOpening,
  type OpeningHours,
  openPeriodsOn,
  type OpenPeriod,
} from './opening-hours.js';
export {
  endOfServiceDay,
  type LocalTime,
  localTimeOf,
  serviceDayOf,
  startOfServiceDay,
  readableDateTime,
  toZonedIso,
  zonedDateTime,
} from './service-day.js';
export {
  addWorkingDays,
  type CalendarDayKind,
  type CalendarEntry,
  countWorkingDaysBetween,
  createWorkingCalendar,
  findClosingEntry,
  isWorkingDay,
  nextWorkingDay,
  type WorkingCalendar,
  type WorkingCalendarInput,
  whyNotWorking,
} from './working-calendar.js';
export {
  INDONESIAN_ZONES,
  type IndonesianZone,
  isIndonesianZone,
  utcOffsetHours,
  type ZoneAbbreviation,
  zoneAbbreviation,
} from './zones.js';
