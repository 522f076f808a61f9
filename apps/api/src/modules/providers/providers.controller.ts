import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Req,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { findMarket, type ListingCommandType } from '@hub/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { orThrow } from '../../http/domain-error.js';
import { localeOf } from '../../http/locale.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { versionFromIfMatch } from '../../http/preconditions.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  AuthorizedFlagDto,
  EmptyProviderCommandDto,
  ProviderListingFieldsDto,
  ProviderPreviewSearchDto,
  ProviderReasonDto,
} from './dto/provider.dto.js';
import {
  ProviderPreviewResponse,
  ProviderResponse,
  ProviderTimelineEntryResponse,
} from './dto/provider.response.js';
import { SearchService } from '../search/search.service.js';
import { PROVIDER_LIST, ProvidersService, type ProviderListQuery } from './providers.service.js';

/** How many results the preview shows: a first page, as a reseller sees it. */
const PREVIEW_HITS = 10;

/** What every provider command documents: If-Match, Idempotency-Key, its body and errors. */
const Command = (summary: string, body: new () => object, status = 200) =>
  function decorate(target: object, key: string, descriptor: PropertyDescriptor) {
    ApiOperation({ summary })(target, key, descriptor);
    ApiBody({ type: body })(target, key, descriptor);
    ApiWriteHeaders({ ifMatch: true, idempotent: true })(target, key, descriptor);
    ApiOkResponse({
      type: ProviderResponse,
      description: 'The provider after the command; ETag: its new version.',
    })(target, key, descriptor);
    ApiErrors(400, 401, 403, 404, 409, 412, 422, 428)(target, key, descriptor);
    HttpCode(status)(target, key, descriptor);
  };

