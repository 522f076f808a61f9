// What a log line may never carry: credentials. The request line keeps the method, the path,
// the query and the headers that help to trace a request, with every credential replaced by
// REDACTED; the response keeps its status only (its headers are the same ~2 KB on every line).

export const REDACTED = '[redacted]';

/** Header names that carry credentials, by name or by the words in it. */
const CREDENTIAL_HEADER =
  /^(authorization|proxy-authorization|cookie|set-cookie)$|(^|-)(auth|token|key|secret|password|passwd|session|signature|credential|csrf|xsrf|jwt|assertion)s?(-|$)/i;

/** Query parameter names that carry credentials (OAuth `code`, `access_token`, API keys, ...). */
const CREDENTIAL_PARAMETER =
  /^(code|state|nonce|sig|signature|key|apikey|api_key|token|password|passwd|secret|session|session_state|client_assertion|assertion|otp|auth)$|(token|secret|password|passwd|apikey|api_key|_key|-key|signature|credential|session)/i;

/** Three base64url parts, the first a JSON header (`eyJ`): a JWT, anywhere in a line. */
export const JWT_SHAPED = /eyJ[A-Za-z0-9_-]{2,}\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A path segment that looks like a random secret (an e-mail link's token): long, mixed, no UUID. */
function isSecretShaped(segment: string): boolean {
  return (
    segment.length >= 20 &&
    /^[A-Za-z0-9_~.%-]+$/.test(segment) &&
    /[0-9]/.test(segment) &&
    /[A-Za-z]/.test(segment) &&
    !UUID.test(segment)
  );
}

/** Named like a credential, but kept: it traces a retry and opens nothing. */
const TRACING_HEADERS = new Set(['idempotency-key']);

export function isCredentialHeader(name: string): boolean {
  return !TRACING_HEADERS.has(name.toLowerCase()) && CREDENTIAL_HEADER.test(name);
}

export function isCredentialParameter(name: string): boolean {
  return CREDENTIAL_PARAMETER.test(name);
}

/** Anything shaped like a JWT in a string, redacted. */
export function redactJwts(text: string): string {
  return text.replace(JWT_SHAPED, REDACTED);
}

/** A request target (path + query) with secret-shaped path segments and credential parameters redacted. */
export function redactUrl(url: string): string {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  const query = queryAt === -1 ? undefined : url.slice(queryAt + 1);
  const safePath = redactJwts(path)
    .split('/')
    .map((segment) => (isSecretShaped(segment) ? REDACTED : segment))
    .join('/');
  if (query === undefined) {
    return safePath;
  }
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const rawName = equals === -1 ? pair : pair.slice(0, equals);
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      } catch {
        // a malformed name is judged as it is
      }
      return equals !== -1 && isCredentialParameter(name)
        ? `${rawName}=${REDACTED}`
        : redactJwts(pair);
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

/** Values of an object (headers, query) with credential names redacted and JWTs removed. */
function redactValues(
  values: Record<string, unknown> | undefined,
  isCredential: (name: string) => boolean,
): Record<string, unknown> | undefined {
  if (values === undefined || values === null || typeof values !== 'object') {
    return values;
  }
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      isCredential(name)
        ? REDACTED
        : typeof value === 'string'
          ? redactJwts(value)
          : Array.isArray(value)
            ? (value as unknown[]).map((item: unknown) =>
                typeof item === 'string' ? redactJwts(item) : item,
              )
            : value,
    ]),
  );
}

type SerializedRequest = {
  id?: unknown;
  method?: string;
  url?: string;
  query?: Record<string, unknown>;
  params?: Record<string, unknown>;
  headers?: Record<string, unknown>;
  remoteAddress?: string;
  remotePort?: number;
  /** pino's non-enumerable link to the IncomingMessage. */
  raw?: { clientIp?: string };
};

/** pino-http's `req` serializer: the request without its credentials. */
export function serializeRequest(request: SerializedRequest): SerializedRequest {
  return {
    id: request.id,
    method: request.method,
    url: request.url === undefined ? undefined : redactUrl(request.url),
    query: redactValues(request.query, isCredentialParameter),
    headers: redactValues(request.headers, isCredentialHeader),
    // the client as resolved through the trusted proxies (TRUST_PROXY), else the socket's peer
    remoteAddress: request.raw?.clientIp ?? request.remoteAddress,
    remotePort: request.remotePort,
  };
}

/** pino-http's `res` serializer: the status only, not the response's headers. */
export function serializeResponse(response: { statusCode?: number }): { statusCode?: number } {
  return { statusCode: response.statusCode };
}

/** pino-http's `err` serializer: type, message and code, without the stack. */
export function serializeError(error: { type?: string; message?: string; code?: unknown }): {
  type?: string;
  message?: string;
  code?: unknown;
} {
  return { type: error.type, message: error.message, code: error.code };
}
