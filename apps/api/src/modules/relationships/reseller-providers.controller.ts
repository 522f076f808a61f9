import { Body, Controller, Get, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  RecordResellerProviderDto,
  ResellerProviderResponse,
} from './dto/reseller-providers.dto.js';
import {
  RESELLER_PROVIDER_LIST,
  ResellerProvidersService,
  type ResellerProviderListQuery,
} from './reseller-providers.service.js';

@ApiTags('reseller-providers')
@ApiBearerAuth()
@Controller('reseller-providers')
export class ResellerProvidersController {
  constructor(private readonly relationships: ResellerProvidersService) {}

  @Get()
  @ApiOperation({
    summary:
      'Reseller ↔ provider relationships: a reseller’s providers, a distributor’s resellers, or all of them (staff).',
  })
  @ListEndpoint(RESELLER_PROVIDER_LIST, ResellerProviderResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: ResellerProviderListQuery,
  ): Promise<Page<ResellerProviderResponse>> {
    return this.relationships.list(user, query);
  }

  @Post()
  @ApiOperation({
    summary:
      'Record an indirect provider of the directory the reseller works with (an active indirect reseller’s global admin; the provider must serve one of its regions). The provider is e-mailed.',
  })
  @ApiBody({ type: RecordResellerProviderDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: ResellerProviderResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async record(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: RecordResellerProviderDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ResellerProviderResponse> {
    return sendResult(reply, await this.relationships.record(user, body, idempotencyKey));
  }
}
