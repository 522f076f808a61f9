import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { moneyToDecimal, parseMoneyAmount, parseMonth, type CurrencyCode } from '@hub/domain';
import { DataSource } from 'typeorm';
import { DomainError, orThrow } from '../../http/domain-error.js';
import { type Page } from '../../http/list/list-endpoint.js';
import { type ListQuery, type ListSpec } from '../../http/list/list-query.js';
import { assertMaySeePartnerRecords, tenantScope } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { type RevenueRecordDto, type RevenueRecordResponse } from './dto/revenue-record.dto.js';
import { FxRatesService } from './fx-rates.service.js';
import { isUuid, PartnersService } from './partners.service.js';
import { RevenueRecordEntity } from './revenue-record.entity.js';

const revenueFilters = { partnerId: 'string', id: 'strings' } as const;
type RevenueSort = 'month' | 'createdAt';
export const REVENUE_LIST: ListSpec<RevenueSort, typeof revenueFilters> = {
  resource: 'revenue-records',
  sortable: ['month', 'createdAt'],
  defaultSort: ['month', 'DESC'],
  filters: revenueFilters,
};
export type RevenueListQuery = ListQuery<RevenueSort, typeof revenueFilters>;

const sortColumns: Record<RevenueSort | 'id', string> = {
  id: 'r.id',
  month: 'r.month',
  createdAt: 'r.created_at',
};

/** The monthly revenue rows a partner enters; the direct bill revenue rule sums them. */
@Injectable()
export class RevenueRecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly fxRates: FxRatesService,
  ) {}

  async list(
    user: AuthenticatedUser,
    query: RevenueListQuery,
  ): Promise<Page<RevenueRecordResponse>> {
    assertMaySeePartnerRecords(user);
    const builder = this.dataSource
      .getRepository(RevenueRecordEntity)
      .createQueryBuilder('r')
      .innerJoin('partners', 'p', 'p.id = r.partner_id');
    const tenant = tenantScope(user);
    if (tenant !== undefined) {
      builder.andWhere('p.tenant_id = :tenant', { tenant });
    }
    if (query.filter.partnerId) {
      builder.andWhere('r.partner_id::text = :partnerId', { partnerId: query.filter.partnerId });
    }
    if (query.filter.id) {
      builder.andWhere('r.id::text IN (:...ids)', { ids: query.filter.id });
    }
    const [rows, total] = await builder
      .orderBy(sortColumns[query.sort.field], query.sort.order)
      .addOrderBy('r.id', 'ASC')
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .getManyAndCount();
    return { rows: rows.map(toRevenueResponse), total, start: query.range.start };
  }

  async create(user: AuthenticatedUser, dto: RevenueRecordDto): Promise<RevenueRecordResponse> {
    const partner = await this.partners.find(this.dataSource.manager, user, dto.partnerId);
    assertOwnAdmin(user, partner.tenantId);
    const month = orThrow(parseMonth(dto.month), { field: 'month' });
    const amount = orThrow(parseMoneyAmount(dto.amount, dto.currency), { field: 'amount' });
    if (
      amount.currency !== 'USD' &&
      !(await this.fxRates.book(this.dataSource.manager, [month])).rows.has(
        `${month} ${amount.currency}`,
      )
    ) {
      throw new DomainError('revenue.no_rate', {
        field: 'currency',
        currency: amount.currency,
        month,
      });
    }
    if (amount.amountMinor < 0n) {
      throw new DomainError('revenue.invalid_record', { field: 'amount' });
    }
    const row = await this.dataSource.getRepository(RevenueRecordEntity).save({
      partnerId: partner.id,
      month,
      amountMinor: amount.amountMinor.toString(),
      currency: amount.currency,
      channel: dto.channel,
      productKind: dto.productKind,
    });
    return toRevenueResponse(row);
  }

  async remove(user: AuthenticatedUser, id: string): Promise<RevenueRecordResponse> {
    assertMaySeePartnerRecords(user);
    const repository = this.dataSource.getRepository(RevenueRecordEntity);
    const row = isUuid(id) ? await repository.findOneBy({ id }) : null;
    if (!row) {
      throw new DomainError('revenue.record_not_found', { id });
    }
    const partner = await this.partners
      .find(this.dataSource.manager, user, row.partnerId)
      .catch(() => {
        throw new DomainError('revenue.record_not_found', { id });
      });
    assertOwnAdmin(user, partner.tenantId);
    await repository.delete({ id });
    return toRevenueResponse(row);
  }
}

function assertOwnAdmin(user: AuthenticatedUser, tenantId: string): void {
  if (user.actor.kind !== 'partner_global_admin' || user.actor.tenantId !== tenantId) {
    throw new DomainError('partner.global_admin_required');
  }
}

export function toRevenueResponse(row: RevenueRecordEntity): RevenueRecordResponse {
  return {
    id: row.id,
    partnerId: row.partnerId,
    month: row.month,
    amount: moneyToDecimal({
      amountMinor: BigInt(row.amountMinor),
      currency: row.currency as CurrencyCode,
    } as never),
    currency: row.currency,
    channel: row.channel,
    productKind: row.productKind,
    importId: row.importId ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}
