import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { describeOutage, isDatabaseUnavailable, RETRY_AFTER_SECONDS } from './dependency-errors.js';
import { DomainError, type ErrorDetails } from './domain-error.js';
import { errorBody, type ErrorBody } from './error-body.js';
import { statusOf, type ErrorCode } from './error-status.js';
import { localeOf } from './locale.js';

/** The code of a framework error that carries only a status. */
export const codeOfStatus: Readonly<Partial<Record<number, ErrorCode>>> = {
  400: 'http.bad_request',
  401: 'http.unauthorized',
  403: 'http.forbidden',
  404: 'http.not_found',
  405: 'http.method_not_allowed',
  412: 'http.precondition_failed',
  413: 'http.payload_too_large',
  414: 'http.bad_request',
  415: 'http.unsupported_media_type',
  428: 'http.precondition_required',
  503: 'http.service_unavailable',
};

/**
 * Every error leaves the API as `{ statusCode, error, code, message, details? }`, the message in
 * the caller's language (Accept-Language: en or sv). A DomainError gets its code's status from
 * the one table (./error-status.ts); framework errors (routing, validation, Fastify's own client
 * errors: bad JSON, content type, body too large) keep their 4xx status; anything else is a 500
 * that is logged and never shows its stack.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const locale = localeOf(request.headers['accept-language']);
    if (isDatabaseUnavailable(exception)) {
      // An outage, not a bug: the request's own log line names it (pino-http logs `res.err`,
      // without a stack), and the client is told when to retry.
      (reply.raw as { err?: unknown }).err = new ServiceUnavailable(describeOutage(exception));
    }
    const body = isDatabaseUnavailable(exception)
      ? errorBody(503, 'http.service_unavailable', locale, { service: 'database' })
      : this.toBody(exception, locale);
    if (body.statusCode >= 500 && body.statusCode !== 503) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    if (body.statusCode === 503 && !reply.hasHeader('retry-after')) {
      void reply.header('retry-after', String(RETRY_AFTER_SECONDS));
    }
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .header('content-language', localeOf(request.headers['accept-language']))
      .send(body);
  }

  private toBody(exception: unknown, locale: ReturnType<typeof localeOf>): ErrorBody {
    if (exception instanceof DomainError) {
      return errorBody(statusOf(exception.code), exception.code, locale, exception.details);
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const { message, details } =
        typeof response === 'object' && response !== null
          ? (response as { message?: unknown; details?: ErrorDetails })
          : { message: response, details: undefined };
      if (status === 400 && Array.isArray(message)) {
        // class-validator messages from the ValidationPipe, each naming its field
        const fields = message.map(String);
        return errorBody(status, 'http.validation_failed', locale, { fields });
      }
      return errorBody(status, codeOfStatus[status] ?? 'http.bad_request', locale, details);
    }
    const client = fastifyClientError(exception);
    if (client !== undefined) {
      return errorBody(
        client,
        codeOfStatus[client] ?? 'http.bad_request',
        locale,
        forbiddenKeyOf(exception),
      );
    }
    return errorBody(500, 'http.internal', locale);
  }
}

/** What the log line of a request refused during an outage says. */
class ServiceUnavailable extends Error {
  override readonly name = 'ServiceUnavailable';
}

/** The JSON body parser (./json-body.ts) names a forbidden key (`__proto__`) it refused. */
function forbiddenKeyOf(exception: unknown): ErrorDetails | undefined {
  const { field } = exception as { field?: unknown };
  return typeof field === 'string' ? { field } : undefined;
}

/** Fastify's errors for bad requests carry a 4xx statusCode and an FST_ code. */
export function fastifyClientError(exception: unknown): number | undefined {
  if (typeof exception !== 'object' || exception === null) {
    return undefined;
  }
  const { statusCode, code } = exception as { statusCode?: unknown; code?: unknown };
  return typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500 &&
    typeof code === 'string'
    ? statusCode
    : undefined;
}
