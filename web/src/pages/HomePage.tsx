import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { useApi } from '../api/useApi.js';
import { NearestMpps } from '../components/NearestMpps.js';
import { ProvinceGroup } from '../components/ProvinceGroup.js';
import { SearchForm } from '../components/SearchForm.js';
import { Loaded } from '../components/StatusViews.js';
import { usePageTitle } from '../hooks/usePageTitle.js';

/** Below this many MPPs in total, every province starts unfolded. */
const UNFOLD_ALL_BELOW = 40;

export function HomePage() {
  const { t } = useTranslation();
  usePageTitle(undefined);
  const provinces = useApi('provinces', (signal) => api.listProvinces(signal));

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <SearchForm isLarge />
        <p className="hint">{t('home.examples')}</p>
      </section>

      <NearestMpps />

      <section className="section" aria-labelledby="provinces-heading">
        <h2 id="provinces-heading">{t('home.byProvince')}</h2>
        <Loaded state={provinces} isInline>
          {(items) => {
            const withMpps = items.filter((p) => p.mppCount > 0);
            if (withMpps.length === 0) return <p>{t('home.noMpps')}</p>;
            const total = withMpps.reduce((sum, p) => sum + p.mppCount, 0);
            return (
              <ul className="provinces">
                {withMpps.map((province) => (
                  <ProvinceGroup key={province.code} province={province} isInitiallyOpen={total < UNFOLD_ALL_BELOW} />
                ))}
              </ul>
            );
          }}
        </Loaded>
      </section>
    </>
  );
}
