import type { NotificationChannel } from '../../../config.js';

/**
 * What every delivery transport implements. The outbox id travels with the message as its
 * idempotency key (SMTP Message-ID, HTTP Idempotency-Key), so a consumer that deduplicates sees
 * a redelivery after a crash as the same message.
 */
export type OutgoingMessage = {
  /** The outbox message id. */
  id: string;
  channel: NotificationChannel;
  to: string;
  subject?: string | undefined;
  text: string;
  html?: string | undefined;
};

/** `retry`: may work later (network, 5xx, 429); `permanent`: will never work (bad number, 4xx). */
export type SendResult =
  | { outcome: 'delivered'; providerMessageId?: string | undefined }
  | { outcome: 'retry'; error: string }
  | { outcome: 'permanent'; error: string };

export type Transport = {
  readonly name: string;
  /** Sends one message; `signal` aborts it when the attempt times out. Throwing counts as `retry`. */
  send(message: OutgoingMessage, signal: AbortSignal): Promise<SendResult>;
  close(): Promise<void>;
};

/** Error text for `last_error`, short. Callers redact personal data before storing it. */
export function describeError(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return text.slice(0, 500);
}
