import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { MyCounter } from '../../../api/queue-types.js';
import { useApi } from '../../../api/useApi.js';
import { useSession } from '../../../auth/session-context.js';
import { FormAlert } from '../../../components/form/FormAlert.js';
import { useSubmit } from '../../../components/form/useSubmit.js';
import { Loaded } from '../../../components/StatusViews.js';
import { usePageTitle } from '../../../hooks/usePageTitle.js';
import { queueStaffReads, queueStaffWrites } from '../../api/queue.js';
import { OpenCounterForm } from './OpenCounterForm.js';

/** The counters this officer may work at; open one (choosing its services) or go back to it. */
export function CounterPicker() {
  const { t } = useTranslation();
  usePageTitle(t('console.queue.desk.title'));
  const counters = useApi('my-counters', (signal) => queueStaffReads.listMyCounters(signal));
  return (
    <>
      <h1>{t('console.queue.desk.title')}</h1>
      <p>{t('console.queue.desk.pickIntro')}</p>
      <Loaded state={counters} isInline>
        {(items) =>
          items.length === 0 ? (
            <p className="notice">{t('console.queue.desk.noCounters')}</p>
          ) : (
            <ul className="cards">
              {items.map((item) => (
                <CounterCard key={item.counter.id} item={item} />
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}

function CounterCard({ item }: { item: MyCounter }) {
  const { t } = useTranslation();
  const { send } = useSession();
  const navigate = useNavigate();
  const [isOpening, setOpening] = useState(false);
  const { run, error, fieldErrors, isPending } = useSubmit();
  const { counter } = item;
  const path = `/loket/${encodeURIComponent(counter.id)}`;
  const isMine = item.state !== 'closed' && item.openedByMe;

  async function open(serviceIds: string[]) {
    const result = await run(() =>
      queueStaffWrites(send).openCounter(counter.id, serviceIds.length > 0 ? serviceIds : undefined),
    );
    if (result.ok) void navigate(path);
  }

  return (
    <li className="card">
      <h2 className="card__title">
        {t('console.queue.desk.counterTitle', { number: counter.number, label: counter.label })}
      </h2>
      <p className="card__meta">
        {counter.tenant.shortName} · {counter.mpp.name}
      </p>
      <p>
        <span className={`status-chip status-chip--${item.state}`}>{t(`queue.counterState.${item.state}`)}</span>{' '}
        {item.state !== 'closed'
          ? item.openedByMe
            ? t('console.queue.desk.openedByMe')
            : t('console.queue.desk.stateOpenByOther')
          : null}
      </p>
      <p className="card__meta">{item.services.map((s) => s.name).join(', ')}</p>
      <FormAlert error={error} fieldErrors={fieldErrors} />
      {isMine ? (
        <Link className="button button--primary" to={path}>
          {t('console.queue.desk.resume')}
        </Link>
      ) : isOpening ? (
        <OpenCounterForm
          item={item}
          isPending={isPending}
          onOpen={(ids) => void open(ids)}
          onCancel={() => setOpening(false)}
        />
      ) : (
        <button type="button" className="button button--primary" onClick={() => setOpening(true)}>
          {t('console.queue.desk.open')}
        </button>
      )}
    </li>
  );
}
