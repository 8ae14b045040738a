import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api/client.js';
import { SERVICE_CATEGORIES, SERVICE_MODES } from '../api/types.js';
import { useApi } from '../api/useApi.js';
import { type SearchLinkParams, searchHref } from '../links.js';

/** Category, mode and province filters; applied with a button so changing a list never navigates by itself. */
export function SearchFilters({ params }: { params: SearchLinkParams }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const provinces = useApi('provinces', (signal) => api.listProvinces(signal));
  const isActive = Boolean(params.category || params.mode || params.provinceCode);

  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const read = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' && value ? value : undefined;
    };
    void navigate(
      searchHref({ ...params, category: read('category'), mode: read('mode'), provinceCode: read('provinceCode') }),
    );
  }

  return (
    <details className="filters" open={isActive}>
      <summary>{isActive ? t('search.filtersActive') : t('search.filters')}</summary>
      <form className="filters__form" onSubmit={apply}>
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('search.category')}</label>
          <select id={`${id}-category`} name="category" defaultValue={params.category ?? ''}>
            <option value="">{t('search.any')}</option>
            {SERVICE_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`category.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-mode`}>{t('search.mode')}</label>
          <select id={`${id}-mode`} name="mode" defaultValue={params.mode ?? ''}>
            <option value="">{t('search.any')}</option>
            {SERVICE_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-province`}>{t('search.province')}</label>
          <select
            id={`${id}-province`}
            name="provinceCode"
            defaultValue={params.provinceCode ?? ''}
            key={provinces.status}
          >
            <option value="">{t('search.any')}</option>
            {provinces.status === 'ready'
              ? provinces.data
                  .filter((p) => p.mppCount > 0)
                  .map((p) => (
                    <option key={p.code} value={p.code}>
                      {p.name}
                    </option>
                  ))
              : null}
          </select>
        </div>
        <button type="submit" className="button">
          {t('search.apply')}
        </button>
      </form>
    </details>
  );
}
