import queueEn from '../i18n/queue.en.json' with { type: 'json' };
import queueId from '../i18n/queue.id.json' with { type: 'json' };
import { setupI18n } from '../i18n/setup.js';
import displayEn from './i18n/en.json' with { type: 'json' };
import displayId from './i18n/id.json' with { type: 'json' };

/** The board's words and the queue vocabulary only. */
const i18n = setupI18n({
  id: { translation: { ...queueId, ...displayId } },
  en: { translation: { ...queueEn, ...displayEn } },
});

export default i18n;
