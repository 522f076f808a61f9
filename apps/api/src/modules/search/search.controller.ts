import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../../http/openapi.js';
import { RateLimit } from '../../http/rate-limit/rate-limit.guard.js';
import { Public } from '../identity/public.decorator.js';
import { PUBLIC_PROVIDER_INDEX, providerFacets, providerSortable } from './provider-index.js';
import { SEARCH_LIMITS } from './search-request.js';
import { SearchService } from './search.service.js';

/**
 * The directory's search. The browser never holds a Meilisearch key: it searches here, in
 * Meilisearch's own multi-search shape, so react-instantsearch with instant-meilisearch works
 * unmodified against `${origin}/api/search` while the API enforces published-only and caps.
 */
@ApiTags('search')
@Public()
@RateLimit('search')
@Controller('search')
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @Post('multi-search')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Search the published provider listings (Meilisearch multi-search request and response).',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['queries'],
      properties: {
        queries: {
          type: 'array',
          minItems: 1,
          maxItems: SEARCH_LIMITS.queries,
          items: {
            type: 'object',
            required: ['indexUid'],
            properties: {
              indexUid: { type: 'string', enum: [PUBLIC_PROVIDER_INDEX] },
              q: { type: 'string', maxLength: SEARCH_LIMITS.q },
              filter: {
                description:
                  'Meilisearch filter: a string, or a list (AND) of strings or lists (OR).',
                oneOf: [
                  { type: 'string' },
                  {
                    type: 'array',
                    items: {
                      oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
                    },
                  },
                ],
              },
              facets: { type: 'array', items: { type: 'string', enum: [...providerFacets] } },
              sort: {
                type: 'array',
                maxItems: 2,
                items: { type: 'string', example: `${providerSortable[0]}:asc` },
              },
              limit: { type: 'integer', minimum: 0, maximum: SEARCH_LIMITS.limit },
              offset: { type: 'integer', minimum: 0, maximum: SEARCH_LIMITS.offset },
              hitsPerPage: { type: 'integer', minimum: 0, maximum: SEARCH_LIMITS.hitsPerPage },
              page: { type: 'integer', minimum: 0, maximum: SEARCH_LIMITS.page },
              attributesToRetrieve: { type: 'array', items: { type: 'string' } },
              attributesToHighlight: { type: 'array', items: { type: 'string' } },
              attributesToCrop: { type: 'array', items: { type: 'string' } },
              highlightPreTag: { type: 'string' },
              highlightPostTag: { type: 'string' },
              cropLength: { type: 'integer', minimum: 1, maximum: 200 },
              cropMarker: { type: 'string' },
              showRankingScore: { type: 'boolean' },
              showRankingScoreDetails: { type: 'boolean' },
              showMatchesPosition: { type: 'boolean' },
              matchingStrategy: { type: 'string', enum: ['last', 'all', 'frequency'] },
            },
          },
        },
      },
    },
  })
  @ApiOkResponse({
    description: 'Meilisearch’s multi-search response; `indexUid` is the public name.',
    schema: {
      type: 'object',
      properties: {
        results: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: true,
            properties: {
              indexUid: { type: 'string' },
              hits: { type: 'array', items: { type: 'object', additionalProperties: true } },
              query: { type: 'string' },
              processingTimeMs: { type: 'number' },
              estimatedTotalHits: { type: 'number' },
              totalHits: { type: 'number' },
              facetDistribution: { type: 'object', additionalProperties: true },
            },
          },
        },
      },
    },
  })
  @ApiErrors(400, 429, 503)
  multiSearch(@Body() body: unknown): Promise<{ results: Record<string, unknown>[] }> {
    return this.search.multiSearch(body);
  }

  @Post('indexes/:indexUid/facet-search')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Search the values of one facet among published listings (Meilisearch facet search).',
  })
  @ApiBody({
    schema: {
      type: 'object',
      required: ['facetName'],
      properties: {
        facetName: { type: 'string', enum: [...providerFacets] },
        facetQuery: { type: 'string', maxLength: 100 },
        q: { type: 'string', maxLength: SEARCH_LIMITS.q },
        filter: { description: 'As in multi-search.' },
        matchingStrategy: { type: 'string', enum: ['last', 'all', 'frequency'] },
      },
    },
  })
  @ApiOkResponse({
    description: 'Meilisearch’s facet search response.',
    schema: {
      type: 'object',
      properties: {
        facetHits: {
          type: 'array',
          items: {
            type: 'object',
            properties: { value: { type: 'string' }, count: { type: 'number' } },
          },
        },
        facetQuery: { type: 'string', nullable: true },
        processingTimeMs: { type: 'number' },
      },
    },
  })
  @ApiErrors(400, 429, 503)
  facetSearch(
    @Param('indexUid') indexUid: string,
    @Body() body: unknown,
  ): Promise<Record<string, unknown>> {
    return this.search.facetSearch(indexUid, body);
  }
}
