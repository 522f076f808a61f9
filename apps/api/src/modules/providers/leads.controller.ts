import { Body, Controller, Get, Headers, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOperation,
  ApiParam,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { localeOf } from '../../http/locale.js';
import { ApiErrors } from '../../http/openapi.js';
import { RateLimit } from '../../http/rate-limit/rate-limit.guard.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { Public } from '../identity/public.decorator.js';
import { LeadCreatedResponse, LeadRequestDto, LeadResponse } from './dto/lead.response.js';
import { LEAD_LIST, LeadsService, type LeadListQuery } from './leads.service.js';

/** The directory's contact form: public, limited per client address (RATE_LIMIT_LEADS). */
@ApiTags('directory')
@Controller('directory/providers')
export class DirectoryLeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Post(':id/leads')
  @Public()
  @RateLimit('leads')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'Send a published provider a message from the directory’s contact form (stored as a lead and e-mailed to the provider).',
  })
  @ApiParam({ name: 'id', format: 'uuid', description: 'The provider (a search hit’s `id`).' })
  @ApiBody({ type: LeadRequestDto })
  @ApiResponse({ status: 202, type: LeadCreatedResponse, description: 'Received.' })
  @ApiErrors(400, 404, 422, 429)
  create(
    @Param('id') id: string,
    @Body() body: LeadRequestDto,
    @Headers('accept-language') language: string | undefined,
  ): Promise<LeadCreatedResponse> {
    return this.leads.record(id, body, localeOf(language));
  }
}

@ApiTags('providers')
@ApiBearerAuth()
@Controller('leads')
export class ProviderLeadsController {
  constructor(private readonly leads: LeadsService) {}

  @Get()
  @ApiOperation({
    summary:
      'The resellers’ messages to the distributor’s own provider (the contact form’s leads).',
  })
  @ListEndpoint(LEAD_LIST, LeadResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: LeadListQuery,
  ): Promise<Page<LeadResponse>> {
    return this.leads.mine(user, query);
  }
}
