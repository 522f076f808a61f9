import {
  applyDecorators,
  createParamDecorator,
  Injectable,
  SetMetadata,
  UseInterceptors,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
  type Type,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiOkResponse, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { DomainError } from '../domain-error.js';
import { ApiErrors } from '../openapi.js';
import {
  contentRange,
  MAX_PAGE_SIZE,
  parseListQuery,
  type FilterSchema,
  type ListSpec,
  type RawListQuery,
} from './list-query.js';

/** What a list handler returns: one page of rows and the total the filter matches. */
export type Page<T> = {
  readonly rows: readonly T[];
  readonly total: number;
  readonly start: number;
  /** False when `total` is the planner's estimate (a large filter): `X-Total-Estimated: true`. */
  readonly totalExact?: boolean;
  /** The keyset cursor of the next page, when the list offers one: `X-Next-Cursor`. */
  readonly nextCursor?: string;
};

const LIST_SPEC = 'http:listSpec';
type AnySpec = ListSpec<string, FilterSchema>;

/** Sets `Content-Range` from the handler's Page and answers its rows: the one place it is set. */
@Injectable()
export class ContentRangeInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler<Page<unknown>>): Observable<unknown> {
    const spec = this.reflector.get<AnySpec>(LIST_SPEC, context.getHandler());
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((page) => {
        void reply.header(
          'content-range',
          contentRange(spec.resource, page.start, page.rows.length, page.total),
        );
        if (page.totalExact === false) {
          void reply.header('x-total-estimated', 'true');
        }
        if (page.nextCursor !== undefined) {
          void reply.header('x-next-cursor', page.nextCursor);
        }
        return page.rows;
      }),
    );
  }
}

const QUERY_KEYS = ['sort', 'range', 'filter'];

/** The parsed, typed list query of a handler marked with @ListEndpoint. */
export const ListParams = createParamDecorator((_data: unknown, context: ExecutionContext) => {
  const spec = Reflect.getMetadata(LIST_SPEC, context.getHandler()) as AnySpec;
  const query = (context.switchToHttp().getRequest<FastifyRequest>().query ?? {}) as Record<
    string,
    unknown
  >;
  const unknown = Object.keys(query).filter((key) => !QUERY_KEYS.includes(key));
  if (unknown.length > 0) {
    throw new DomainError('http.list_query_invalid', {
      reason: `unknown query parameter ${unknown.join(', ')}; use sort, range and filter.`,
    });
  }
  const raw: RawListQuery = {};
  for (const key of QUERY_KEYS) {
    const value = query[key];
    if (value !== undefined && (typeof value !== 'string' || value.length > 4000)) {
      throw new DomainError('http.list_query_invalid', {
        reason: `${key} must be given once, as JSON of at most 4000 characters.`,
      });
    }
    raw[key as keyof RawListQuery] = value;
  }
  return parseListQuery(raw, spec);
});

/**
 * A react-admin list endpoint: its spec (sort fields, typed filters), the Content-Range header,
 * and the OpenAPI description of the JSON query parameters, the header and the errors.
 */
export function ListEndpoint(spec: AnySpec, type: Type<unknown>) {
  const filterKeys = Object.entries(spec.filters)
    .map(([key, kind]) => `\`${key}\` (${typeof kind === 'string' ? kind : kind.join(' | ')})`)
    .join(', ');
  return applyDecorators(
    SetMetadata(LIST_SPEC, spec),
    UseInterceptors(ContentRangeInterceptor),
    ApiQuery({
      name: 'sort',
      required: false,
      schema: { type: 'string', example: JSON.stringify(spec.defaultSort) },
      description: `JSON \`["field","ASC"|"DESC"]\`; fields: id, ${spec.sortable.join(', ')}. Default ${JSON.stringify(spec.defaultSort)}.`,
    }),
    ApiQuery({
      name: 'range',
      required: false,
      schema: { type: 'string', example: '[0,24]' },
      description: `JSON \`[start,end]\`, inclusive, 0-based, at most ${MAX_PAGE_SIZE} rows. Default [0,24].`,
    }),
    ApiQuery({
      name: 'filter',
      required: false,
      schema: { type: 'string', example: '{}' },
      description: `JSON object; keys: ${filterKeys || 'none'}. A list value matches any of its items.`,
    }),
    ApiOkResponse({
      type: [type],
      description: `One page of ${spec.resource}.`,
      headers: {
        'Content-Range': {
          description: `\`${spec.resource} <start>-<end>/<total>\`, or \`${spec.resource} */<total>\` for an empty page.`,
          schema: { type: 'string' },
        },
        'X-Total-Estimated': {
          description: '`true` when the total in Content-Range is an estimate (a large result).',
          schema: { type: 'string' },
        },
        'X-Next-Cursor': {
          description: 'Where present, pass it as `filter.after` for the next page (keyset).',
          schema: { type: 'string' },
        },
      },
    }),
    ApiErrors(400, 401, 403),
  );
}
