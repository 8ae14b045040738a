import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createOidcClient,
  type OidcClient,
  OidcError,
  type OidcErrorReason,
} from '../src/modules/identity/identity.oidc.js';
import { completeLoginAtProvider, startOidcProvider } from './support/oidc-provider.js';

const CLIENT_ID = 'satupintu-test';
const CLIENT_SECRET = 'a-long-test-client-secret-of-32-bytes';
/** Never requested: the provider only redirects the (simulated) browser to it. */
const REDIRECT_URI = 'http://127.0.0.1:9/api/v1/auth/oidc/callback';
const ACCOUNTS = { 'citizen-001': { email: 'siti@example.test', name: 'Siti Aminah' } };

type Provider = Awaited<ReturnType<typeof startOidcProvider>>;

function clientFor(provider: Provider, clientSecret = CLIENT_SECRET): OidcClient {
  return createOidcClient({ issuerUrl: provider.issuer, clientId: CLIENT_ID, clientSecret, allowInsecureHttp: true });
}

async function signIn(client: OidcClient, subject = 'citizen-001') {
  const { url, pending } = await client.begin({ redirectUri: REDIRECT_URI });
  const callbackUrl = new URL(await completeLoginAtProvider(url, subject));
  return { callbackUrl, pending };
}

async function reasonOf(promise: Promise<unknown>): Promise<OidcErrorReason> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(OidcError);
  return (error as OidcError).reason;
}

describe('OIDC client against a real OpenID provider', () => {
  let provider: Provider;

  beforeAll(async () => {
    provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [REDIRECT_URI],
      accounts: ACCOUNTS,
    });
  });

  afterAll(async () => {
    await provider.close();
  });

  it('signs in and returns the subject, verified email and name', async () => {
    const client = clientFor(provider);
    const { callbackUrl, pending } = await signIn(client);
    expect(callbackUrl.href.startsWith(REDIRECT_URI)).toBe(true);
    const claims = await client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI });
    expect(claims).toEqual({
      subject: 'citizen-001',
      email: 'siti@example.test',
      emailVerified: true,
      name: 'Siti Aminah',
    });
  });

  it('sends state, nonce and an S256 PKCE challenge in the authorization URL', async () => {
    const { url, pending } = await clientFor(provider).begin({ redirectUri: REDIRECT_URI });
    const params = new URL(url).searchParams;
    expect(params.get('state')).toBe(pending.state);
    expect(params.get('nonce')).toBe(pending.nonce);
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).not.toBe(pending.codeVerifier);
    expect(params.get('scope')).toBe('openid email profile');
    expect(params.get('redirect_uri')).toBe(REDIRECT_URI);
  });

  it('rejects a callback whose state was tampered with', async () => {
    const client = clientFor(provider);
    const { callbackUrl, pending } = await signIn(client);
    callbackUrl.searchParams.set('state', `${pending.state}x`);
    expect(await reasonOf(client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI }))).toBe('state_mismatch');
  });

  it('fails the token exchange with a wrong client secret', async () => {
    const client = clientFor(provider, 'not-the-secret');
    const { callbackUrl, pending } = await signIn(client);
    expect(await reasonOf(client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI }))).toBe(
      'token_exchange_failed',
    );
  });

  it('fails the token exchange with the wrong PKCE verifier', async () => {
    const client = clientFor(provider);
    const { callbackUrl, pending } = await signIn(client);
    const wrong = { ...pending, codeVerifier: `${pending.codeVerifier.slice(1)}A` };
    expect(await reasonOf(client.complete({ callbackUrl, pending: wrong, redirectUri: REDIRECT_URI }))).toBe(
      'token_exchange_failed',
    );
  });

  it('refuses to spend an authorization code twice', async () => {
    const client = clientFor(provider);
    const { callbackUrl, pending } = await signIn(client);
    await client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI });
    expect(await reasonOf(client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI }))).toBe(
      'token_exchange_failed',
    );
  });

  it('rejects an ID token whose nonce is not the pending sign-in’s', async () => {
    const client = clientFor(provider);
    const { callbackUrl, pending } = await signIn(client);
    const wrong = { ...pending, nonce: 'another-nonce' };
    expect(await reasonOf(client.complete({ callbackUrl, pending: wrong, redirectUri: REDIRECT_URI }))).toBe(
      'invalid_id_token',
    );
  });

  it('reports an error answer from the provider as authorization_denied', async () => {
    const client = clientFor(provider);
    const { pending } = await client.begin({ redirectUri: REDIRECT_URI });
    const callbackUrl = new URL(REDIRECT_URI);
    callbackUrl.search = new URLSearchParams({
      error: 'access_denied',
      state: pending.state,
      iss: provider.issuer,
    }).toString();
    expect(await reasonOf(client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI }))).toBe(
      'authorization_denied',
    );
  });

  it('rejects a callback that names another issuer (RFC 9207 mix-up defence)', async () => {
    const client = clientFor(provider);
    const { callbackUrl, pending } = await signIn(client);
    callbackUrl.searchParams.set('iss', 'https://evil.example');
    expect(await reasonOf(client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI }))).toBe('state_mismatch');
  });
});

describe('OIDC client against a provider that puts profile claims in the ID token', () => {
  it('reads email and name from the ID token', async () => {
    const provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [REDIRECT_URI],
      accounts: ACCOUNTS,
      conformIdTokenClaims: false,
    });
    try {
      const client = clientFor(provider);
      const { callbackUrl, pending } = await signIn(client);
      expect(await client.complete({ callbackUrl, pending, redirectUri: REDIRECT_URI })).toEqual({
        subject: 'citizen-001',
        email: 'siti@example.test',
        emailVerified: true,
        name: 'Siti Aminah',
      });
    } finally {
      await provider.close();
    }
  });
});

describe('OIDC client discovery', () => {
  it('fails with discovery_failed when the issuer cannot be reached, and tries again next time', async () => {
    const client = createOidcClient({
      issuerUrl: 'http://127.0.0.1:9',
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      allowInsecureHttp: true,
      timeoutSeconds: 2,
    });
    expect(await reasonOf(client.begin({ redirectUri: REDIRECT_URI }))).toBe('discovery_failed');
    expect(await reasonOf(client.begin({ redirectUri: REDIRECT_URI }))).toBe('discovery_failed');
  });

  it('refuses a plain-http issuer unless insecure http is allowed', async () => {
    const provider = await startOidcProvider({
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUris: [REDIRECT_URI],
      accounts: ACCOUNTS,
    });
    try {
      const client = createOidcClient({ issuerUrl: provider.issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET });
      expect(await reasonOf(client.begin({ redirectUri: REDIRECT_URI }))).toBe('discovery_failed');
    } finally {
      await provider.close();
    }
  });
});
