import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('defaults to the embedded database in ./data on port 3000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, dataDir: './data', databaseUrl: undefined, seedDemoOnEmpty: true });
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const variables = (error as ConfigError).problems.map((p) => p.variable);
      expect(variables).toEqual(['PORT', 'DATABASE_URL', 'LOG_LEVEL']);
    }
  });

  it('requires a secret key and a real NIK verifier in production', () => {
    try {
      loadConfig({ NODE_ENV: 'production', NIK_VERIFIER: 'simulator' });
      expect.unreachable();
    } catch (error) {
      const variables = (error as ConfigError).problems.map((p) => p.variable);
      expect(variables).toEqual(['SECRET_KEY', 'NIK_VERIFIER']);
    }
    const ok = loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'a'.repeat(44) });
    expect(ok.identity.nikVerifier.kind).toBe('none');
    expect(ok.notifications.mode).toBe('live');
  });

  it('names an unknown notification channel or transport at start-up', () => {
    try {
      loadConfig({ NOTIFY_CHANNELS: 'email=smtp,pigeon=dev,sms=carrier' });
      expect.unreachable();
    } catch (error) {
      const messages = (error as ConfigError).problems.map((p) => `${p.variable}: ${p.message}`);
      expect(messages).toContain('NOTIFY_CHANNELS: unknown channel "pigeon" (email, sms, whatsapp)');
      expect(messages).toContain('NOTIFY_CHANNELS: unknown transport "carrier" for sms (http, dev)');
    }
  });

  it('requires the SMTP server when email goes over SMTP', () => {
    expect(() => loadConfig({ NOTIFY_CHANNELS: 'email=smtp' })).toThrow(/SMTP_URL/);
    expect(
      loadConfig({ NOTIFY_CHANNELS: 'email=smtp', SMTP_URL: 'smtp://127.0.0.1:2525' }).notifications.transports.email,
    ).toBe('smtp');
  });
});
