import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions, redactText } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), lines };
}

describe('logging without personal data', () => {
  it('censors NIK, phone, email and address fields at any depth we log', () => {
    const { logger, lines } = capture();
    logger.info(
      { citizen: { nik: '3578015708900001', phone: '081234567890', email: 'a@b.id', address: 'Jl. X' } },
      'x',
    );
    const text = lines.join('');
    expect(text).not.toContain('3578015708900001');
    expect(text).not.toContain('081234567890');
    expect(text).not.toContain('a@b.id');
    expect(text).toContain('[REDACTED]');
  });

  it('masks NIKs, phone numbers and emails inside free text such as URLs', () => {
    expect(redactText('/api/x?nik=3578015708900001&hp=+6281234567890&mail=warga@contoh.id')).toBe(
      '/api/x?nik=[NIK]&hp=[PHONE]&mail=[EMAIL]',
    );
  });

  it('drops the query string from logged request URLs', () => {
    const options = loggerOptions('info');
    const serialise = options.serializers?.req as (r: { method: string; url: string; id: string }) => { url: string };
    expect(serialise({ method: 'GET', url: '/api/v1/search?q=3578015708900001', id: '1' }).url).toBe('/api/v1/search');
  });
});
