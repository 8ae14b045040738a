import './translations.js';
import { useTranslation } from 'react-i18next';
import { MY_DATA_URL } from '../api/account.js';
import { usePageTitle } from '../hooks/usePageTitle.js';
import { AccessLog } from './AccessLog.js';
import { DeletionSection } from './DeletionSection.js';

/** The citizen's rights over their data (UU 27/2022 PDP): a copy, who looked, erasure. */
export function MyDataPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.dataTitle'));
  return (
    <>
      <h1>{t('account.dataTitle')}</h1>
      <section className="form-section" aria-labelledby="download-heading">
        <h2 id="download-heading">{t('account.download')}</h2>
        <p>{t('account.downloadIntro')}</p>
        <a className="button button--primary" href={MY_DATA_URL} download>
          {t('account.downloadButton')}
        </a>
      </section>
      <section className="section" aria-labelledby="access-heading">
        <h2 id="access-heading">{t('account.accessLog')}</h2>
        <p>{t('account.accessLogIntro')}</p>
        <AccessLog />
      </section>
      <section className="section" aria-labelledby="deletion-heading">
        <h2 id="deletion-heading">{t('account.deletion')}</h2>
        <DeletionSection />
      </section>
    </>
  );
}
