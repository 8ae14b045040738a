import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { useApi } from '../../api/useApi.js';
import { Field } from '../../components/form/Field.js';
import { ErrorView } from '../../components/StatusViews.js';
import { Loaded } from '../../components/StatusViews.js';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { localeOf } from '../../i18n/setup.js';
import { adminReads } from '../api/admin.js';
import type { AuditEvent, AuditQuery } from '../api/admin-types.js';

const FILTERS = ['action', 'actor', 'subject', 'from', 'to'] as const;

/** The audit log, filtered by action, actor, subject and date; the filters live in the URL. */
export function AuditPage() {
  const { t } = useTranslation();
  usePageTitle(t('console.audit.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const query: AuditQuery = Object.fromEntries(
    FILTERS.map((key) => [key, searchParams.get(key) ?? undefined]).filter(([, value]) => value),
  );
  const [draft, setDraft] = useState<Record<(typeof FILTERS)[number], string>>(() => ({
    action: query.action ?? '',
    actor: query.actor ?? '',
    subject: query.subject ?? '',
    from: query.from?.slice(0, 10) ?? '',
    to: query.to?.slice(0, 10) ?? '',
  }));

  function apply(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const key of FILTERS) if (draft[key].trim()) next.set(key, draft[key].trim());
    setSearchParams(next);
  }

  return (
    <>
      <h1>{t('console.audit.title')}</h1>
      <form className="filters__form audit-filters" onSubmit={apply} aria-label={t('console.audit.filters')}>
        {FILTERS.map((key) => (
          <Field key={key} name={`audit-${key}`} label={t(`console.audit.${key}`)}>
            {(control) => (
              <input
                {...control}
                type={key === 'from' || key === 'to' ? 'date' : 'text'}
                value={draft[key]}
                onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
              />
            )}
          </Field>
        ))}
        <button type="submit" className="button button--primary">
          {t('search.apply')}
        </button>
      </form>
      <AuditResults key={searchParams.toString()} query={query} />
    </>
  );
}

/** Dates are whole local days: "to" includes the day chosen. */
function toInstantRange(query: AuditQuery): AuditQuery {
  const endOfDay = (date: string) => new Date(`${date}T23:59:59.999`).toISOString();
  const startOfDay = (date: string) => new Date(`${date}T00:00:00`).toISOString();
  return {
    ...query,
    ...(query.from ? { from: startOfDay(query.from) } : {}),
    ...(query.to ? { to: endOfDay(query.to) } : {}),
  };
}

function AuditResults({ query }: { query: AuditQuery }) {
  const { t } = useTranslation();
  const range = toInstantRange(query);
  const first = useApi(`audit:${JSON.stringify(range)}`, (signal) => adminReads.listAuditEvents(range, signal));
  const [more, setMore] = useState<AuditEvent[]>([]);
  const [cursor, setCursor] = useState<string | null | undefined>(undefined);
  const [moreError, setMoreError] = useState<unknown>(null);
  const [isLoading, setLoading] = useState(false);

  async function loadMore(from: string) {
    setLoading(true);
    setMoreError(null);
    try {
      const page = await adminReads.listAuditEvents({ ...range, cursor: from });
      setMore((items) => [...items, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setMoreError(error instanceof ApiError ? error : new Error(String(error)));
    } finally {
      setLoading(false);
    }
  }

  return (
    <Loaded state={first} isInline>
      {(page) => {
        const items = [...page.items, ...more];
        const next = cursor === undefined ? page.nextCursor : cursor;
        if (items.length === 0) return <p>{t('console.audit.none')}</p>;
        return (
          <>
            <AuditTable items={items} />
            {moreError ? <ErrorView error={moreError} isInline /> : null}
            {next ? (
              <button type="button" className="button" disabled={isLoading} onClick={() => void loadMore(next)}>
                {isLoading ? t('status.loading') : t('form.loadMore')}
              </button>
            ) : null}
          </>
        );
      }}
    </Loaded>
  );
}

function AuditTable({ items }: { items: AuditEvent[] }) {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'medium' });
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="audit-caption" className="visually-hidden">
          {t('console.audit.title')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('console.audit.when')}</th>
            <th scope="col">{t('console.audit.actor')}</th>
            <th scope="col">{t('console.audit.action')}</th>
            <th scope="col">{t('console.audit.outcome')}</th>
            <th scope="col">{t('console.audit.subject')}</th>
            <th scope="col">{t('console.audit.reason')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((event) => (
            <tr key={event.id}>
              <td>{when.format(new Date(event.occurredAt))}</td>
              <td>
                {event.actorLabel}
                {event.actorRoles.length > 0 ? (
                  <span className="cell-meta">
                    {event.actorRoles.map((r) => t(`role.${r}`, { defaultValue: r })).join(', ')}
                  </span>
                ) : null}
              </td>
              <td>
                <code className="mono">{event.action}</code>
              </td>
              <td>{t(`console.audit.outcomeLabel.${event.outcome}`, { defaultValue: event.outcome })}</td>
              <td>
                {event.subjectType ? `${event.subjectType} ` : ''}
                {event.subjectId ? <code className="mono">{event.subjectId}</code> : null}
              </td>
              <td>{event.reason ?? t('form.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
