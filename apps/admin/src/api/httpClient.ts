import type { fetchUtils } from 'react-admin';
import { fetchWithToken } from '../authProvider';
import { i18nProvider } from '../i18n/i18nProvider';

/** What a call may add: the record's version (sent as `If-Match`) and the user action's key. */
export type ApiOptions = fetchUtils.Options & {
  version?: number;
  idempotencyKey?: string;
};

/**
 * Every call of the console to the API: the bearer token, `Accept-Language` in the language the
 * console shows (the API answers its messages in it), `If-Match: "<version>"` on writes to an
 * existing record, and `Idempotency-Key` so that a repeated click replays the first answer.
 * Errors are react-admin `HttpError`s whose message is the API's (already translated) `message`.
 */
export function httpClient(url: string, options: ApiOptions = {}) {
  const { version, idempotencyKey, ...rest } = options;
  const headers = new Headers(rest.headers ?? {});
  if (!headers.has('Accept')) {
    headers.set('Accept', 'application/json');
  }
  headers.set('Accept-Language', i18nProvider.getLocale());
  if (version !== undefined) {
    headers.set('If-Match', `"${version}"`);
  }
  if (idempotencyKey !== undefined) {
    headers.set('Idempotency-Key', idempotencyKey);
  }
  return fetchWithToken(url, { ...rest, headers });
}

/** A key for one user action (a click, a form submit). */
export const newIdempotencyKey = (): string => crypto.randomUUID();
