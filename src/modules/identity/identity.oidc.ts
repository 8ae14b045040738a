import * as oidc from 'openid-client';

/**
 * Sign-in with an external OpenID Connect provider (an agency's or a region's SSO), with the
 * authorization code flow, PKCE (S256), state and nonce all used on every sign-in. The only
 * place that knows openid-client; callers get verified claims or an `OidcError` with a reason.
 */

/** Kept server-side between `begin` and `complete` (in the sign-in attempt, never in the browser). */
export type OidcPending = { state: string; nonce: string; codeVerifier: string };

/** Verified claims of the person who signed in. */
export type OidcClaims = {
  /** The provider's stable id of the person (`sub`); pair it with the issuer to identify them. */
  subject: string;
  email?: string;
  emailVerified?: boolean;
  name?: string;
  /** How they authenticated (`amr`, RFC 8176), e.g. ['pwd', 'otp'], when the provider says. */
  amr?: string[];
};

export type OidcClient = {
  readonly issuer: string;
  /** Starts a sign-in: the URL to redirect to and what must be kept server-side until the callback (state, nonce, PKCE verifier). */
  begin(input: { redirectUri: string }): Promise<{ url: string; pending: OidcPending }>;
  /**
   * Completes it from the full callback URL; returns verified claims or throws OidcError with a
   * reason. The token request repeats `redirectUri` (the one given to `begin`), not the URL the
   * request arrived on, so a reverse proxy that rewrites host or path does not break it; the
   * redirect URI must therefore carry no query string of its own.
   */
  complete(input: { callbackUrl: URL; pending: OidcPending; redirectUri: string }): Promise<OidcClaims>;
};

export type OidcClientConfig = {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Only for a provider on plain http in tests and local development. */
  allowInsecureHttp?: boolean | undefined;
  /** Default 'openid email profile'. */
  scope?: string | undefined;
  /** How the client secret is sent; default client_secret_basic, the OpenID Connect default. */
  tokenEndpointAuthMethod?: 'client_secret_basic' | 'client_secret_post' | undefined;
  /** Per request to the provider; default 10 seconds. */
  timeoutSeconds?: number | undefined;
};

/**
 * Why a sign-in failed.
 * - discovery_failed: the provider's metadata could not be fetched or was invalid;
 * - state_mismatch: the callback does not belong to the pending sign-in (state, or the RFC 9207
 *   `iss` parameter, differs or is missing): a replayed, forged or mixed-up response;
 * - authorization_denied: the provider answered with an error (the person cancelled, or the
 *   provider refused the client);
 * - token_exchange_failed: the code could not be exchanged (wrong client secret, expired code,
 *   PKCE failure, network error, timeout) or the user info could not be read;
 * - invalid_id_token: the ID token is missing or fails validation (nonce, audience, expiry...).
 */
export type OidcErrorReason =
  | 'discovery_failed'
  | 'state_mismatch'
  | 'authorization_denied'
  | 'token_exchange_failed'
  | 'invalid_id_token';

export class OidcError extends Error {
  readonly reason: OidcErrorReason;

  constructor(reason: OidcErrorReason, message: string, options?: { cause?: unknown }) {
    super(`${reason}: ${message}`, options);
    this.name = 'OidcError';
    this.reason = reason;
  }
}

const DEFAULT_SCOPE = 'openid email profile';
const DEFAULT_TIMEOUT_SECONDS = 10;

/** Failures of the HTTP exchange itself, as coded by openid-client / oauth4webapi. */
const TRANSPORT_ERROR_CODES = new Set([
  'OAUTH_RESPONSE_IS_NOT_CONFORM',
  'OAUTH_RESPONSE_IS_NOT_JSON',
  'OAUTH_TIMEOUT',
  'OAUTH_ABORT',
  'OAUTH_HTTP_REQUEST_FORBIDDEN',
  'OAUTH_REQUEST_PROTOCOL_FORBIDDEN',
]);

