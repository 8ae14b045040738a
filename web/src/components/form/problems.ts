import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client.js';

/**
 * Reading a failed write for people: the server's problem+json is already in the interface
 * language (we send Accept-Language), so its `detail` and each field's `reason` are shown as
 * they come. Field paths are normalised to dotted form ("standard.fee.amountRupiah").
 */

export function fieldPath(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/\//g, '.')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^body\./, '');
}

/** The DOM id of the control for a field path, so an error summary can link to it. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FieldErrors = {};
  for (const item of error.problem.errors ?? []) {
    const path = fieldPath(item.field);
    errors[path] = errors[path] ? `${errors[path]} ${item.reason}` : item.reason;
  }
  return errors;
}

/** One sentence for the top of a form. */
export function problemMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('error.generic');
  if (error.status === 0) return t('error.network');
  // The server's detail usually says how long to wait already; add it only when it does not.
  if (error.status === 429 && error.retryAfterSeconds !== undefined && !error.problem.detail) {
    return `${error.problem.title} ${t('form.retryIn', { count: error.retryAfterSeconds })}`;
  }
  return error.problem.detail ?? error.problem.title ?? t('error.generic');
}
