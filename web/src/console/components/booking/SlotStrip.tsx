import { useTranslation } from 'react-i18next';
import type { DaySlot } from '../../api/booking.js';
import { clockText } from './booking-dates.js';
import { slotFillOf } from './day-view.js';

/** The day's slots in a row: booked over capacity each, closed ones marked, full ones dark. */
export function SlotStrip({ slots, label }: { slots: DaySlot[]; label: string }) {
  const { t, i18n } = useTranslation();
  if (slots.length === 0) return <p className="muted">{t('console.booking.day.noSlots')}</p>;
  return (
    <ol className="slot-strip" aria-label={label}>
      {slots.map((slot) => {
        const fill = slotFillOf(slot);
        const words =
          fill === 'closed'
            ? t('console.booking.day.slotClosed', {
                starts: clockText(slot.starts, i18n.language),
                booked: slot.booked,
              })
            : t('console.booking.day.slotBooked', {
                starts: clockText(slot.starts, i18n.language),
                booked: slot.booked,
                capacity: slot.capacity,
              });
        return (
          <li key={slot.key} className={`slot-strip__slot slot-strip__slot--${fill}`} title={words}>
            <span aria-hidden="true">
              <span className="slot-strip__time">{clockText(slot.starts, i18n.language)}</span>
              <span className="slot-strip__count">
                {fill === 'closed' ? t('console.booking.day.closedShort') : `${slot.booked}/${slot.capacity}`}
              </span>
            </span>
            <span className="visually-hidden">{words}</span>
          </li>
        );
      })}
    </ol>
  );
}
