import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type SearchLinkParams, searchHref } from '../links.js';

/**
 * The search box. Submitting navigates to /cari, so results have a URL that can be shared
 * and the back button works. `scope` carries filters (an MPP, a location) into the search.
 */
export function SearchForm({
  initialQuery = '',
  scope = {},
  label,
  isLarge = false,
}: {
  initialQuery?: string;
  scope?: Omit<SearchLinkParams, 'q'>;
  label?: string;
  isLarge?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const inputId = useId();
  const [query, setQuery] = useState(initialQuery);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const q = query.trim();
    if (!q) return;
    void navigate(searchHref({ ...scope, q }));
  }

  return (
    <search className={isLarge ? 'search-form search-form--large' : 'search-form'}>
      <form onSubmit={submit}>
        <label htmlFor={inputId} className="search-form__label">
          {label ?? t('search.label')}
        </label>
        <div className="search-form__row">
          <input
            id={inputId}
            name="q"
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={t('search.placeholder')}
            autoComplete="off"
            enterKeyHint="search"
            required
            minLength={1}
            maxLength={200}
          />
          <button type="submit" className="button button--primary">
            {t('search.submit')}
          </button>
        </div>
      </form>
    </search>
  );
}
