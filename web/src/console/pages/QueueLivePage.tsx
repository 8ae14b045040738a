import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePageTitle } from '../../hooks/usePageTitle.js';
import { LiveBoard } from '../components/queue/live/LiveBoard.js';
import { MppPicker } from '../components/MppPicker.js';
import { useScopedMpps } from '../scoped-lists.js';

/** /console/antrean: the manager's live view of an MPP's queue (the MPP is in the URL, ?mpp=). */
export function QueueLivePage() {
  const { t } = useTranslation();
  usePageTitle(t('console.queue.live.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const mpps = useScopedMpps('queue.monitor');
  const chosen =
    searchParams.get('mpp') ?? (mpps.status === 'ready' && mpps.data.length === 1 ? (mpps.data[0]?.slug ?? '') : '');
  return (
    <>
      <h1>{t('console.queue.live.title')}</h1>
      <MppPicker mpps={mpps} value={chosen} onChange={(slug) => setSearchParams(slug ? { mpp: slug } : {})} />
      {chosen ? <LiveBoard key={chosen} mpp={chosen} /> : null}
    </>
  );
}
