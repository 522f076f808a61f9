import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { errorBody, type ErrorBody } from './error-body.js';

/**
 * Every error leaves the API as `{ statusCode, error, message, details? }`. Known HTTP errors
 * keep their status; Fastify's own client errors (bad JSON, wrong content type, body too large)
 * keep theirs; anything else is a 500 that is logged and never shows its stack.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    void reply
      .status(body.statusCode)
      .header('content-type', 'application/json; charset=utf-8')
      .send(body);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null) {
        const { message, details } = response as { message?: unknown; details?: unknown };
        if (Array.isArray(message)) {
          // class-validator messages from the ValidationPipe
          return errorBody(status, 'The request is not valid.', { fields: message });
        }
        return errorBody(
          status,
          typeof message === 'string' ? message : exception.message,
          details,
        );
      }
      return errorBody(status, String(response));
    }
    return fastifyClientError(exception) ?? errorBody(500, 'Internal server error.');
  }
}

/** Fastify's errors for bad requests carry a 4xx statusCode and an FST_ code. */
export function fastifyClientError(exception: unknown): ErrorBody | undefined {
  if (typeof exception !== 'object' || exception === null) {
    return undefined;
  }
  const { statusCode, code, message } = exception as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (
    typeof statusCode === 'number' &&
    statusCode >= 400 &&
    statusCode < 500 &&
    typeof code === 'string'
  ) {
    return errorBody(statusCode, typeof message === 'string' ? message : 'Bad request.');
  }
  return undefined;
}
