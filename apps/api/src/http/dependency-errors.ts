/**
 * Whether an error means a dependency is unavailable (PostgreSQL down, restarting, refusing
 * connections, out of connections): an outage to answer with 503 + Retry-After, not a bug.
 */

/** Socket-level failures reaching a server. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * SQLSTATEs of an unavailable server: class 08 (connection exception), 57P01-57P03 (shut
 * down, crashed, not accepting connections yet), 53300 (too many connections), 3D000 (the
 * database is gone).
 */
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[123]|53300|3D000)$/;

/** node-postgres's own messages when a connection cannot be made or was lost. */
const POOL_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Cannot use a pool after calling end',
  'Connection refused',
];

/** How long a client should wait before retrying, in seconds. */
export const RETRY_AFTER_SECONDS = 5;

/**
 * TypeORM releases a query runner when its connection emits an error (the server shut down or
 * the socket broke): the transaction's next statement, or its COMMIT, then fails with one of
 * these (from the runner, or from the manager holding it), not with the connection's error.
 * Nothing was committed. Found by the fault suite's real PostgreSQL restart: they were its 500s.
 */
const RELEASED_RUNNER = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) {
    return false;
  }
  const { code, message, name, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    name?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) {
    return true;
  }
  if (typeof name === 'string' && RELEASED_RUNNER.has(name)) {
    return true;
  }
  if (typeof message === 'string' && POOL_MESSAGES.some((text) => message.includes(text))) {
    return true;
  }
  return (
    isDatabaseUnavailable(driverError, depth + 1) ||
    isDatabaseUnavailable(cause, depth + 1) ||
    // an AggregateError of every address tried (ECONNREFUSED on ::1 and 127.0.0.1)
    (Array.isArray(errors) && errors.some((item) => isDatabaseUnavailable(item, depth + 1)))
  );
}

/** One line about an outage: what failed and how, never a stack. */
export function describeOutage(error: unknown): string {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  const reason = [code, message]
    .filter((part) => typeof part === 'string' && part !== '')
    .join(' ')
    .split('\n')[0];
  return `database unavailable (answering 503): ${reason || 'unknown error'}`;
}
