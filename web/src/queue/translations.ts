import queueEn from '../i18n/queue.en.json' with { type: 'json' };
import queueId from '../i18n/queue.id.json' with { type: 'json' };
import { addTranslations } from '../i18n/setup.js';
import ticketEn from '../i18n/ticket.en.json' with { type: 'json' };
import ticketId from '../i18n/ticket.id.json' with { type: 'json' };

// Imported by the ticket page: the queue's words come with its chunk, not the portal's first download.
addTranslations({ id: { ...queueId, ...ticketId }, en: { ...queueEn, ...ticketEn } });
