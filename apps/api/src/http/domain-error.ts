import { type Refusal } from '@hub/domain';
import { type ErrorCode } from './error-status.js';

/** What an error body's `details` carries; its scalar values may fill the message's `{name}`s. */
export type ErrorDetails = Readonly<Record<string, unknown>>;

/**
 * A refusal with a stable code: a program rule's (from @hub/domain) or the API's own. Services
 * throw this, never an HttpException, for business outcomes; the error filter gives it its
 * status (./error-status.ts) and a message in the caller's language.
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';

  constructor(
    readonly code: ErrorCode,
    readonly details: ErrorDetails = {},
  ) {
    super(code);
  }

  static from(refusal: Refusal, extra: ErrorDetails = {}): DomainError {
    return new DomainError(refusal.code, { ...refusal.details, ...extra });
  }
}

/** The value of a Result, or its refusal thrown as a DomainError (with `extra` details, e.g. the field). */
export function orThrow<T, E extends Refusal>(
  result: { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E },
  extra: ErrorDetails = {},
): T {
  if (!result.ok) {
    throw DomainError.from(result.error, extra);
  }
  return result.value;
}
