import { useTranslation } from 'react-i18next';
import { zoneAbbreviation } from '../../../src/domain/time/zones.js';
import type { Slot, SlotListing } from '../api/booking-types.js';
import { formatDate } from '../format.js';
import { DayStrip, daySummaryText } from './DayStrip.js';
import { summariseDay } from './day-summary.js';
import { SlotGrid } from './SlotGrid.js';

/** Step 1: a date from the window, then one of its slots. */
export function PickStep({
  listing,
  date,
  isSlotGone,
  onDate,
  onSlot,
}: {
  listing: SlotListing;
  date: string | undefined;
  /** The address named a slot the listing no longer has (it has begun, or the link is old). */
  isSlotGone: boolean;
  onDate: (date: string) => void;
  onSlot: (slot: Slot) => void;
}) {
  const { t, i18n } = useTranslation();
  const { mpp } = listing;
  const day = listing.days.find((d) => d.date === date);
  const summary = day ? summariseDay(day) : undefined;
  const dateText = day ? formatDate(day.date, i18n.language) : '';
  return (
    <>
      {isSlotGone ? <p className="notice">{t('booking.slotGone')}</p> : null}
      <section className="booking-section" aria-labelledby="booking-days-heading">
        <h2 id="booking-days-heading">{t('booking.days')}</h2>
        {listing.days.length === 0 ? (
          <p>{t('booking.noDays')}</p>
        ) : (
          <DayStrip days={listing.days} selected={date} mpp={mpp} onSelect={onDate} />
        )}
      </section>
      {day && summary ? (
        <section className="booking-section" aria-labelledby="booking-slots-heading">
          <h2 id="booking-slots-heading">{t('booking.slotsOn', { date: dateText })}</h2>
          {summary.kind === 'open' ? null : (
            <p className={summary.kind === 'closed' ? 'notice notice--closed' : 'notice'}>
              {daySummaryText(summary, mpp, t, i18n.language, false)}
            </p>
          )}
          {day.slots.length > 0 ? (
            <SlotGrid slots={day.slots} label={t('booking.slotsLabel', { date: dateText })} onChoose={onSlot} />
          ) : null}
        </section>
      ) : null}
      <p className="muted booking-zone">
        {t('booking.zoneNote', { zone: zoneAbbreviation(mpp.timeZone), mpp: mpp.name })}
      </p>
    </>
  );
}
