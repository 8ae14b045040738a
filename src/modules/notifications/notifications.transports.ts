import type { NotificationChannel, NotificationsConfig } from '../../config.js';
import { createHttpProviderTransport } from './transports/http-provider.transport.js';
import { createSmtpTransport } from './transports/smtp.transport.js';
import type { Transport } from './transports/transport.js';

/** Replaces the configured transport of a channel (tests, benchmarks). */
export type TransportOverrides = Partial<Record<NotificationChannel, Transport>>;

const CHANNELS: readonly NotificationChannel[] = ['email', 'sms', 'whatsapp'];

/** Every configuration problem of the transports, named after the variable that fixes it. */
export function findTransportProblems(config: NotificationsConfig): string[] {
  const problems: string[] = [];
  if (config.transports.email === 'smtp') {
    if (!config.smtp) problems.push('email is configured as smtp (NOTIFY_CHANNELS) but SMTP_URL is not set');
    else {
      if (!hasProtocol(config.smtp.url, ['smtp:', 'smtps:']))
        problems.push('SMTP_URL must be an smtp:// or smtps:// URL');
      if (!config.smtp.from.trim()) problems.push('SMTP_FROM (the sender address) is empty');
    }
  }
  const providers = {
    sms: { settings: config.smsProvider, variable: 'SMS_PROVIDER_URL' },
    whatsapp: { settings: config.whatsappProvider, variable: 'WHATSAPP_PROVIDER_URL' },
  } as const;
  for (const channel of ['sms', 'whatsapp'] as const) {
    if (config.transports[channel] !== 'http') continue;
    const { settings, variable } = providers[channel];
    if (!settings) problems.push(`${channel} is configured as http (NOTIFY_CHANNELS) but ${variable} is not set`);
    else if (!hasProtocol(settings.url, ['http:', 'https:'])) problems.push(`${variable} must be an http(s):// URL`);
  }
  return problems;
}

function hasProtocol(url: string, protocols: string[]): boolean {
  try {
    return protocols.includes(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * The real transport of each channel, made on first use and closed by `close()`; undefined
 * for a channel configured as `dev` (its messages are stored for the development page).
 */
export function createTransportSet(config: NotificationsConfig, overrides: TransportOverrides = {}) {
  const made = new Map<NotificationChannel, Transport>();

  function make(channel: NotificationChannel): Transport {
    if (channel === 'email') {
      if (!config.smtp) throw new Error('email is configured as smtp but SMTP_URL is not set');
      return createSmtpTransport(config.smtp);
    }
    const settings = channel === 'sms' ? config.smsProvider : config.whatsappProvider;
    if (!settings) throw new Error(`${channel} is configured as http but its provider URL is not set`);
    return createHttpProviderTransport(channel, settings);
  }

  return {
    /** The transport carrying this channel, or undefined when the channel is `dev`. */
    forChannel(channel: NotificationChannel): Transport | undefined {
      const override = overrides[channel];
      if (override) return override;
      if (config.transports[channel] === 'dev') return undefined;
      let transport = made.get(channel);
      if (!transport) {
        transport = make(channel);
        made.set(channel, transport);
      }
      return transport;
    },
    async close() {
      const open = [...made.values(), ...CHANNELS.flatMap((c) => overrides[c] ?? [])];
      made.clear();
      await Promise.all(open.map((t) => t.close()));
    },
  };
}

export type TransportSet = ReturnType<typeof createTransportSet>;
