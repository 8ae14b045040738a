import type { LoggerOptions } from 'pino';

/**
 * Personal data never reaches the logs in clear (UU 27/2022): NIK, phone, email and address
 * fields are censored wherever they appear in a logged object, and query strings are dropped
 * from logged URLs because they can carry them.
 */
export const REDACTED_PATHS = [
  '*.nik',
  '*.phone',
  '*.phoneNumber',
  '*.email',
  '*.address',
  '*.password',
  '*.otp',
  '*.token',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  '*.*.nik',
  '*.*.phone',
  '*.*.email',
];

const NIK_PATTERN = /\b\d{16}\b/g;
const PHONE_PATTERN = /(\+62|\b0)8\d{7,12}\b/g;
const EMAIL_PATTERN = /[\w.+-]+@[\w-]+\.[\w.-]+/g;

/** Masks personal data in a free-text string (URLs, messages). */
export function redactText(text: string): string {
  return text.replace(NIK_PATTERN, '[NIK]').replace(PHONE_PATTERN, '[PHONE]').replace(EMAIL_PATTERN, '[EMAIL]');
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    serializers: {
      req(request: { method: string; url: string; id: string; ip?: string }) {
        const [path] = request.url.split('?');
        return { method: request.method, url: redactText(path ?? '/'), requestId: request.id };
      },
    },
  };
}
