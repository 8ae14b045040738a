import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** For a citizen who reads the booking code out (or shows it on paper): check in by typing it. */
export function CheckInByCode({
  isPending,
  onCheckIn,
}: {
  isPending: boolean;
  onCheckIn: (code: string) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = code.trim();
    if (!trimmed) return;
    if (await onCheckIn(trimmed)) setCode('');
  }
  return (
    <form className="checkin-code" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="checkin-code">{t('console.booking.checkIn.codeLabel')}</label>
        <p id="checkin-code-hint" className="field__hint">
          {t('console.booking.checkIn.codeHint')}
        </p>
        <div className="checkin-code__row">
          <input
            id="checkin-code"
            className="input--code"
            type="text"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            aria-describedby="checkin-code-hint"
            value={code}
            onChange={(event) => setCode(event.target.value.toUpperCase())}
          />
          <button type="submit" className="button button--primary" disabled={isPending || code.trim().length === 0}>
            {isPending ? t('console.booking.day.checkingIn') : t('console.booking.day.checkIn')}
          </button>
        </div>
      </div>
    </form>
  );
}
