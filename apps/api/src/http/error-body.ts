import { STATUS_CODES } from 'node:http';
import {
  formatMessage,
  messages,
  type Locale,
  type MessageCode,
  type RefusalDetails,
} from '@hub/domain';
import { type ErrorDetails } from './domain-error.js';
import { apiMessages, type ApiMessageCode } from './api-messages.js';
import { type ErrorCode } from './error-status.js';

/** The one error shape of the API: `{ statusCode, error, code, message, details? }`. */
export type ErrorBody = {
  readonly statusCode: number;
  readonly error: string;
  readonly code: ErrorCode;
  readonly message: string;
  readonly details?: ErrorDetails;
};

const isApiCode = (code: ErrorCode): code is ApiMessageCode => Object.hasOwn(apiMessages.en, code);

/** A code's message in a locale, `{name}` placeholders filled from details. */
export function messageFor(code: ErrorCode, details: ErrorDetails, locale: Locale): string {
  if (!isApiCode(code)) {
    return formatMessage(code, scalars(details), locale);
  }
  const template: string = apiMessages[locale][code];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = Object.hasOwn(details, name) ? details[name] : undefined;
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
      ? String(value)
      : Array.isArray(value)
        ? value.join(', ')
        : whole;
  });
}

export function errorBody(
  statusCode: number,
  code: ErrorCode,
  locale: Locale,
  details?: ErrorDetails,
): ErrorBody {
  const error = STATUS_CODES[statusCode] ?? 'Error';
  const message = messageFor(code, details ?? {}, locale);
  return details === undefined || Object.keys(details).length === 0
    ? { statusCode, error, code, message }
    : { statusCode, error, code, message, details };
}

/** Every code has an English and a Swedish text (checked by a test). */
export const allMessageCodes = (): ErrorCode[] => [
  ...(Object.keys(messages.en) as MessageCode[]),
  ...(Object.keys(apiMessages.en) as ApiMessageCode[]),
];

/** The values a message may show: strings, numbers, booleans and lists of strings. */
function scalars(details: ErrorDetails): RefusalDetails {
  return Object.fromEntries(
    Object.entries(details).filter(
      ([, value]) =>
        ['string', 'number', 'boolean'].includes(typeof value) ||
        (Array.isArray(value) && value.every((item) => typeof item === 'string')),
    ),
  ) as RefusalDetails;
}
