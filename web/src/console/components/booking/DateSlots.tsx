import { useTranslation } from 'react-i18next';
import type { DayService, SlotDay } from '../../api/booking.js';
import { SlotStrip } from './SlotStrip.js';

/**
 * The slots of the chosen date, booked over capacity: from the day view when this staff member
 * may read it (closed single slots included), else from the listing.
 */
export function DateSlots({
  day,
  dayEntry,
  dateText,
}: {
  day: SlotDay | undefined;
  dayEntry: DayService | undefined;
  dateText: string;
}) {
  const { t } = useTranslation();
  const closedStarts = new Set(day?.override?.closedSlots ?? []);
  const slots =
    dayEntry?.slots ??
    (day?.slots ?? []).map((slot) => ({
      key: slot.key,
      starts: slot.starts,
      ends: slot.ends,
      capacity: slot.capacity,
      booked: slot.capacity - slot.seatsLeft,
      closed: closedStarts.has(slot.starts),
    }));
  return (
    <div className="date-slots">
      <h3>{t('console.booking.calendar.dayTitle', { date: dateText })}</h3>
      {day?.closedReason ? (
        <p className="notice notice--warning">{t('console.booking.day.closedDay', { reason: day.closedReason })}</p>
      ) : (
        <SlotStrip label={t('console.booking.calendar.slotsOf', { date: dateText })} slots={slots} />
      )}
    </div>
  );
}
