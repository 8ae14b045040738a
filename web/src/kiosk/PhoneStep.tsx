import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BackButton } from './BackButton.js';
import { Keypad } from './Keypad.js';
import { groupDigits, isMobileNumber, MAX_PHONE_DIGITS } from './phone.js';

/** The optional SMS number, typed on the on-screen keypad; skipping is one touch. */
export function PhoneStep({ onSubmit, onBack }: { onSubmit: (phone: string | null) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [digits, setDigits] = useState('');
  const [showInvalid, setShowInvalid] = useState(false);
  const isValid = isMobileNumber(digits);

  function submit() {
    if (digits === '') onSubmit(null);
    else if (isValid) onSubmit(digits);
    else setShowInvalid(true);
  }

  return (
    <section aria-labelledby="kiosk-step-title" className="kiosk-phone">
      <div>
        <h1 id="kiosk-step-title" className="kiosk-question">
          {t('kiosk.phone.question')}
        </h1>
        <p className="kiosk-hint">{t('kiosk.phone.hint')}</p>
        <p className="kiosk-phone__label" id="kiosk-phone-label">
          {t('kiosk.phone.label')}
        </p>
        <output
          className={showInvalid && !isValid ? 'kiosk-phone__value kiosk-phone__value--invalid' : 'kiosk-phone__value'}
          aria-labelledby="kiosk-phone-label"
          aria-live="polite"
        >
          {digits ? groupDigits(digits) : <span className="kiosk-muted">{t('kiosk.phone.placeholder')}</span>}
        </output>
        {showInvalid && !isValid ? (
          <p className="kiosk-error" role="alert">
            {t('kiosk.phone.invalid')}
          </p>
        ) : null}
        <div className="kiosk-actions">
          <button type="button" className="kiosk-button kiosk-button--primary" onClick={submit}>
            {digits ? t('kiosk.phone.submitWithSms') : t('kiosk.phone.submit')}
          </button>
          {digits ? (
            <button type="button" className="kiosk-button" onClick={() => onSubmit(null)}>
              {t('kiosk.phone.skip')}
            </button>
          ) : null}
        </div>
      </div>
      <Keypad
        onDigit={(d) => {
          setShowInvalid(false);
          setDigits((current) => (current.length < MAX_PHONE_DIGITS ? current + d : current));
        }}
        onErase={() => setDigits((current) => current.slice(0, -1))}
        onClear={() => setDigits('')}
      />
      <BackButton onBack={onBack} />
    </section>
  );
}
