/**
 * A problem the person starting the stack can fix, told in one line (no stack trace): a port
 * in use, a foreign data directory, a platform without a Meilisearch binary.
 */
export class DevstackError extends Error {
  override readonly name = 'DevstackError';
}
