import { z } from 'zod';

/**
 * Asks the population registry (Dukcapil) whether a NIK exists and belongs to the named person.
 * The structural check (`analyseNik`) only says a NIK is well formed; there is no check digit,
 * so only the registry can say it is real. One interface, three kinds chosen by configuration:
 * a labelled simulator for development and testing, an HTTP client for a registry gateway, and
 * 'none' where the MPP has no access agreement yet.
 */

export type NikVerificationStatus = 'match' | 'mismatch' | 'not_found' | 'unavailable';

export type NikVerificationResult = {
  /** 'unavailable' means "not checked": the registry could not be asked, or there is none. */
  status: NikVerificationStatus;
  /** Where the answer came from; a 'simulator' answer is never evidence about a real person. */
  source: 'simulator' | 'registry' | 'none';
  /** ISO instant of the check. */
  checkedAt: string;
};

export type NikVerificationInput = { nik: string; fullName: string; birthDate?: string | undefined };

export type NikVerifier = {
  readonly kind: 'simulator' | 'http' | 'none';
  /** Never throws: every failure to reach or understand the registry is 'unavailable'. */
  verify(input: NikVerificationInput): Promise<NikVerificationResult>;
};

export type NikVerifierConfig = {
  kind: 'simulator' | 'http' | 'none';
  /** Registry gateway endpoint (kind 'http'). */
  url?: string | undefined;
  /** Bearer token for the gateway (kind 'http'). */
  token?: string | undefined;
  /** How long to wait for the gateway; 5 seconds unless a test needs it shorter. */
  timeoutMs?: number | undefined;
};

/** Pino-compatible; only the reason and HTTP status are logged, never the NIK or the name. */
export type NikVerifierLogger = { warn(fields: Record<string, unknown>, message: string): void };

export type NikVerifierDeps = {
  now: () => Date;
  fetch?: typeof fetch;
  logger?: NikVerifierLogger;
};

const DEFAULT_TIMEOUT_MS = 5_000;

const RegistryAnswer = z.object({ status: z.enum(['match', 'mismatch', 'not_found']) });

export function createNikVerifier(config: NikVerifierConfig, deps: NikVerifierDeps): NikVerifier {
  switch (config.kind) {
    case 'simulator':
      return createSimulatedNikVerifier(deps);
    case 'http':
      return createHttpNikVerifier(config, deps);
    case 'none':
      return {
        kind: 'none',
        async verify() {
          return { status: 'unavailable', source: 'none', checkedAt: deps.now().toISOString() };
        },
      };
    default:
      return assertNever(config.kind);
  }
}

/**
 * A stand-in for the registry, for development, demos and tests. Deterministic, and every answer
 * is labelled `source: 'simulator'`. Rules, in this order:
 * - a NIK ending in `9999` (serial 9999) → 'not_found';
 * - a full name containing `SALAH` or `MISMATCH` (any case) → 'mismatch';
 * - anything else → 'match'.
 * It does not check the NIK's structure; that is `analyseNik`'s job before verification.
 */
function createSimulatedNikVerifier(deps: NikVerifierDeps): NikVerifier {
  return {
    kind: 'simulator',
    async verify(input) {
      const checkedAt = deps.now().toISOString();
      const name = input.fullName.toUpperCase();
      const status: NikVerificationStatus = input.nik.endsWith('9999')
        ? 'not_found'
        : name.includes('SALAH') || name.includes('MISMATCH')
          ? 'mismatch'
          : 'match';
      return { status, source: 'simulator', checkedAt };
    },
  };
}

/**
 * POSTs `{ nik, fullName, birthDate }` as JSON with a Bearer token and expects
 * `{ status: 'match' | 'mismatch' | 'not_found' }`. A network error, a timeout, a non-2xx status
 * or any other body is 'unavailable', so a registry outage never blocks sign-up; it only leaves
 * the NIK unverified.
 */
function createHttpNikVerifier(config: NikVerifierConfig, deps: NikVerifierDeps): NikVerifier {
  const { url } = config;
  if (url === undefined || url === '') throw new Error('NIK verifier of kind "http" needs a url');
  const doFetch = deps.fetch ?? fetch;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (config.token) headers.authorization = `Bearer ${config.token}`;

  return {
    kind: 'http',
    async verify(input) {
      const unavailable = (reason: string, fields: Record<string, unknown> = {}): NikVerificationResult => {
        deps.logger?.warn({ reason, ...fields }, 'NIK registry check unavailable');
        return { status: 'unavailable', source: 'registry', checkedAt: deps.now().toISOString() };
      };
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ nik: input.nik, fullName: input.fullName, birthDate: input.birthDate }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const isTimeout = error instanceof DOMException && error.name === 'TimeoutError';
        return unavailable(isTimeout ? 'timeout' : 'network', isTimeout ? { timeoutMs } : {});
      }
      if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        return unavailable('http_status', { httpStatus: response.status });
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch (error) {
        const isTimeout = error instanceof DOMException && error.name === 'TimeoutError';
        return unavailable(isTimeout ? 'timeout' : 'bad_response', { httpStatus: response.status });
      }
      const answer = RegistryAnswer.safeParse(body);
      if (!answer.success) return unavailable('bad_response', { httpStatus: response.status });
      return { status: answer.data.status, source: 'registry', checkedAt: deps.now().toISOString() };
    },
  };
}

function assertNever(value: never): never {
  throw new Error(`Unknown NIK verifier kind: ${String(value)}`);
}
