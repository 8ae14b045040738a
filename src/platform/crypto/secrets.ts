import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Keys derived from the one master secret (SECRET_KEY) with HKDF, one per purpose, so a key
 * used for lookup hashes can never decrypt a NIK. Ciphertexts carry a version prefix (`v1.`)
 * so the master key can be rotated later by re-encrypting under a new version.
 */

export type Secrets = {
  /** AES-256-GCM; the purpose is bound as associated data, so a NIK ciphertext cannot be replayed as a TOTP secret. */
  encrypt(purpose: EncryptionPurpose, plaintext: string): string;
  decrypt(purpose: EncryptionPurpose, ciphertext: string): string;
  /** Keyed hash (HMAC-SHA-256) for looking up a value without storing it: NIK, OTP destinations, codes. */
  lookupHash(purpose: LookupPurpose, value: string): string;
  /**
   * A value derived from a secret input that only this deployment can compute: CSRF tokens, and
   * the key printed in a queue ticket's QR code that lets its holder cancel it.
   */
  sign(purpose: SigningPurpose, value: string): string;
};
export type EncryptionPurpose = 'nik' | 'totp';
export type LookupPurpose = 'nik' | 'otp_destination' | 'otp_code' | 'ip';
export type SigningPurpose = 'csrf' | 'ticket_access';

/** Hash of a random bearer token (session, API key, ticket); tokens carry 256 bits, so no key is needed. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** A new random token with a readable prefix (`sps_` session, `spk_` API key). */
export function newToken(prefix: string, random: (bytes: number) => Buffer = randomBytes): string {
  return `${prefix}${random(32).toString('base64url')}`;
}

function derive(master: Buffer, info: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `satupintu:${info}`, 32));
}

export function decodeSecretKey(value: string): Buffer {
  const key = Buffer.from(value.replaceAll('-', '+').replaceAll('_', '/'), 'base64');
  if (key.length < 32) throw new Error('SECRET_KEY must hold at least 32 bytes');
  return key;
}

export function createSecrets(masterKey: string): Secrets {
  const master = decodeSecretKey(masterKey);
  const encryptionKeys = { nik: derive(master, 'encrypt:nik'), totp: derive(master, 'encrypt:totp') };
  const lookupKeys = {
    nik: derive(master, 'lookup:nik'),
    otp_destination: derive(master, 'lookup:otp_destination'),
    otp_code: derive(master, 'lookup:otp_code'),
    ip: derive(master, 'lookup:ip'),
  };
  const signingKeys = { csrf: derive(master, 'sign:csrf'), ticket_access: derive(master, 'sign:ticket_access') };
  return {
    encrypt(purpose, plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKeys[purpose], iv);
      cipher.setAAD(Buffer.from(purpose));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(purpose, ciphertext) {
      if (!ciphertext.startsWith('v1.')) throw new Error('unknown ciphertext version');
      const raw = Buffer.from(ciphertext.slice(3), 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKeys[purpose], raw.subarray(0, 12));
      decipher.setAAD(Buffer.from(purpose));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    lookupHash(purpose, value) {
      return createHmac('sha256', lookupKeys[purpose]).update(value).digest('base64url');
    },
    sign(purpose, value) {
      return createHmac('sha256', signingKeys[purpose]).update(value).digest('base64url');
    },
  };
}

/**
 * The master secret for this process: SECRET_KEY when set; otherwise (embedded mode outside
 * production) one generated into DATA_DIR/secret.key on first start, readable by the owner only.
 */
export async function loadOrCreateSecretKey(options: { secretKey: string | undefined; file: string }): Promise<string> {
  if (options.secretKey) return options.secretKey;
  try {
    return (await readFile(options.file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('base64');
  await mkdir(dirname(options.file), { recursive: true });
  await writeFile(options.file, `${key}\n`, { mode: 0o600, flag: 'wx' }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  await chmod(options.file, 0o600);
  return (await readFile(options.file, 'utf8')).trim();
}
