import { type IndonesianZone, readableDateTime } from '../../domain/time/index.js';
import type { Queryable } from '../../platform/db/database.js';
import type { BookingNotifier, BookingPerson } from './booking.ports.js';

type Event = Parameters<BookingNotifier['enqueue']>[1]['event'];

/** What every booking message names: the service, the MPP, the time (written per language), a link. */
export type NoticeSubject = {
  accountId: string;
  mppId: string;
  zone: IndonesianZone;
  service: string;
  mpp: string;
  startsAt: Date;
  link: string;
};

/**
 * Booking's messages to citizens, written to the notifications outbox in the transaction of the
 * change that causes them (so a rolled-back booking sends nothing), to each channel the citizen
 * chose, in their language. The jobs' messages carry a dedupe key per event, subject and
 * channel, so a retried job cannot write one twice.
 */
export function createBookingNotices(deps: { notifier: BookingNotifier; publicUrl: string }) {
  const base = deps.publicUrl.replace(/\/+$/, '');

  async function send(
    tx: Queryable,
    person: Pick<BookingPerson, 'contacts' | 'language'> | undefined,
    event: Event,
    subject: NoticeSubject,
    params: (language: 'id' | 'en') => Record<string, string | number>,
    /** For messages a retried job could write twice; a message written with its change needs none. */
    dedupe?: string,
  ): Promise<number> {
    if (!person) return 0;
    for (const contact of person.contacts) {
      await deps.notifier.enqueue(tx, {
        event,
        channel: contact.channel,
        to: contact.to,
        language: person.language,
        params: {
          service: subject.service,
          mpp: subject.mpp,
          when: readableDateTime(subject.startsAt, subject.zone, person.language),
          link: subject.link,
          ...params(person.language),
        },
        accountId: subject.accountId,
        mppId: subject.mppId,
        ...(dedupe === undefined ? {} : { dedupeKey: `${event}:${dedupe}:${contact.channel}` }),
      });
    }
    return person.contacts.length;
  }

  return {
    /** Where a citizen sees their bookings (QR, calendar file, cancel, move). */
    myBookingsUrl: `${base}/akun/janji`,
    /** Where a citizen books a service at an MPP. */
    bookingUrl: (mppSlug: string, serviceSlug: string) =>
      `${base}/janji/${encodeURIComponent(mppSlug)}/${encodeURIComponent(serviceSlug)}`,
    send,
  };
}

export type BookingNotices = ReturnType<typeof createBookingNotices>;
