import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../http/domain-error.js';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { localeOf } from '../../http/locale.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import {
  CsvImportResult,
  CsvPreviewResponse,
  FxRateResponse,
  RevenueWindowResponse,
} from './dto/csv-import.dto.js';
import { FX_RATE_LIST, FxRatesService, type FxRateListQuery } from './fx-rates.service.js';
import { RevenueImportService } from './revenue-import.service.js';
import { RevenueWindowService } from './revenue-window.service.js';

const CSV_BODY = {
  schema: { type: 'string', format: 'binary' },
  description: 'The CSV file itself (UTF-8, header line first, at most 1 MiB and 10,000 lines).',
} as const;

@ApiTags('partners')
@ApiBearerAuth()
@Controller('partners/:partnerId')
export class RevenueImportsController {
  constructor(
    private readonly imports: RevenueImportService,
    private readonly windows: RevenueWindowService,
  ) {}

  @Post('revenue-imports/preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Check a CSV of monthly CSP revenue (month,amount,currency,product_type[,channel]) line by line; writes nothing.',
  })
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiOkResponse({ type: CsvPreviewResponse })
  @ApiErrors(400, 401, 403, 404, 413, 415)
  preview(
    @CurrentUser() user: AuthenticatedUser,
    @Param('partnerId') partnerId: string,
    @Body() body: unknown,
    @Headers('accept-language') language: string | undefined,
  ): Promise<CsvPreviewResponse> {
    return this.imports.preview(user, partnerId, body, localeOf(language));
  }

  @Post('revenue-imports')
  @ApiOperation({
    summary:
      'Import a CSV of monthly CSP revenue: every line or none; a month in the file replaces that month on file.',
  })
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: CsvImportResult })
  @ApiErrors(400, 401, 403, 404, 413, 415, 422)
  async commit(
    @CurrentUser() user: AuthenticatedUser,
    @Param('partnerId') partnerId: string,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Headers('accept-language') language: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CsvImportResult> {
    return sendResult(
      reply,
      await this.imports.commit(user, partnerId, body, {
        idempotencyKey,
        requestId: request.id,
        locale: localeOf(language),
      }),
    );
  }

  @Get('revenue-window')
  @ApiOperation({
    summary:
      'The partner’s trailing-12-month revenue month by month in USD, as the direct bill rule counts it.',
  })
  @ApiQuery({ name: 'on', required: false, description: 'YYYY-MM-DD (UTC); today when absent.' })
  @ApiOkResponse({ type: RevenueWindowResponse })
  @ApiErrors(400, 401, 403, 404, 422)
  partnerWindow(
    @CurrentUser() user: AuthenticatedUser,
    @Param('partnerId') partnerId: string,
    @Query('on') on: unknown,
  ): Promise<RevenueWindowResponse> {
    return this.windows.forPartner(user, partnerId, dayOf(on));
  }
}

@ApiTags('enrollments')
@ApiBearerAuth()
@Controller('enrollments/:enrollmentId')
export class EnrollmentRevenueWindowController {
  constructor(private readonly windows: RevenueWindowService) {}

  @Get('revenue-window')
  @ApiOperation({
    summary:
      'An application’s trailing-12-month revenue month by month in USD, measured from its submission.',
  })
  @ApiOkResponse({ type: RevenueWindowResponse })
  @ApiErrors(401, 403, 404, 422)
  enrollmentWindow(
    @CurrentUser() user: AuthenticatedUser,
    @Param('enrollmentId') enrollmentId: string,
  ): Promise<RevenueWindowResponse> {
    return this.windows.forEnrollment(user, enrollmentId, new Date());
  }
}

@ApiTags('fx-rates')
@ApiBearerAuth()
@Controller('fx-rates')
export class FxRatesController {
  constructor(private readonly rates: FxRatesService) {}

  @Get()
  @ApiOperation({ summary: 'List the monthly FX rates to USD (program data).' })
  @ListEndpoint(FX_RATE_LIST, FxRateResponse)
  list(@ListParams() query: FxRateListQuery): Promise<Page<FxRateResponse>> {
    return this.rates.list(query);
  }

  @Post('imports/preview')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Check a CSV of monthly FX rates to USD (month,currency,usd_per_unit) line by line; writes nothing (program admins).',
  })
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiOkResponse({ type: CsvPreviewResponse })
  @ApiErrors(400, 401, 403, 413, 415)
  preview(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: unknown,
    @Headers('accept-language') language: string | undefined,
  ): CsvPreviewResponse {
    return this.rates.preview(user, body, localeOf(language));
  }

  @Post('imports')
  @ApiOperation({
    summary:
      'Import monthly FX rates to USD: every line or none; a rate already on file for the month and currency is replaced (program admins).',
  })
  @ApiConsumes('text/csv')
  @ApiBody(CSV_BODY)
  @ApiQuery({
    name: 'source',
    required: false,
    description: 'Where the rates come from; `import` when absent.',
  })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: CsvImportResult })
  @ApiErrors(400, 401, 403, 413, 415, 422)
  async commit(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: unknown,
    @Query('source') source: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Headers('accept-language') language: string | undefined,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CsvImportResult> {
    return sendResult(
      reply,
      await this.rates.commit(user, body, source, {
        idempotencyKey,
        requestId: request.id,
        locale: localeOf(language),
      }),
    );
  }
}

/** A repeated `on` is an array: refused like any other value that is no day. */
function dayOf(on: unknown): Date {
  if (on === undefined) {
    return new Date();
  }
  if (typeof on !== 'string') {
    throw new DomainError('revenue.invalid_date', { field: 'on' });
  }
  const day = /^\d{4}-\d{2}-\d{2}$/.test(on) ? new Date(`${on}T00:00:00Z`) : undefined;
  if (day === undefined || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== on) {
    throw new DomainError('revenue.invalid_date', { field: 'on' });
  }
  return day;
}
