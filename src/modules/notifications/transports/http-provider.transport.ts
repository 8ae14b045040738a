import type { NotificationChannel } from '../../../config.js';
import { describeError, type OutgoingMessage, type SendResult, type Transport } from './transport.js';

export type HttpProviderSettings = { url: string; token?: string | undefined };

/**
 * SMS and WhatsApp through one HTTP provider adapter: POST `{id, to, text}` as JSON with a
 * bearer token and `Idempotency-Key: <outbox id>`. 2xx delivered (the provider's id from the
 * body's `id`), 429 and 5xx and network errors retried, any other 4xx a permanent failure.
 */
export function createHttpProviderTransport(
  channel: Exclude<NotificationChannel, 'email'>,
  settings: HttpProviderSettings,
): Transport {
  return {
    name: 'http',
    async send(message: OutgoingMessage, signal: AbortSignal): Promise<SendResult> {
      let response: Response;
      try {
        response = await fetch(settings.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/json',
            'idempotency-key': message.id,
            ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}),
          },
          body: JSON.stringify({ id: message.id, to: message.to, text: message.text }),
          signal,
        });
      } catch (error) {
        return { outcome: 'retry', error: describeError(error) };
      }
      const body = await response.text().catch(() => '');
      if (response.ok) return { outcome: 'delivered', ...providerIdOf(body) };
      const error = `${channel} provider answered HTTP ${response.status}${body ? `: ${body.slice(0, 200)}` : ''}`;
      const isPermanent = response.status >= 400 && response.status < 500 && response.status !== 429;
      return { outcome: isPermanent ? 'permanent' : 'retry', error };
    },
    async close() {},
  };
}

function providerIdOf(body: string): { providerMessageId?: string } {
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed && typeof parsed === 'object' && 'id' in parsed) {
      const id = (parsed as { id: unknown }).id;
      if (typeof id === 'string' || typeof id === 'number') return { providerMessageId: String(id).slice(0, 200) };
    }
  } catch {
    // A 2xx without a JSON body is still a delivery; there is just no provider id.
  }
  return {};
}
