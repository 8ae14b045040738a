import type { NotificationChannel } from '../../config.js';
import type { Language } from '../../platform/i18n.js';
import {
  type ChannelTexts,
  defineTemplates,
  type TemplateDefinition,
  type TemplateParams,
} from './templates/define-templates.js';
import { BOOKING_TEMPLATES } from './templates/booking.templates.js';
import { IDENTITY_TEMPLATES } from './templates/identity.templates.js';
import { QUEUE_TEMPLATES } from './templates/queue.templates.js';

export type { ChannelTexts, TemplateDefinition, TemplateParams };

/**
 * Message templates are code: a typed registry, so enqueuing an unknown event does not compile
 * and `findTemplateProblems()` checks every one at start-up. To add events for a module, write
 * `templates/<context>.templates.ts` with `defineTemplates({...})` and spread it into TEMPLATES.
 */

export const TEMPLATES = defineTemplates({
  ...IDENTITY_TEMPLATES,
  ...QUEUE_TEMPLATES,
  ...BOOKING_TEMPLATES,
});

/** Every event that has a template: `<context>.<past_tense>`. */
export type NotificationEvent = keyof typeof TEMPLATES;

/** The parameters one event's template declares (for callers that want them checked). */
export type NotificationParams<E extends NotificationEvent> = {
  [K in keyof (typeof TEMPLATES)[E]['params']]: string | number;
};

export const SMS_MAX_LENGTH = 160;
/** WhatsApp template bodies allow 1,024 characters. */
export const WHATSAPP_MAX_LENGTH = 1024;

export type RenderedMessage = { subject?: string; text: string; html?: string };

export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export function isNotificationEvent(value: string): value is NotificationEvent {
  return Object.hasOwn(TEMPLATES, value);
}

const PLACEHOLDER = /\{(\w+)\}/g;

function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Replaces `{name}`; a placeholder without a value is an error, never sent as "{name}". */
function fill(text: string, params: TemplateParams, where: string): string {
  return text.replace(PLACEHOLDER, (_whole, key: string) => {
    const value = params[key];
    if (value === undefined) throw new TemplateError(`${where}: no value for placeholder {${key}}`);
    return String(value);
  });
}

/** The declared parameters an enqueue call did not give (empty when complete). */
export function missingParams(event: NotificationEvent, params: TemplateParams): string[] {
  const declared: TemplateParams = TEMPLATES[event].params;
  return Object.keys(declared).filter((name) => params[name] === undefined || params[name] === '');
}

export function renderMessage(
  event: NotificationEvent,
  channel: NotificationChannel,
  language: Language,
  params: TemplateParams,
): RenderedMessage {
  return renderTexts(
    TEMPLATES[event][language],
    channel,
    language,
    params,
    `template ${event} (${language}, ${channel})`,
  );
}

function renderTexts(
  texts: ChannelTexts,
  channel: NotificationChannel,
  language: Language,
  params: TemplateParams,
  where: string,
): RenderedMessage {
  if (channel === 'email') {
    const text = fill(texts.email.text, params, where);
    return { subject: fill(texts.email.subject, params, where), text, html: textToHtml(text, language) };
  }
  return { text: fill(texts[channel], params, where) };
}

/** A plain HTML alternative: paragraphs from blank lines, links made clickable, all escaped. */
function textToHtml(text: string, language: Language): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map((p) => `<p>${linkify(escapeHtml(p)).replaceAll('\n', '<br>')}</p>`)
    .join('\n');
  return `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;line-height:1.5">\n${paragraphs}\n</body></html>`;
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

const LANGUAGES: readonly Language[] = ['id', 'en'];
const CHANNELS: readonly NotificationChannel[] = ['email', 'sms', 'whatsapp'];

/**
 * Every problem of the registry, named: a missing language or channel, an empty text, a
 * placeholder the template does not declare, a declared parameter a language never uses, an SMS
 * longer than one segment with the example values.
 */
export function findTemplateProblems(templates: Record<string, TemplateDefinition> = TEMPLATES): string[] {
  const problems: string[] = [];
  for (const [event, template] of Object.entries(templates)) {
    const declared = Object.keys(template.params ?? {});
    for (const language of LANGUAGES) {
      const texts: Partial<ChannelTexts> | undefined = template[language];
      if (!texts) {
        problems.push(`template ${event}: no ${language === 'id' ? 'Bahasa Indonesia (id)' : 'English (en)'} texts`);
        continue;
      }
      const used = new Set<string>();
      for (const channel of CHANNELS) {
        const where = `template ${event} (${language}, ${channel})`;
        const parts =
          channel === 'email'
            ? [texts.email?.subject, texts.email?.text]
            : [texts[channel as Exclude<NotificationChannel, 'email'>]];
        if (parts.some((p) => typeof p !== 'string' || p.trim() === '')) {
          problems.push(`${where}: missing or empty text`);
          continue;
        }
        const undeclared = (parts as string[]).flatMap(placeholdersOf).filter((name) => {
          used.add(name);
          return !declared.includes(name);
        });
        for (const name of new Set(undeclared))
          problems.push(`${where}: placeholder {${name}} is not a declared parameter`);
        if (undeclared.length > 0) continue;
        const rendered = renderTexts(texts as ChannelTexts, channel, language, template.params, where);
        if (channel === 'sms' && rendered.text.length > SMS_MAX_LENGTH)
          problems.push(`${where}: ${rendered.text.length} characters with the example values (max ${SMS_MAX_LENGTH})`);
        if (channel === 'whatsapp' && rendered.text.length > WHATSAPP_MAX_LENGTH)
          problems.push(`${where}: ${rendered.text.length} characters (max ${WHATSAPP_MAX_LENGTH})`);
      }
      for (const name of declared) {
        if (!used.has(name))
          problems.push(`template ${event} (${language}): declared parameter {${name}} is never used`);
      }
    }
  }
  return problems;
}
