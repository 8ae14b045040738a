import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { zoneAbbreviation } from '../../../src/domain/time/zones.js';
import type { Slot, SlotListing } from '../api/booking-types.js';
import { formatDate } from '../format.js';
import { DayStrip, daySummaryText } from './DayStrip.js';
import { summariseDay } from './day-summary.js';
import { SlotGrid } from './SlotGrid.js';
import { canJoinWaitlist } from './waitlist.js';
import { WaitlistJoin } from './WaitlistJoin.js';

/**
 * Step 1: a date from the window, then one of its slots. The date is chosen here without a
 * navigation (the page stays where the thumb is); it goes into the address with the slot. A
 * day with no seat left offers its waitlist, above its (full) slots; not when moving a booking,
 * since a seat taken from the line would be a second booking, not the move.
 */
export function PickStep({
  listing,
  initialDate,
  isSlotGone,
  isMoving,
  onSlot,
  onRefreshDay,
}: {
  listing: SlotListing;
  initialDate: string | undefined;
  /** The address named a slot the listing no longer has (it has begun, or the link is old). */
  isSlotGone: boolean;
  isMoving: boolean;
  onSlot: (slot: Slot) => void;
  /** Read the slots again and stay on this date (a seat came back to a full day). */
  onRefreshDay: (date: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const { mpp } = listing;
  const [date, setDate] = useState(initialDate);
  const day = listing.days.find((d) => d.date === date);
  // Slots already begun or too close to book are left out, unless that is all the day has.
  const shown = day?.slots.some((s) => s.state !== 'closed') ? day.slots.filter((s) => s.state !== 'closed') : [];
  const summary = day ? summariseDay(day) : undefined;
  const dateText = day ? formatDate(day.date, i18n.language) : '';
  const hasWaitlist = day !== undefined && !isMoving && canJoinWaitlist(day);
  return (
    <>
      {isSlotGone ? <p className="notice">{t('booking.slotGone')}</p> : null}
      <section className="booking-section" aria-labelledby="booking-days-heading">
        <h2 id="booking-days-heading">{t('booking.days')}</h2>
        {listing.days.length === 0 ? (
          <p>{t('booking.noDays')}</p>
        ) : (
          <DayStrip days={listing.days} selected={date} mpp={mpp} onSelect={setDate} />
        )}
      </section>
      {day && summary ? (
        <section className="booking-section" aria-labelledby="booking-slots-heading">
          <h2 id="booking-slots-heading">{t('booking.slotsOn', { date: dateText })}</h2>
          {summary.kind === 'open' ? null : (
            <p className={summary.kind === 'closed' ? 'notice notice--closed' : 'notice'}>
              {hasWaitlist && summary.kind === 'full'
                ? t('booking.waitlist.dayFull')
                : daySummaryText(summary, mpp, t, i18n.language, false)}
            </p>
          )}
          {hasWaitlist ? (
            <WaitlistJoin listing={listing} date={day.date} onSeatsFreed={() => onRefreshDay(day.date)} />
          ) : null}
          {shown.length > 0 ? (
            <SlotGrid slots={shown} label={t('booking.slotsLabel', { date: dateText })} onChoose={onSlot} />
          ) : null}
        </section>
      ) : null}
      <p className="muted booking-zone">
        {t('booking.zoneNote', { zone: zoneAbbreviation(mpp.timeZone), mpp: mpp.name })}
      </p>
    </>
  );
}
