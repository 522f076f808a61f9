import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from './error-body.js';
import { codeOfStatus } from './http-exception.filter.js';
import { localeOf } from './locale.js';

/**
 * What Fastify refuses before Nest sees the request, in the one error shape
 * `{ statusCode, error, code, message, details? }`, with the security headers every response
 * carries. The router refuses a malformed URL (`%E0`) before any hook runs (`frameworkErrors`).
 */
export function frameworkErrorHandler(
  setSecurityHeaders: (request: IncomingMessage, response: ServerResponse) => void,
) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply): void => {
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    const locale = localeOf(request.headers['accept-language']);
    setSecurityHeaders(request.raw, reply.raw);
    void reply
      .status(status)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-language', locale)
      .send(
        errorBody(
          status,
          status === 500 ? 'http.internal' : (codeOfStatus[status] ?? 'http.bad_request'),
          locale,
        ),
      );
  };
}

/**
 * Node's HTTP parser refuses a request it cannot read (a Content-Length that lies, a header
 * too large, a timeout) on the socket, before there is a request: the same shape, in English.
 */
export function clientErrorHandler(securityHeaders: Readonly<Record<string, string>>) {
  const extra = Object.entries(securityHeaders).map(([name, value]) => `${name}: ${value}`);
  return (error: Error & { code?: string }, socket: Socket): void => {
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const status =
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 408
        : error.code === 'HPE_HEADER_OVERFLOW'
          ? 431
          : 400;
    const body = JSON.stringify(errorBody(status, 'http.bad_request', 'en'));
    socket.end(
      [
        `HTTP/1.1 ${status} ${errorBody(status, 'http.bad_request', 'en').error}`,
        'Connection: close',
        'Content-Type: application/json; charset=utf-8',
        ...extra,
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
    );
  };
}
