import { DomainError } from './domain-error.js';

/** The ETag of a versioned record: its version, quoted. */
export const etagOf = (version: number): string => `"${version}"`;

/**
 * The version an If-Match header names. Missing: 428 (a write without it could lose someone
 * else's change); not an ETag of ours: 400. `W/"3"` is read as `"3"`.
 */
export function versionFromIfMatch(header: string | string[] | undefined): number {
  if (header === undefined || header === '') {
    throw new DomainError('http.precondition_required');
  }
  const value = Array.isArray(header) ? header.join(',') : header;
  const match = /^\s*(?:W\/)?"(\d{1,9})"\s*$/.exec(value);
  if (!match) {
    throw new DomainError('http.if_match_invalid');
  }
  return Number(match[1]);
}

/** 412 unless the record is still at the version the caller read. */
export function assertVersion(expected: number, current: number): void {
  if (expected !== current) {
    throw new DomainError('http.precondition_failed', { current, expected });
  }
}
