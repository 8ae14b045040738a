import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { takeScannedKey } from './check-in-code.js';

/**
 * On the first screen: "I have an appointment", above the agencies. A QR code shown to the
 * hand-held scanner here checks in at once, without touching anything first.
 */
export function AppointmentChoice({
  onChoose,
  onScanned,
}: {
  onChoose: () => void;
  onScanned: (code: string) => void;
}) {
  const { t } = useTranslation();
  const latest = useRef(onScanned);
  latest.current = onScanned;
  useEffect(() => {
    let buffer = '';
    let last = 0;
    const onKey = (event: KeyboardEvent) => {
      if (event.target instanceof HTMLInputElement) return;
      const now = Date.now();
      const taken = takeScannedKey(buffer, event.key, now - last);
      last = now;
      buffer = taken.buffer;
      if (taken.code) latest.current(taken.code);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <button type="button" className="kiosk-choice kiosk-appointment" onClick={onChoose}>
      <span className="kiosk-choice__title">{t('kioskCheckIn.choiceTitle')}</span>
      <span className="kiosk-choice__text">{t('kioskCheckIn.choiceText')}</span>
    </button>
  );
}
