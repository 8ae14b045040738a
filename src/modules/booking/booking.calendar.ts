import icalGenerator, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import type { BookingRecord } from './booking.repository.js';

/**
 * A booking as an iCalendar file (RFC 5545) for the citizen's own calendar: one event at the
 * booked time at the MPP, with the code, a reminder half an hour before check-in opens, and the
 * link to the booking.
 */
export function bookingCalendar(
  b: Pick<BookingRecord, 'id' | 'code' | 'status' | 'startsAt' | 'endsAt' | 'createdAt'>,
  about: { service: string; mpp: string; checkInEarlyMinutes: number; link: string },
): string {
  const early = about.checkInEarlyMinutes;
  const calendar = icalGenerator({ name: 'SatuPintu', prodId: { company: 'SatuPintu', product: 'booking' } });
  calendar.createEvent({
    id: `${b.id}@satupintu`,
    start: b.startsAt,
    end: b.endsAt,
    stamp: b.createdAt,
    summary: `${about.service || 'Janji temu'} – ${about.mpp}`,
    description:
      `Kode janji temu / Booking code: ${b.code}\n` +
      `Lapor hadir di kios atau loket mulai ${early} menit sebelumnya. / ` +
      `Check in at the kiosk or a counter from ${early} minutes before.\n${about.link}`,
    location: about.mpp,
    url: about.link,
    status: b.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    alarms: [{ type: ICalAlarmType.display, trigger: (early + 30) * 60, description: about.service || 'SatuPintu' }],
  });
  return calendar.toString();
}
