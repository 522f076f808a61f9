import { Body, Controller, Delete, Get, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { ApiErrors } from '../../http/openapi.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { RevenueRecordDto, RevenueRecordResponse } from './dto/revenue-record.dto.js';
import {
  REVENUE_LIST,
  RevenueRecordsService,
  type RevenueListQuery,
} from './revenue-records.service.js';

@ApiTags('partners')
@ApiBearerAuth()
@Controller('revenue-records')
export class RevenueRecordsController {
  constructor(private readonly revenue: RevenueRecordsService) {}

  @Get()
  @ApiOperation({ summary: 'List a partner’s monthly CSP revenue rows.' })
  @ListEndpoint(REVENUE_LIST, RevenueRecordResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: RevenueListQuery,
  ): Promise<Page<RevenueRecordResponse>> {
    return this.revenue.list(user, query);
  }

  @Post()
  @ApiOperation({
    summary:
      'Add a month of CSP revenue (the partner’s global admin; USD, or a currency with that month’s rate).',
  })
  @ApiCreatedResponse({ type: RevenueRecordResponse })
  @ApiErrors(400, 401, 403, 404)
  create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() dto: RevenueRecordDto,
  ): Promise<RevenueRecordResponse> {
    return this.revenue.create(user, dto);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Remove a revenue row (the partner’s global admin).' })
  @ApiOkResponse({ type: RevenueRecordResponse })
  @ApiErrors(401, 403, 404)
  remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id') id: string,
  ): Promise<RevenueRecordResponse> {
    return this.revenue.remove(user, id);
  }
}
