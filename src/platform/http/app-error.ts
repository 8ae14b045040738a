import type { Localized } from '../i18n.js';

/** How one stable error code is shown over HTTP. */
export type ErrorSpec = { readonly status: number; readonly title: Localized; readonly detail: Localized };
export type ErrorCatalogue<Code extends string> = Record<Code, ErrorSpec>;

export type InvalidField = { readonly field: string; readonly reason: string; readonly line?: number };

/**
 * A domain error: a stable `code` (`catalogue.mpp_not_found`) with parameters for the message.
 * Services throw these; only the HTTP error handler turns them into problem+json.
 */
export class AppError extends Error {
  /** Extra response headers (Retry-After on 429). */
  headers: Record<string, string> = {};
  /**
   * RFC 9457 extension members a client acts on: the existing ticket of a 409, the next opening
   * time of a 422. Never personal data of anyone but the caller.
   */
  extensions: Record<string, unknown> = {};
  constructor(
    readonly code: string,
    readonly spec: ErrorSpec,
    readonly params: Record<string, string | number> = {},
    readonly fields: readonly InvalidField[] = [],
  ) {
    super(`${code}: ${spec.detail.en}`);
    this.name = 'AppError';
  }
}

/** Builds a typed `fail(code, params)` for one module's error catalogue. */
export function errorFactory<Code extends string>(catalogue: ErrorCatalogue<Code>) {
  return function fail(
    code: Code,
    params: Record<string, string | number> = {},
    fields: InvalidField[] = [],
  ): AppError {
    return new AppError(code, catalogue[code], params, fields);
  };
}

/** An error that tells the client when to try again (429 Retry-After, in whole seconds). */
export function withRetryAfter(error: AppError, seconds: number): AppError {
  error.headers['retry-after'] = String(Math.max(1, Math.ceil(seconds)));
  return error;
}

/** Adds RFC 9457 extension members to the problem an error renders as. */
export function withExtensions(error: AppError, extensions: Record<string, unknown>): AppError {
  Object.assign(error.extensions, extensions);
  return error;
}
