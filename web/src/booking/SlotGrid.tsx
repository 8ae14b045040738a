import { useTranslation } from 'react-i18next';
import type { Slot } from '../api/booking-types.js';
import { formatSlotRange } from './booking-format.js';

/**
 * Slots as large buttons, two or three to a row on a phone: the time, then seats left. A slot
 * that cannot be booked stays in its place (so the day reads as a timetable) but is disabled,
 * saying why (when a day opens is said once, above its slots).
 */
export function SlotGrid({
  slots,
  label,
  onChoose,
}: {
  slots: Slot[];
  /** The list's accessible name ("Jam pada Senin, 1 Desember 2026"). */
  label: string;
  onChoose: (slot: Slot) => void;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ul className="slot-grid" aria-label={label}>
      {slots.map((slot) => {
        const isOpen = slot.state === 'open';
        return (
          <li key={slot.key}>
            <button
              type="button"
              className={`slot slot--${slot.state}`}
              disabled={!isOpen}
              onClick={() => onChoose(slot)}
              data-slot={slot.key}
            >
              <span className="slot__time">{formatSlotRange(slot.starts, slot.ends, i18n.language)}</span>
              <span className="slot__state">
                {isOpen ? t('booking.slot.seatsLeft', { count: slot.seatsLeft }) : t(`booking.slot.${slot.state}`)}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
