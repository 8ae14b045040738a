import { useTranslation } from 'react-i18next';
import { listMyAccessLog } from '../api/account.js';
import type { AccessLogItem } from '../api/identity-types.js';
import { useApi } from '../api/useApi.js';
import { Loaded } from '../components/StatusViews.js';
import { localeOf } from '../i18n/setup.js';

/** "Siapa yang melihat data saya": every officer's read or change of the citizen's data. */
export function AccessLog() {
  const { t } = useTranslation();
  const log = useApi('access-log', (signal) => listMyAccessLog(signal));
  return (
    <Loaded state={log} isInline>
      {(items) =>
        items.length === 0 ? (
          <p>{t('account.accessLogEmpty')}</p>
        ) : (
          <>
            <AccessCards items={items} />
            <AccessTable items={items} />
          </>
        )
      }
    </Loaded>
  );
}

/** The words of one entry, shared by the phone's cards and the wider screen's table. */
function useEntryText() {
  const { t, i18n } = useTranslation();
  const when = new Intl.DateTimeFormat(localeOf(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  return {
    when: (item: AccessLogItem) => when.format(new Date(item.occurredAt)),
    roles: (item: AccessLogItem) => item.actorRoles.map((role) => t(`role.${role}`, { defaultValue: role })).join(', '),
    what: (item: AccessLogItem) => t(`auditAction.${item.action.replace(/\./g, '_')}`, { defaultValue: item.action }),
    why: (item: AccessLogItem) => item.reason ?? t('form.none'),
    where: (item: AccessLogItem) => [item.tenantName, item.mppName].filter(Boolean).join(', ') || t('form.none'),
  };
}

/** On a phone: one card per entry (a five-column table does not fit 360 px). */
function AccessCards({ items }: { items: AccessLogItem[] }) {
  const { t } = useTranslation();
  const text = useEntryText();
  return (
    <ol className="cards cards--single access-cards" aria-label={t('account.accessLogCaption')}>
      {items.map((item) => (
        <li key={item.id} className="card">
          <h3 className="card__title">{text.what(item)}</h3>
          <dl className="facts facts--stacked">
            <div>
              <dt>{t('account.when')}</dt>
              <dd>{text.when(item)}</dd>
            </div>
            <div>
              <dt>{t('account.who')}</dt>
              <dd>
                {item.actorLabel}
                {item.actorRoles.length > 0 ? ` (${text.roles(item)})` : ''}
              </dd>
            </div>
            <div>
              <dt>{t('account.why')}</dt>
              <dd>{text.why(item)}</dd>
            </div>
            <div>
              <dt>{t('account.where')}</dt>
              <dd>{text.where(item)}</dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}

function AccessTable({ items }: { items: AccessLogItem[] }) {
  const { t } = useTranslation();
  const text = useEntryText();
  return (
    // A wide table scrolls inside its own box on a phone; the box is focusable so the keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1).
    <section className="table-scroll access-table" aria-labelledby="access-caption" tabIndex={0}>
      <table className="data-table">
        <caption id="access-caption">{t('account.accessLogCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('account.when')}</th>
            <th scope="col">{t('account.who')}</th>
            <th scope="col">{t('account.what')}</th>
            <th scope="col">{t('account.why')}</th>
            <th scope="col">{t('account.where')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>{text.when(item)}</td>
              <td>
                {item.actorLabel}
                {item.actorRoles.length > 0 ? <span className="cell-meta">{text.roles(item)}</span> : null}
              </td>
              <td>{text.what(item)}</td>
              <td>{text.why(item)}</td>
              <td>{text.where(item)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