@ApiTags('providers')
@ApiBearerAuth()
@Controller('providers')
export class ProvidersController {
  constructor(
    private readonly providers: ProvidersService,
    private readonly search: SearchService,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The moderation list: providers with their live and working listing versions (reviewers).',
  })
  @ListEndpoint(PROVIDER_LIST, ProviderResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: ProviderListQuery,
    @Headers('accept-language') language: string | undefined,
  ): Promise<Page<ProviderResponse>> {
    return this.providers.list(user, query, localeOf(language));
  }

  @Get('mine')
  @ApiOperation({
    summary:
      'The distributor’s own provider: its published and working versions; ETag is its version.',
  })
  @ApiOkResponse({ type: ProviderResponse })
  @ApiErrors(401, 403, 404)
  async mine(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProviderResponse> {
    return sendResult(
      reply,
      await this.providers.get(user, 'mine', localeOf(request.headers['accept-language'])),
    );
  }

  @Put('mine/draft')
  @Command(
    'Save the distributor’s draft (opens one beside the published version when none is being worked on); checked on submit.',
    ProviderListingFieldsDto,
  )
  saveDraft(
    @CurrentUser() u: AuthenticatedUser,
    @Body() body: ProviderListingFieldsDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('update_draft', u, 'mine', body, r, reply);
  }

  @Post('mine/submit')
  @Command(
    'Send the draft to moderation (its fields must meet the listing rules).',
    EmptyProviderCommandDto,
  )
  submit(
    @CurrentUser() u: AuthenticatedUser,
    @Body() body: EmptyProviderCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('submit', u, 'mine', body, r, reply);
  }

  @Post('mine/withdraw')
  @Command(
    'Take a submitted version back to draft before a reviewer decides.',
    EmptyProviderCommandDto,
  )
  withdraw(
    @CurrentUser() u: AuthenticatedUser,
    @Body() body: EmptyProviderCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('withdraw', u, 'mine', body, r, reply);
  }

  @Post('mine/confirm-freshness')
  @Command(
    'Confirm that the published listing is current (its last-confirmed date).',
    EmptyProviderCommandDto,
  )
  confirmFreshness(
    @CurrentUser() u: AuthenticatedUser,
    @Body() body: EmptyProviderCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('confirm_freshness', u, 'mine', body, r, reply);
  }

  @Post('mine/preview-search')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Search the published listings as a reseller would, with the distributor’s own draft ranked among them (preview before publishing).',
  })
  @ApiBody({ type: ProviderPreviewSearchDto })
  @ApiOkResponse({ type: ProviderPreviewResponse })
  @ApiErrors(400, 401, 403, 404, 422, 503)
  async previewSearch(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: ProviderPreviewSearchDto,
  ): Promise<ProviderPreviewResponse> {
    if (body.country !== undefined) {
      orThrow(findMarket(body.country), { field: 'country' });
    }
    const draft = await this.providers.previewDocument(user);
    const result = await this.search.previewSearch(draft, {
      q: body.q ?? '',
      ...(body.country ? { country: body.country } : {}),
      limit: PREVIEW_HITS,
    });
    return {
      hits: result.hits.map((hit) => ({
        id: hit.id,
        name: hit.name,
        shortDescriptionEn: hit.shortDescriptionEn,
        shortDescriptionSv: hit.shortDescriptionSv,
        regions: [...hit.regions],
        countries: [...hit.countries],
        services: [...hit.services],
        productAreas: [...hit.productAreas],
        authorized: hit.authorized,
        logo: hit.logo ?? null,
        lastConfirmedAt: hit.lastConfirmedAt,
        draft: hit.draft,
      })),
      draftPosition: result.draftPosition,
      estimatedTotalHits: result.estimatedTotalHits,
    };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'A provider with its live and working versions (reviewers); ETag is its version.',
  })
  @ApiOkResponse({ type: ProviderResponse })
  @ApiErrors(401, 403, 404)
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProviderResponse> {
    return sendResult(
      reply,
      await this.providers.get(user, id, localeOf(request.headers['accept-language'])),
    );
  }

  @Get(':id/timeline')
  @ApiOperation({ summary: 'The provider’s audit trail, oldest first (reviewers).' })
  @ApiOkResponse({ type: [ProviderTimelineEntryResponse] })
  @ApiErrors(401, 403, 404)
  timeline(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<ProviderTimelineEntryResponse[]> {
    return this.providers.timeline(user, id);
  }

  @Post(':id/approve')
  @Command(
    'Publish the submitted version; the one it replaces is superseded (reviewers).',
    EmptyProviderCommandDto,
  )
  approve(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyProviderCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('approve', u, id, body, r, reply);
  }

  @Post(':id/reject')
  @Command(
    'Reject the submitted version, with a reason the distributor sees (reviewers).',
    ProviderReasonDto,
  )
  reject(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: ProviderReasonDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('reject', u, id, body, r, reply);
  }

  @Post(':id/suspend')
  @Command(
    'Hide the published listing from the directory, with a reason (reviewers).',
    ProviderReasonDto,
  )
  suspend(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: ProviderReasonDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('suspend', u, id, body, r, reply);
  }

  @Post(':id/reinstate')
  @Command('Show a suspended listing in the directory again (reviewers).', EmptyProviderCommandDto)
  reinstate(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: EmptyProviderCommandDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('reinstate', u, id, body, r, reply);
  }

  @Post(':id/authorized')
  @Command(
    'Set or clear the “authorized Microsoft indirect provider” flag (reviewers only).',
    AuthorizedFlagDto,
  )
  authorized(
    @CurrentUser() u: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: AuthorizedFlagDto,
    @Req() r: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    return this.run('set_authorized', u, id, body, r, reply);
  }

  private async run(
    command: ListingCommandType | 'set_authorized',
    user: AuthenticatedUser,
    id: string,
    body: object,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<ProviderResponse> {
    const result = await this.providers.command({
      user,
      id,
      command,
      body: { ...body },
      expectedVersion: versionFromIfMatch(header(request, 'if-match')),
      idempotencyKey: header(request, 'idempotency-key'),
      requestId: request.id,
      locale: localeOf(request.headers['accept-language']),
    });
    return sendResult(reply, result);
  }
}

const header = (request: FastifyRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};
