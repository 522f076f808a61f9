import { Body, Controller, Get, Headers, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  AGREEMENT_PARTNER_LIST,
  AGREEMENT_VERSION_LIST,
  AgreementVersionsService,
  type AgreementPartnerListQuery,
  type AgreementVersionListQuery,
} from './agreement-versions.service.js';
import {
  AcceptAgreementVersionDto,
  AgreementPartnerResponse,
  AgreementStandingResponse,
  AgreementVersionResponse,
  PublishAgreementVersionDto,
} from './dto/agreement-version.dto.js';

@ApiTags('agreement-versions')
@ApiBearerAuth()
@Controller('agreement-versions')
export class AgreementVersionsController {
  constructor(private readonly versions: AgreementVersionsService) {}

  @Get()
  @ApiOperation({
    summary:
      'The versions of the MPA and the indirect reseller terms, with their texts; staff also see how many partners accepted each.',
  })
  @ListEndpoint(AGREEMENT_VERSION_LIST, AgreementVersionResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: AgreementVersionListQuery,
  ): Promise<Page<AgreementVersionResponse>> {
    return this.versions.list(user, query);
  }

  @Post()
  @ApiOperation({
    summary:
      'Publish a new version (program admins), in English and Swedish, optionally asking for re-acceptance by a deadline; the partners it concerns are e-mailed.',
  })
  @ApiBody({ type: PublishAgreementVersionDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: AgreementVersionResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async publish(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: PublishAgreementVersionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementVersionResponse> {
    return sendResult(reply, await this.versions.publish(user, body, idempotencyKey));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One agreement version with its texts.' })
  @ApiOkResponse({ type: AgreementVersionResponse })
  @ApiErrors(401, 404)
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<AgreementVersionResponse> {
    return this.versions.get(user, id);
  }

  @Get(':id/partners')
  @ApiOperation({
    summary:
      'The partners a version concerns (active in its program, in its regions): who accepted it, who has not, who is past its deadline (staff).',
  })
  @ListEndpoint(AGREEMENT_PARTNER_LIST, AgreementPartnerResponse)
  @ApiErrors(404)
  partners(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @ListParams() query: AgreementPartnerListQuery,
  ): Promise<Page<AgreementPartnerResponse>> {
    return this.versions.partners(user, id, query);
  }

  @Post(':id/acceptances')
  @ApiOperation({
    summary:
      'Accept this version as a named signatory (the global admin of an active partner in its program); answers where the partner now stands.',
  })
  @ApiBody({ type: AcceptAgreementVersionDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: AgreementStandingResponse })
  @ApiErrors(400, 401, 403, 404, 409, 422)
  async accept(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
    @Body() body: AcceptAgreementVersionDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AgreementStandingResponse> {
    return sendResult(
      reply,
      await this.versions.accept(user, id, body, idempotencyKey, request.id),
    );
  }
}
