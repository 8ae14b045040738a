import { describe, expect, it } from 'vitest';
import { fixedClock } from '../../platform/clock.js';
import type { Database } from '../../platform/db/database.js';
import { createNotificationsModule } from './index.js';
import { maskRecipient, normaliseRecipient } from './notifications.recipients.js';
import {
  findTemplateProblems,
  type NotificationEvent,
  renderMessage,
  SMS_MAX_LENGTH,
  TEMPLATES,
} from './notifications.templates.js';
import { retryDelayMs } from './notifications.worker.js';
import { notificationsConfig } from './testing/notifications-factories.js';
import type { TemplateDefinition } from './templates/define-templates.js';

const EVENTS = Object.keys(TEMPLATES) as NotificationEvent[];

/** validate() reads no table: a database that refuses every call proves it. */
const noDatabase: Database = {
  kind: 'pglite',
  query: () => Promise.reject(new Error('no database in this test')),
  exec: () => Promise.reject(new Error('no database in this test')),
  transaction: () => Promise.reject(new Error('no database in this test')),
  listen: () => Promise.reject(new Error('no database in this test')),
  close: async () => {},
};

function moduleWith(config: Parameters<typeof notificationsConfig>[0]) {
  return createNotificationsModule({
    db: noDatabase,
    clock: fixedClock('2026-11-25T03:00:00Z'),
    environment: 'test',
    config: notificationsConfig(config),
  });
}

describe('templates', () => {
  it.each(EVENTS)('%s renders on every channel in Bahasa Indonesia and English', (event) => {
    for (const language of ['id', 'en'] as const) {
      const params = TEMPLATES[event].params;
      const email = renderMessage(event, 'email', language, params);
      expect(email.subject).toBeTruthy();
      expect(email.text).not.toMatch(/[{}]/);
      expect(email.html).toContain(`lang="${language}"`);
      const sms = renderMessage(event, 'sms', language, params);
      expect(sms.text.length).toBeLessThanOrEqual(SMS_MAX_LENGTH);
      expect(renderMessage(event, 'whatsapp', language, params).text).not.toMatch(/[{}]/);
    }
  });

  it('renders the OTP SMS in Bahasa Indonesia as written with the security warning', () => {
    expect(renderMessage('identity.otp_requested', 'sms', 'id', { code: '123456', minutes: 5 }).text).toBe(
      'Kode SatuPintu Anda: 123456. Berlaku 5 menit. Jangan berikan kode ini kepada siapa pun, termasuk petugas.',
    );
  });

  it('escapes parameters in the HTML alternative', () => {
    const html = renderMessage('identity.deletion_completed', 'email', 'en', { name: '<b>Eve</b>' }).html;
    expect(html).toContain('&lt;b&gt;Eve&lt;/b&gt;');
  });

  it('finds no problem in the registry', () => {
    expect(findTemplateProblems()).toEqual([]);
  });

  it('names an undeclared placeholder, a missing language and an SMS that is too long', () => {
    const texts = { email: { subject: 'S {code}', text: 'T {code}' }, sms: 'Code {cod}', whatsapp: 'W {code}' };
    const broken = {
      'test.undeclared': { params: { code: '1' }, id: texts, en: texts },
      'test.no_english': { params: {}, id: { email: { subject: 's', text: 't' }, sms: 's', whatsapp: 'w' } },
      'test.long_sms': {
        params: { name: 'x'.repeat(150) },
        id: { email: { subject: '{name}', text: '{name}' }, sms: 'Halo {name}, selamat datang', whatsapp: '{name}' },
        en: { email: { subject: '{name}', text: '{name}' }, sms: '{name}', whatsapp: '{name}' },
      },
    } as unknown as Record<string, TemplateDefinition>;
    const problems = findTemplateProblems(broken);
    expect(problems).toContain('template test.undeclared (id, sms): placeholder {cod} is not a declared parameter');
    expect(problems).toContain('template test.no_english: no English (en) texts');
    expect(problems).toContain('template test.long_sms (id, sms): 171 characters with the example values (max 160)');
  });
});

describe('validate()', () => {
  it('passes with the dev transports', () => {
    expect(() => moduleWith({}).validate()).not.toThrow();
  });

  it('refuses email on smtp without SMTP settings, naming the variable', () => {
    const module = moduleWith({ transports: { email: 'smtp', sms: 'dev', whatsapp: 'dev' } });
    expect(() => module.validate()).toThrow(/email is configured as smtp .* but SMTP_URL is not set/);
  });

  it('refuses SMS and WhatsApp on http without a provider URL', () => {
    const module = moduleWith({ transports: { email: 'dev', sms: 'http', whatsapp: 'http' } });
    expect(() => module.validate()).toThrow(/SMS_PROVIDER_URL[\s\S]*WHATSAPP_PROVIDER_URL/);
  });

  it('refuses an SMTP URL that is not smtp://', () => {
    const module = moduleWith({
      transports: { email: 'smtp', sms: 'dev', whatsapp: 'dev' },
      smtp: { url: 'http://mail.example.com', from: 'noreply@example.com' },
    });
    expect(() => module.validate()).toThrow('SMTP_URL must be an smtp:// or smtps:// URL');
  });
});

describe('recipients', () => {
  it('masks phone numbers and email addresses', () => {
    expect(maskRecipient('+6281212345678')).toBe('+62812****5678');
    expect(maskRecipient('andi@example.com')).toBe('a***@example.com');
    expect(maskRecipient('')).toBe('');
  });

  it('keeps E.164 numbers only for SMS and lower-cases email addresses', () => {
    expect(normaliseRecipient('sms', '+6281234567890')).toBe('+6281234567890');
    expect(normaliseRecipient('sms', '081234567890')).toBeUndefined();
    expect(normaliseRecipient('email', ' Andi@Example.COM ')).toBe('andi@example.com');
    expect(normaliseRecipient('email', 'not-an-address')).toBeUndefined();
  });
});

describe('retry backoff', () => {
  it('doubles from 10 s, capped at one hour', () => {
    const middle = () => 0.5;
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, middle))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(12, middle)).toBe(3_600_000);
  });

  it('spreads retries by at most 20 % either way', () => {
    expect(retryDelayMs(1, () => 0)).toBe(8_000);
    expect(retryDelayMs(1, () => 0.999999)).toBeLessThanOrEqual(12_000);
    expect(retryDelayMs(30, () => 0.999999)).toBe(3_600_000);
  });
});
