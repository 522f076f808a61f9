import { STATUS_CODES } from 'node:http';

/** The one error shape of the API: `{ statusCode, error, message, details? }`. */
export type ErrorBody = {
  readonly statusCode: number;
  readonly error: string;
  readonly message: string;
  readonly details?: unknown;
};

export function errorBody(statusCode: number, message: string, details?: unknown): ErrorBody {
  const error = STATUS_CODES[statusCode] ?? 'Error';
  return details === undefined
    ? { statusCode, error, message }
    : { statusCode, error, message, details };
}
