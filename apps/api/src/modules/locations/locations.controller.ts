import { Body, Controller, Get, Headers, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
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
import { localeOf } from '../../http/locale.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { LocationChecklistResponse, LocationDto, LocationResponse } from './dto/locations.dto.js';
import { LOCATION_LIST, LocationsService, type LocationListQuery } from './locations.service.js';

@ApiTags('locations')
@ApiBearerAuth()
@Controller('locations')
export class LocationsController {
  constructor(private readonly locations: LocationsService) {}

  @Get()
  @ApiOperation({
    summary:
      'Locations in other countries: a partner’s own; staff see every partner’s (filters: country, status, partnerId, q).',
  })
  @ListEndpoint(LOCATION_LIST, LocationResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: LocationListQuery,
  ): Promise<Page<LocationResponse>> {
    return this.locations.list(user, query);
  }

  @Post('checklist')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'The prerequisites checklist of a location application for the facts given (writes nothing): for the live form.',
  })
  @ApiBody({ type: LocationDto })
  @ApiOkResponse({ type: LocationChecklistResponse })
  @ApiErrors(400, 401, 403)
  checklist(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: LocationDto,
    @Req() request: FastifyRequest,
  ): Promise<LocationChecklistResponse> {
    return this.locations.checklist(user, body, localeOf(request.headers['accept-language']));
  }

  @Get(':id')
  @ApiOperation({ summary: 'One location with the state of its review.' })
  @ApiOkResponse({ type: LocationResponse })
  @ApiErrors(401, 403, 404)
  get(@CurrentUser() user: AuthenticatedUser, @Param('id') id: string): Promise<LocationResponse> {
    return this.locations.get(user, id);
  }

  @Post()
  @ApiOperation({
    summary:
      'Add a location in another country (the global admin of an active partner) and open its review: an indirect reseller enrollment in the location’s country, through the same queue and commands.',
  })
  @ApiBody({ type: LocationDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: LocationResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: LocationDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LocationResponse> {
    return sendResult(reply, await this.locations.create(user, body, idempotencyKey, request.id));
  }
}
