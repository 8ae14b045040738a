import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useApi } from '../api/useApi.js';
import { formatNear, useGeolocation } from '../hooks/useGeolocation.js';
import { GeoStatus } from './GeoStatus.js';
import { MppCard } from './MppCard.js';
import { Loaded } from './StatusViews.js';

const SHOWN = 5;

/** "Cari MPP terdekat" on the home page: the position is asked for only when the button is pressed. */
export function NearestMpps() {
  const { t } = useTranslation();
  const { state: geo, locate, isSupported } = useGeolocation();
  const near = geo.status === 'located' ? formatNear(geo.latitude, geo.longitude) : null;
  const nearest = useApi(near ? `nearest:${near}` : null, (signal) => api.listNearestMpps(near ?? '', SHOWN, signal));

  if (!isSupported) return null;
  return (
    <section className="section" aria-labelledby="nearest-heading">
      <h2 id="nearest-heading">{t('home.nearestHeading')}</h2>
      <button type="button" className="button" onClick={() => locate()} disabled={geo.status === 'locating'}>
        {t('geo.findNearest')}
      </button>
      <GeoStatus state={geo} />
      {near ? (
        <Loaded state={nearest} isInline>
          {(items) => (
            <ul className="cards">
              {items.map(({ mpp, distanceKm }) => (
                <MppCard key={mpp.id} mpp={mpp} distanceKm={distanceKm} />
              ))}
            </ul>
          )}
        </Loaded>
      ) : null}
    </section>
  );
}
