import { useTranslation } from 'react-i18next';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A number pad on the screen: the kiosk has no keyboard, and a phone-style layout is familiar. */
export function Keypad({
  onDigit,
  onErase,
  onClear,
}: {
  onDigit: (d: string) => void;
  onErase: () => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="kiosk-keypad">
      {DIGITS.map((digit) => (
        <button key={digit} type="button" className="kiosk-key" onClick={() => onDigit(digit)}>
          {digit}
        </button>
      ))}
      <button type="button" className="kiosk-key kiosk-key--tool" onClick={onClear}>
        {t('kiosk.phone.clear')}
      </button>
      <button type="button" className="kiosk-key" onClick={() => onDigit('0')}>
        0
      </button>
      <button type="button" className="kiosk-key kiosk-key--tool" onClick={onErase} aria-label={t('kiosk.phone.erase')}>
        <span aria-hidden="true">⌫</span>
      </button>
    </div>
  );
}
