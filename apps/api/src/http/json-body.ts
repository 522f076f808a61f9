import type { FastifyRequest } from 'fastify';

/** A refusal of the body parser: a 400 the exception filter writes in the one error shape. */
function refusal(message: string, field?: string): Error {
  return Object.assign(new Error(message), {
    statusCode: 400,
    code: 'FST_ERR_CTP_INVALID_JSON_BODY',
    ...(field === undefined ? {} : { field }),
  });
}

/**
 * The JSON body parser: like Fastify's own (an empty body, bad JSON, a `__proto__` key or a
 * `constructor.prototype` are 400s), but the refusal names the forbidden key, so a caller
 * sending one learns which (the mass-assignment suite checks every write route). A string with
 * a NUL character (`\u0000`) is refused too, naming its key: PostgreSQL stores no NUL in text,
 * so such a value would fail the write as a 500 (found by the OpenAPI fuzz suite).
 */
export function parseJsonBody(
  _request: FastifyRequest,
  body: string | Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  const text = typeof body === 'string' ? body : body.toString('utf8');
  if (text.length === 0) {
    done(refusal('Body cannot be empty when content-type is set to application/json'));
    return;
  }
  try {
    done(
      null,
      JSON.parse(text, (key, value: unknown) => {
        if (
          key === '__proto__' ||
          (key === 'constructor' &&
            typeof value === 'object' &&
            value !== null &&
            Object.hasOwn(value, 'prototype'))
        ) {
          throw refusal(`Object contains the forbidden key ${key}`, key);
        }
        if ((typeof value === 'string' && value.includes('\u0000')) || key.includes('\u0000')) {
          throw refusal('Body contains a NUL character', key.replaceAll('\u0000', ''));
        }
        return value;
      }),
    );
  } catch (error) {
    done(
      error instanceof Error && 'statusCode' in error ? error : refusal('Body is not valid JSON'),
    );
  }
}

/** A content type the API takes only when the body is empty (as no body); otherwise a 415. */
export function parseEmptyBodyOnly(
  _request: FastifyRequest,
  body: string | Buffer,
  done: (error: Error | null, value?: unknown) => void,
): void {
  if (body.length === 0) {
    done(null, undefined);
    return;
  }
  done(
    Object.assign(new Error('Unsupported Media Type'), {
      statusCode: 415,
      code: 'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    }),
  );
}
