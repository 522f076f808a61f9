import { applyDecorators, HttpStatus } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiResponse, ApiHeader } from '@nestjs/swagger';

/** The error body every 4xx/5xx carries. */
export class ErrorResponse {
  @ApiProperty({ example: 409 })
  statusCode: number;

  @ApiProperty({ example: 'Conflict' })
  error: string;

  @ApiProperty({
    example: 'enrollment.illegal_transition',
    description: 'Stable code (`context.snake_case`); never reworded.',
  })
  code: string;

  @ApiProperty({
    example: 'An enrollment in state “active” cannot take the command “submit”.',
    description: 'In the language of Accept-Language (en or sv).',
  })
  message: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'What the message refers to (state, command, field, …).',
  })
  details?: Record<string, unknown>;
}

const descriptions: Readonly<Record<number, string>> = {
  400: 'The request is not valid (shape, or a value a domain parser refuses); `code` says which.',
  401: 'No valid bearer access token.',
  403: 'The caller may not do this.',
  404: 'Not found, or not visible to the caller (another tenant’s record).',
  409: 'The current state of the record does not allow it (e.g. `enrollment.illegal_transition`).',
  412: 'If-Match names an older version: reload and retry.',
  422: 'The Idempotency-Key was used before with a different body.',
  428: 'If-Match is missing.',
  429: 'Too many requests from this client address: wait the seconds `Retry-After` names.',
  503: 'A dependency is unavailable.',
};

/** Documents the error responses of an operation, all with the ErrorResponse body. */
export function ApiErrors(...statuses: number[]) {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: descriptions[status] ?? HttpStatus[status],
        type: ErrorResponse,
      }),
    ),
  );
}

/** The headers of a write: If-Match (required when `ifMatch`) and Idempotency-Key. */
export function ApiWriteHeaders(options: { ifMatch: boolean; idempotent: boolean }) {
  return applyDecorators(
    ...(options.ifMatch
      ? [
          ApiHeader({
            name: 'If-Match',
            required: true,
            description: 'The ETag of the record as read, e.g. `"3"`. Missing: 428; stale: 412.',
          }),
        ]
      : []),
    ...(options.idempotent
      ? [
          ApiHeader({
            name: 'Idempotency-Key',
            required: false,
            description:
              'A key per intended action (e.g. a UUID): a retry with the same key and body replays the first answer and writes nothing; the same key with another body answers 422.',
          }),
        ]
      : []),
  );
}
