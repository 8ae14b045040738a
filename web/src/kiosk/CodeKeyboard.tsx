import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CODE_DIGITS, CODE_LETTERS } from './check-in-code.js';

// A key keeps the focus in the code field, where a scanner types.
const keepFocus = (event: MouseEvent) => event.preventDefault();

/** The booking code's alphabet (src/domain/booking), digits then letters, keys large enough for a finger. */
export function CodeKeyboard({ onKey, onErase }: { onKey: (key: string) => void; onErase: () => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="kiosk-code-keys">
      <legend className="visually-hidden">{t('kioskCheckIn.keyboard')}</legend>
      {[...CODE_DIGITS, ...CODE_LETTERS].map((key) => (
        <button key={key} type="button" className="kiosk-key" onMouseDown={keepFocus} onClick={() => onKey(key)}>
          {key}
        </button>
      ))}
      <button
        type="button"
        className="kiosk-key kiosk-key--tool"
        onMouseDown={keepFocus}
        onClick={onErase}
        aria-label={t('kioskCheckIn.erase')}
      >
        <span aria-hidden="true">⌫</span>
      </button>
    </fieldset>
  );
}
