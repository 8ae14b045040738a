import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real OpenID provider (panva's oidc-provider, the certified reference implementation) on
 * 127.0.0.1, for testing our OIDC client end to end. It signs in through oidc-provider's
 * development interactions, which accept any login name: `completeLoginAtProvider` drives them
 * without a browser.
 */

export type TestAccounts = Record<string, { email: string; name: string }>;

export type OidcProviderOptions = {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
  accounts: TestAccounts;
  /**
   * OIDC Core 5.4: with true (oidc-provider's default) email and name are only in the user info,
   * not the ID token; false puts them in the ID token as many providers do.
   */
  conformIdTokenClaims?: boolean;
};

type RequestHandler = (request: IncomingMessage, response: ServerResponse) => void;
type ProviderConstructor = new (
  issuer: string,
  configuration: Record<string, unknown>,
) => { callback(): RequestHandler };

/**
 * Warnings oidc-provider prints that are expected in a test: Node 20 is below its supported
 * LTS, dev interactions are on, and its state lives in memory.
 */
const EXPECTED_WARNINGS = ['Unsupported runtime', 'devInteractions is enabled', 'in-memory adapter is used'];

/** Lifetimes in seconds; set so oidc-provider does not print a notice for each default. */
const TTL = { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 };

export async function startOidcProvider(
  options: OidcProviderOptions,
): Promise<{ issuer: string; close(): Promise<void> }> {
  let handle: RequestHandler = (_request, response) => {
    response.writeHead(503).end();
  };
  const server = createServer((request, response) => handle(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const Provider = await withoutExpectedWarnings(loadProvider);
  const signingKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = await withoutExpectedWarnings(
    async () =>
      new Provider(issuer, {
        clients: [
          {
            client_id: options.clientId,
            client_secret: options.clientSecret,
            redirect_uris: options.redirectUris,
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        async findAccount(_context: unknown, id: string) {
          const account = options.accounts[id];
          if (account === undefined) return undefined;
          return {
            accountId: id,
            async claims() {
              return { sub: id, email: account.email, email_verified: true, name: account.name };
            },
          };
        },
        claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
        scopes: ['openid', 'email', 'profile'],
        conformIdTokenClaims: options.conformIdTokenClaims ?? true,
        pkce: { required: () => true },
        ttl: TTL,
        features: { devInteractions: { enabled: true } },
        cookies: { keys: [randomBytes(32).toString('base64url')] },
        jwks: { keys: [{ ...signingKey, alg: 'RS256', use: 'sig', kid: 'test-signing-key' }] },
      }),
  );
  handle = provider.callback();

  return {
    issuer,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

/**
 * Drives a browserless sign-in: follows the authorization URL through oidc-provider's dev interactions (login as `subject`, confirm consent) and returns the final redirect URL to the client's redirect_uri (with code and state), WITHOUT requesting it.
 * The redirect URI must be on another origin than the provider (another port is enough).
 */
export async function completeLoginAtProvider(authorizationUrl: string, subject: string): Promise<string> {
  const providerOrigin = new URL(authorizationUrl).origin;
  const jar = createCookieJar();
  let next = new URL(authorizationUrl);
  for (let step = 0; step < 12; step += 1) {
    const response = await fetch(next, { redirect: 'manual', headers: jar.headerFor(next) });
    jar.store(response, next);
    const location = response.headers.get('location');
    if (isRedirect(response.status) && location !== null) {
      next = new URL(location, next);
      if (next.origin !== providerOrigin) return next.href;
      continue;
    }
    const html = await response.text();
    if (response.status !== 200 || !next.pathname.startsWith('/interaction/')) {
      throw new Error(`Unexpected ${response.status} from ${next.pathname}: ${html.slice(0, 300)}`);
    }
    next = await submitInteraction(next, html, subject, jar);
    if (next.origin !== providerOrigin) return next.href;
  }
  throw new Error('The provider did not redirect back to the client within 12 steps');
}

/** Answers the dev interaction page: the login form (any password is accepted) or the consent form. */
async function submitInteraction(page: URL, html: string, subject: string, jar: CookieJar): Promise<URL> {
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  const prompt = /name="prompt" value="(login|consent)"/.exec(html)?.[1];
  if (action === undefined || prompt === undefined) {
    throw new Error(`No login or consent form at ${page.pathname}: ${html.slice(0, 300)}`);
  }
  const target = new URL(action.replaceAll('&amp;', '&'), page);
  const form =
    prompt === 'login'
      ? new URLSearchParams({ prompt, login: subject, password: 'any' })
      : new URLSearchParams({ prompt });
  const response = await fetch(target, {
    method: 'POST',
    redirect: 'manual',
    headers: { ...jar.headerFor(target), 'content-type': 'application/x-www-form-urlencoded' },
    body: form,
  });
  jar.store(response, target);
  const location = response.headers.get('location');
  if (!isRedirect(response.status) || location === null) {
    throw new Error(`The ${prompt} form answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  }
  return new URL(location, target);
}

type CookieJar = ReturnType<typeof createCookieJar>;

/** Just enough of a browser's cookie store: name, value and path; expired cookies are dropped. */
function createCookieJar() {
  const cookies = new Map<string, { name: string; value: string; path: string }>();
  return {
    store(response: Response, url: URL) {
      for (const header of response.headers.getSetCookie()) {
        const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
        const separator = pair.indexOf('=');
        const name = pair.slice(0, separator);
        const value = pair.slice(separator + 1);
        const pathAttribute = attributes.find((a) => a.toLowerCase().startsWith('path='));
        const path = pathAttribute?.slice('path='.length) || defaultPath(url);
        const expires = attributes.find((a) => a.toLowerCase().startsWith('expires='));
        const isExpired = expires !== undefined && Date.parse(expires.slice('expires='.length)) <= Date.now();
        const key = `${name};${path}`;
        if (isExpired || value === '') cookies.delete(key);
        else cookies.set(key, { name, value, path });
      }
    },
    headerFor(url: URL): Record<string, string> {
      const matching = [...cookies.values()].filter((c) => url.pathname.startsWith(c.path));
      return matching.length === 0 ? {} : { cookie: matching.map((c) => `${c.name}=${c.value}`).join('; ') };
    },
  };
}

function defaultPath(url: URL): string {
  const lastSlash = url.pathname.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : url.pathname.slice(0, lastSlash);
}

function isRedirect(status: number): boolean {
  return status >= 300 && status < 400;
}

async function loadProvider(): Promise<ProviderConstructor> {
  // oidc-provider ships no type declarations; a non-literal specifier keeps TypeScript from
  // looking for them, and the constructor type above covers what this file uses.
  const specifier: string = 'oidc-provider';
  const module = (await import(specifier)) as { default: ProviderConstructor };
  return module.default;
}

async function withoutExpectedWarnings<T>(run: () => Promise<T>): Promise<T> {
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    const [first] = args;
    if (typeof first === 'string' && EXPECTED_WARNINGS.some((w) => first.includes(w))) return;
    warn(...args);
  };
  try {
    return await run();
  } finally {
    console.warn = warn;
  }
}