/** Discovers the provider lazily on first use and keeps its metadata; a failed discovery is retried next time. */
export function createOidcClient(config: OidcClientConfig): OidcClient {
  let discovering: Promise<oidc.Configuration> | undefined;

  function configuration(): Promise<oidc.Configuration> {
    discovering ??= discover(config).catch((error: unknown) => {
      discovering = undefined;
      throw new OidcError('discovery_failed', describe(error), { cause: error });
    });
    return discovering;
  }

  return {
    issuer: config.issuerUrl,

    async begin({ redirectUri }) {
      const server = await configuration();
      const pending: OidcPending = {
        state: oidc.randomState(),
        nonce: oidc.randomNonce(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
      };
      const url = oidc.buildAuthorizationUrl(server, {
        redirect_uri: redirectUri,
        scope: config.scope ?? DEFAULT_SCOPE,
        response_type: 'code',
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, pending };
    },

    async complete({ callbackUrl, pending, redirectUri }) {
      const server = await configuration();
      const response = checkCallback(callbackUrl, pending, server.serverMetadata());
      const current = new URL(redirectUri);
      current.search = response.toString();
      current.hash = '';

      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      try {
        tokens = await oidc.authorizationCodeGrant(server, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        });
      } catch (error) {
        throw new OidcError(classifyGrantError(error), describe(error), { cause: error });
      }
      const idToken = tokens.claims();
      if (idToken === undefined) throw new OidcError('invalid_id_token', 'no ID token in the token response');

      // Providers that follow OIDC Core 5.4 strictly put scope claims (email, name) only in the
      // user info, not in the ID token: read it when the ID token lacks an email.
      let userInfo: oidc.UserInfoResponse | undefined;
      if (idToken.email === undefined && server.serverMetadata().userinfo_endpoint !== undefined) {
        try {
          userInfo = await oidc.fetchUserInfo(server, tokens.access_token, idToken.sub);
        } catch (error) {
          throw new OidcError('token_exchange_failed', `user info: ${describe(error)}`, { cause: error });
        }
      }
      return claimsFrom(idToken, userInfo);
    },
  };
}

async function discover(config: OidcClientConfig): Promise<oidc.Configuration> {
  const clientAuth =
    config.tokenEndpointAuthMethod === 'client_secret_post'
      ? oidc.ClientSecretPost(config.clientSecret)
      : oidc.ClientSecretBasic(config.clientSecret);
  return oidc.discovery(new URL(config.issuerUrl), config.clientId, config.clientSecret, clientAuth, {
    execute: config.allowInsecureHttp ? [oidc.allowInsecureRequests] : [],
    timeout: config.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
  });
}

/** Checks the callback belongs to this sign-in before any code is spent; returns its parameters. */
function checkCallback(callbackUrl: URL, pending: OidcPending, server: oidc.ServerMetadata): URLSearchParams {
  const params = callbackUrl.searchParams;
  if (params.get('state') !== pending.state) {
    throw new OidcError('state_mismatch', 'the callback state is not the pending sign-in’s');
  }
  const iss = params.get('iss');
  const isIssRequired = server.authorization_response_iss_parameter_supported === true;
  if ((iss === null && isIssRequired) || (iss !== null && iss !== server.issuer)) {
    throw new OidcError('state_mismatch', 'the callback comes from another issuer (RFC 9207)');
  }
  const error = params.get('error');
  if (error !== null) {
    throw new OidcError('authorization_denied', `the provider answered ${error}`);
  }
  if (params.get('code') === null) {
    throw new OidcError('token_exchange_failed', 'the callback carries no authorization code');
  }
  return params;
}

function classifyGrantError(error: unknown): OidcErrorReason {
  if (error instanceof oidc.AuthorizationResponseError) return 'authorization_denied';
  if (error instanceof oidc.ResponseBodyError || error instanceof oidc.WWWAuthenticateChallengeError) {
    return 'token_exchange_failed';
  }
  if (error instanceof oidc.ClientError) {
    return error.code !== undefined && TRANSPORT_ERROR_CODES.has(error.code)
      ? 'token_exchange_failed'
      : 'invalid_id_token';
  }
  // A TypeError from fetch: the provider could not be reached.
  return 'token_exchange_failed';
}

function claimsFrom(idToken: oidc.IDToken, userInfo: oidc.UserInfoResponse | undefined): OidcClaims {
  const claims: OidcClaims = { subject: idToken.sub };
  // email and email_verified are taken from the same source so one never vouches for the other.
  const emailSource = typeof idToken.email === 'string' ? idToken : userInfo;
  if (typeof emailSource?.email === 'string') claims.email = emailSource.email;
  if (typeof emailSource?.email_verified === 'boolean') claims.emailVerified = emailSource.email_verified;
  const name = typeof idToken.name === 'string' ? idToken.name : userInfo?.name;
  if (typeof name === 'string') claims.name = name;
  if (Array.isArray(idToken.amr)) claims.amr = idToken.amr.filter((m): m is string => typeof m === 'string');
  return claims;
}

/** A log-safe description: openid-client's messages name the check, not personal data. */
function describe(error: unknown): string {
  if (error instanceof oidc.ResponseBodyError) return `${error.error} (HTTP ${error.status})`;
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' ? `${error.message} [${code}]` : error.message;
  }
  return String(error);
}
