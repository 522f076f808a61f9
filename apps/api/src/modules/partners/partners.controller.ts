import { Body, Controller, Get, Headers, Param, Post, Put, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { versionFromIfMatch } from '../../http/preconditions.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { PartnerDto } from './dto/partner.dto.js';
import { PartnerResponse } from './dto/partner.response.js';
import { PARTNER_LIST, PartnersService, type PartnerListQuery } from './partners.service.js';

@ApiTags('partners')
@ApiBearerAuth()
@Controller('partners')
export class PartnersController {
  constructor(private readonly partners: PartnersService) {}

  @Get()
  @ApiOperation({ summary: 'List partner profiles: the caller’s own tenant’s, or all for staff.' })
  @ListEndpoint(PARTNER_LIST, PartnerResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: PartnerListQuery,
  ): Promise<Page<PartnerResponse>> {
    return this.partners.list(user, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a partner profile (bank details masked); ETag is its version.' })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiErrors(401, 403, 404)
  async get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return sendResult(reply, await this.partners.get(user, id));
  }

  @Post()
  @ApiOperation({
    summary:
      'Create the partner profile of the caller’s tenant (global admin only; one per tenant).',
  })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: PartnerResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: PartnerDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    return sendResult(reply, await this.partners.create(user, dto, idempotencyKey));
  }

  @Put(':id')
  @ApiOperation({
    summary:
      'Change the partner profile (global admin of its tenant; leave bankDetails out to keep them).',
  })
  @ApiWriteHeaders({ ifMatch: true, idempotent: false })
  @ApiOkResponse({ type: PartnerResponse })
  @ApiErrors(400, 401, 403, 404, 412, 428)
  async replace(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() dto: PartnerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PartnerResponse> {
    const version = versionFromIfMatch(ifMatch);
    return sendResult(reply, await this.partners.replace(user, id, dto, version));
  }
}
