import { useTranslation } from 'react-i18next';
import type { MppDetail } from '../api/types.js';
import type { TFunction } from 'i18next';
import { formatInstant, getLocalDate } from '../format.js';

/** "Buka sekarang" or "Tutup · buka lagi Senin 08.00 WIB", with the MPP's local time. */
export function OpenState({ mpp }: { mpp: MppDetail }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const abbr = mpp.timeZoneAbbreviation;
  const localTime = formatInstant(mpp.localNow, mpp.timeZone, abbr, lang, {
    weekday: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  return (
    <div className="open-state">
      <p>
        <span className={mpp.isOpenNow ? 'badge badge--open' : 'badge badge--closed'}>
          {mpp.isOpenNow ? t('mpp.openNow') : t('mpp.closedNow')}
        </span>
        {!mpp.isOpenNow && mpp.nextOpeningAt ? (
          <span className="open-state__next"> {describeNextOpening(mpp, mpp.nextOpeningAt, t, lang)}</span>
        ) : null}
      </p>
      <p className="muted">{t('mpp.localTime', { time: localTime })}</p>
    </div>
  );
}

/** "Buka hari ini pukul 08.00 WIB", "Buka besok ...", or the weekday and date when further away. */
function describeNextOpening(mpp: MppDetail, nextOpeningAt: string, t: TFunction, lang: string): string {
  const abbr = mpp.timeZoneAbbreviation;
  const time = formatInstant(nextOpeningAt, mpp.timeZone, abbr, lang, { hour: '2-digit', minute: '2-digit' });
  const today = mpp.localNow.slice(0, 10);
  const day = getLocalDate(nextOpeningAt, mpp.timeZone);
  if (day === today) return t('mpp.opensToday', { time });
  if (day === addDays(today, 1)) return t('mpp.opensTomorrow', { time });
  const when = formatInstant(nextOpeningAt, mpp.timeZone, abbr, lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  return t('mpp.opensNext', { when });
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
