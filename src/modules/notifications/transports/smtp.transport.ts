import { createTransport } from 'nodemailer';
import { describeError, type OutgoingMessage, type SendResult, type Transport } from './transport.js';

export type SmtpSettings = { url: string; from: string };

/** SMTP commands whose 5xx answer rejects this message or recipient for good. */
const PERMANENT_COMMANDS = new Set(['RCPT TO', 'DATA']);

type SmtpError = Error & { responseCode?: number; command?: string };

/**
 * Email through SMTP with nodemailer's pooled transport (connections are kept open and reused).
 * The Message-ID is `<outbox id@satupintu>`, so a redelivered message carries the same id.
 */
export function createSmtpTransport(settings: SmtpSettings, options: { maxConnections?: number } = {}): Transport {
  let mailer: ReturnType<typeof createMailer> | undefined;

  function createMailer() {
    return createTransport(
      { pool: true, url: settings.url, maxConnections: options.maxConnections ?? 8, maxMessages: 1000 },
      { from: settings.from },
    );
  }

  return {
    name: 'smtp',
    async send(message: OutgoingMessage, signal: AbortSignal): Promise<SendResult> {
      mailer ??= createMailer();
      try {
        const info = await mailer.sendMail({
          to: message.to,
          subject: message.subject ?? '',
          text: message.text,
          ...(message.html ? { html: message.html } : {}),
          messageId: `<${message.id}@satupintu>`,
          signal,
        });
        const queuedAs = /queued as ([\w.-]+)/i.exec(String(info.response ?? ''))?.[1];
        return { outcome: 'delivered', ...(queuedAs ? { providerMessageId: queuedAs } : {}) };
      } catch (error) {
        const smtp = error as SmtpError;
        const isPermanent =
          typeof smtp.responseCode === 'number' &&
          smtp.responseCode >= 500 &&
          PERMANENT_COMMANDS.has(String(smtp.command ?? ''));
        return { outcome: isPermanent ? 'permanent' : 'retry', error: describeError(error) };
      }
    },
    async close() {
      const open = mailer;
      mailer = undefined;
      open?.close();
    },
  };
}
