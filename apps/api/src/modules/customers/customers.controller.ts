import { Body, Controller, Get, Headers, Post, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ListEndpoint, ListParams, type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { ApiErrors, ApiWriteHeaders } from '../../http/openapi.js';
import { sendResult } from '../../http/write-result.js';
import { CurrentUser, type AuthenticatedUser } from '../identity/authenticated-user.js';
import { CUSTOMER_LIST, CustomersService, type CustomerListQuery } from './customers.service.js';
import {
  CspTenantResponse,
  CustomerResponse,
  MarkCspTenantDto,
  RegisterCustomerDto,
} from './dto/customers.dto.js';

const CSP_TENANT_LIST: ListSpec<never, Record<string, never>> = {
  resource: 'csp-transaction-tenants',
  sortable: [],
  defaultSort: ['id', 'ASC'],
  filters: {},
};

@ApiTags('customers')
@ApiBearerAuth()
@Controller()
export class CustomersController {
  constructor(private readonly customers: CustomersService) {}

  @Get('csp-transaction-tenants')
  @ApiOperation({
    summary:
      'The caller’s partner’s CSP transaction tenant in each of its regions (its own account tenant where it marked none).',
  })
  @ListEndpoint(CSP_TENANT_LIST, CspTenantResponse)
  cspTenants(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() _query: ListQuery<never, Record<string, never>>,
  ): Promise<Page<CspTenantResponse>> {
    return this.customers.cspTenants(user);
  }

  @Post('csp-transaction-tenants')
  @ApiOperation({
    summary:
      'Mark the tenant the partner transacts from in one of its regions (its global admin): one per region, never another partner’s.',
  })
  @ApiBody({ type: MarkCspTenantDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: CspTenantResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async markCspTenant(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: MarkCspTenantDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CspTenantResponse> {
    return sendResult(reply, await this.customers.markCspTenant(user, body, idempotencyKey));
  }

  @Get('customers')
  @ApiOperation({ summary: 'The customer tenants the caller’s partner registered.' })
  @ListEndpoint(CUSTOMER_LIST, CustomerResponse)
  list(
    @CurrentUser() user: AuthenticatedUser,
    @ListParams() query: CustomerListQuery,
  ): Promise<Page<CustomerResponse>> {
    return this.customers.customers(user, query);
  }

  @Post('customers')
  @ApiOperation({
    summary:
      'Register a customer tenant (the partner’s global admin): refused when it is a CSP partner’s transaction tenant (CSP-to-CSP) or its market is outside the partner’s regions.',
  })
  @ApiBody({ type: RegisterCustomerDto })
  @ApiWriteHeaders({ ifMatch: false, idempotent: true })
  @ApiCreatedResponse({ type: CustomerResponse })
  @ApiErrors(400, 401, 403, 409, 422)
  async register(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: RegisterCustomerDto,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CustomerResponse> {
    return sendResult(reply, await this.customers.register(user, body, idempotencyKey));
  }
}
