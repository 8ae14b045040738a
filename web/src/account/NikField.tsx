import { useTranslation } from 'react-i18next';
import type { CitizenProfile } from '../api/identity-types.js';
import { Field } from '../components/form/Field.js';
import { formatDate } from '../format.js';
import { readNik } from './nik-hint.js';

/**
 * The NIK: the saved one is only ever shown masked; typing a new one shows, as it is typed,
 * how many digits are in and then what they say (region, birth date, sex), or which part is
 * wrong. The server's verdict (`error`) names the wrong part too and is shown under the box.
 */
export function NikField({
  profile,
  value,
  onChange,
  error,
}: {
  profile: CitizenProfile | null;
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const saved = profile?.nikMasked ?? null;
  const hint = readNik(value, i18n.language);
  return (
    <>
      {saved ? <SavedNik profile={profile} masked={saved} /> : null}
      <Field
        name="nik"
        label={saved ? t('account.nikChange') : t('account.nik')}
        hint={saved ? `${t('account.nikHint')} ${t('account.nikKeepHint')}` : t('account.nikHint')}
        error={error}
      >
        {(control) => (
          <>
            <input
              {...control}
              aria-describedby={[control['aria-describedby'], 'nik-live'].filter(Boolean).join(' ')}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={24}
              value={value}
              onChange={(event) => onChange(event.target.value)}
            />
            <p id="nik-live" className={hint.kind === 'problems' ? 'live-hint live-hint--problem' : 'live-hint'}>
              {hint.kind === 'partial' ? t('account.nikLive.digits', { count: hint.digits }) : null}
              {hint.kind === 'problems' ? hint.messages.join(' ') : null}
              {hint.kind === 'complete'
                ? [
                    t('account.nikLive.complete', {
                      region: hint.region,
                      date: formatDate(hint.birthDate, i18n.language),
                      sex: hint.sex === 'P' ? t('account.sexP') : t('account.sexL'),
                    }),
                    ...hint.warnings,
                  ].join(' ')
                : null}
            </p>
          </>
        )}
      </Field>
    </>
  );
}

function SavedNik({ profile, masked }: { profile: CitizenProfile | null; masked: string }) {
  const { t } = useTranslation();
  const verification = profile?.nikVerification;
  return (
    <div className="saved-value">
      <p className="saved-value__label">{t('account.nikSaved')}</p>
      <p className="saved-value__value nik-masked">{masked}</p>
      {verification ? (
        <p className={`badge badge--nik-${verification.status}`}>{t(`account.nikStatus.${verification.status}`)}</p>
      ) : null}
      {verification?.source === 'simulator' ? <p className="hint">{t('account.nikSourceSimulator')}</p> : null}
    </div>
  );
}
