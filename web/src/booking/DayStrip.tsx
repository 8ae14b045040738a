import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookingMpp, SlotDay } from '../api/booking-types.js';
import { dayParts, formatWhen, formatWhenShort } from './booking-format.js';
import { type DaySummary, summariseDay } from './day-summary.js';

/**
 * The booking window's dates in a row the thumb scrolls sideways, each with what it offers
 * (seats left, full, closed and why, when it opens). Any date can be chosen, to read its
 * slots or why it has none; the chosen one is pressed, and brought into view when the page
 * opens on it.
 */
export function DayStrip({
  days,
  selected,
  mpp,
  onSelect,
}: {
  days: SlotDay[];
  selected: string | undefined;
  mpp: BookingMpp;
  onSelect: (date: string) => void;
}) {
  const list = useRef<HTMLUListElement>(null);
  // Only where the page opens, not on every choice (the visitor is scrolling then).
  useEffect(() => {
    const pressed = list.current?.querySelector<HTMLElement>('[aria-pressed="true"]');
    pressed?.scrollIntoView({ block: 'nearest', inline: 'center' });
  }, []);
  return (
    <ul ref={list} className="day-strip">
      {days.map((day) => (
        <li key={day.date}>
          <DayButton day={day} mpp={mpp} isSelected={day.date === selected} onSelect={() => onSelect(day.date)} />
        </li>
      ))}
    </ul>
  );
}

function DayButton({
  day,
  mpp,
  isSelected,
  onSelect,
}: {
  day: SlotDay;
  mpp: BookingMpp;
  isSelected: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const summary = summariseDay(day);
  const parts = dayParts(day.date, i18n.language);
  return (
    <button
      type="button"
      className={`day day--${summary.kind}`}
      aria-pressed={isSelected}
      onClick={onSelect}
      data-date={day.date}
    >
      <span className="day__weekday">{parts.weekday}</span>
      <span className="day__date">{parts.day}</span>
      <span className="day__state">{daySummaryText(summary, mpp, t, i18n.language, true)}</span>
    </button>
  );
}

/** What a day offers, short for its button or in a sentence under the slots. */
export function daySummaryText(
  summary: DaySummary,
  mpp: BookingMpp,
  t: ReturnType<typeof useTranslation>['t'],
  language: string,
  isShort: boolean,
): string {
  const form = isShort ? 'short' : 'long';
  switch (summary.kind) {
    case 'open':
      return t(`booking.day.${form}.open`, { count: summary.seatsLeft });
    case 'full':
      return t(`booking.day.${form}.full`);
    case 'not_yet_open':
      if (!summary.opensAt) return t(`booking.day.${form}.notYetOpen`);
      return t(`booking.day.${form}.opens`, {
        when: (isShort ? formatWhenShort : formatWhen)(summary.opensAt, mpp.timeZone, language),
      });
    case 'closed':
      return t(`booking.day.${form}.closed`, { reason: summary.reason });
    case 'no_service':
      return t(`booking.day.${form}.noService`);
    case 'over':
      return t(`booking.day.${form}.over`);
  }
}
