import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * A local SMTP server for tests and benchmarks (not used by the app): accepts everything
 * without authentication and records each message, or only its Message-ID and arrival time.
 */
export type ReceivedMail = {
  to: string[];
  messageId: string;
  subject: string;
  /** The raw message with quoted-printable soft breaks and escapes decoded (tests only). */
  decoded: string;
  receivedAt: number;
};

export type SmtpSink = {
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
};

export async function startSmtpSink(options: { keepContent?: boolean } = {}): Promise<SmtpSink> {
  const keepContent = options.keepContent ?? true;
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const headerEnd = raw.indexOf('\r\n\r\n');
        const headers = unfold(raw.slice(0, headerEnd < 0 ? raw.length : headerEnd));
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address),
          messageId: headerValue(headers, 'message-id'),
          subject: headerValue(headers, 'subject'),
          decoded: keepContent ? decodeQuotedPrintable(raw) : '',
          receivedAt: performance.now(),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function unfold(headers: string): string {
  return headers.replace(/\r\n[ \t]+/g, ' ');
}

function headerValue(headers: string, name: string): string {
  const line = headers.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name}:`));
  return line ? line.slice(name.length + 1).trim() : '';
}

export function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  return Buffer.from(
    joined.replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
    'latin1',
  ).toString('utf8');
}
