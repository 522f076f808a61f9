import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  meetsRevenueMinimum,
  moneyToDecimal,
  policyInForce,
  sumTrailingRevenue,
  trailingWindow,
  type MonthKey,
  type RevenueRecord,
  type RevenueScope,
} from '@hub/domain';
import { DataSource } from 'typeorm';
import { DomainError } from '../../http/domain-error.js';
import { tenantScope, assertMaySeePartnerRecords } from '../identity/access.js';
import { type AuthenticatedUser } from '../identity/authenticated-user.js';
import { type RevenueWindowResponse } from './dto/csv-import.dto.js';
import { DEMO_RATE_SOURCE, FxRatesService } from './fx-rates.service.js';
import { isUuid, PartnersService } from './partners.service.js';
import { RevenueRecordEntity } from './revenue-record.entity.js';

/** When the policy in force has no revenue rule (2018), the window is shown as the later rules count it. */
const fallbackScope: RevenueScope = {
  channels: ['indirect_reseller'],
  includePerpetualSoftware: false,
};

/**
 * The reviewer's revenue view: the trailing-12-month window month by month in USD, as
 * @hub/domain's sumTrailingRevenue counts it under the policy in force on the day measured from
 * (channels, perpetual software excluded), with the rate and month used for each converted figure
 * and the records it left out.
 */
@Injectable()
export class RevenueWindowService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partners: PartnersService,
    private readonly fxRates: FxRatesService,
  ) {}

  async forPartner(
    user: AuthenticatedUser,
    partnerId: string,
    on: Date,
  ): Promise<RevenueWindowResponse> {
    return this.window(user, partnerId, on);
  }

  /** An application's window ends with the month before its submission (today's for a draft). */
  async forEnrollment(
    user: AuthenticatedUser,
    enrollmentId: string,
    now: Date,
  ): Promise<RevenueWindowResponse> {
    assertMaySeePartnerRecords(user);
    const tenant = tenantScope(user);
    const rows: { partner_id: string; submitted_at: Date | null }[] = isUuid(enrollmentId)
      ? await this.dataSource.query(
          `SELECT partner_id, submitted_at FROM enrollments
            WHERE id = $1 AND ($2::uuid IS NULL OR tenant_id = $2::uuid)`,
          [enrollmentId, tenant ?? null],
        )
      : [];
    const [row] = rows;
    if (row === undefined) {
      throw new DomainError('enrollment.not_found', { id: enrollmentId });
    }
    return {
      ...(await this.window(user, row.partner_id, row.submitted_at ?? now)),
      enrollmentId,
    };
  }

  private async window(
    user: AuthenticatedUser,
    partnerId: string,
    on: Date,
  ): Promise<RevenueWindowResponse> {
    const partner = await this.partners.find(this.dataSource.manager, user, partnerId);
    const window = trailingWindow(on);
    if (!window.ok) {
      throw DomainError.from(window.error, { field: 'on' });
    }
    const policy = policyInForce(on);
    const requirement = policy.ok
      ? policy.value.requirements.find((candidate) => candidate.kind === 'revenue')
      : undefined;
    const locationId = partner.partnerId ?? '';
    const scope: RevenueScope =
      requirement?.kind === 'revenue'
        ? {
            channels: requirement.channels,
            includePerpetualSoftware: requirement.includePerpetualSoftware,
            ...(requirement.level === 'location' ? { locationId } : {}),
          }
        : fallbackScope;
    const rows = await this.dataSource
      .getRepository(RevenueRecordEntity)
      .find({ where: { partnerId: partner.id }, order: { month: 'ASC', createdAt: 'ASC' } });
    const records: RevenueRecord[] = rows.map((row) => ({
      month: row.month as MonthKey,
      amount: {
        amountMinor: BigInt(row.amountMinor),
        currency: row.currency,
      } as RevenueRecord['amount'],
      channel: row.channel,
      productKind: row.productKind,
      locationId,
    }));
    const book = await this.fxRates.book(this.dataSource.manager, window.value.months);
    const sum = sumTrailingRevenue({ records, rates: book.rates, on, scope });
    if (!sum.ok) {
      throw DomainError.from(sum.error);
    }
    const revenue = sum.value;
    let usesDemoRates = false;
    const months = revenue.byMonth.map(({ month, usd }) => ({
      month,
      usd: moneyToDecimal(usd),
      figures: revenue.conversions
        .filter((conversion) => conversion.month === month)
        .map((conversion) => {
          const stored = conversion.rate
            ? book.rows.get(`${month} ${conversion.currency}`)
            : undefined;
          usesDemoRates ||= stored?.source === DEMO_RATE_SOURCE;
          return {
            currency: conversion.currency,
            amount: moneyToDecimal(conversion.amount),
            usd: moneyToDecimal(conversion.usd),
            ...(stored
              ? {
                  rate: {
                    month: stored.month,
                    usdPerUnit: stored.usdPerUnit,
                    source: stored.source,
                    demo: stored.source === DEMO_RATE_SOURCE,
                  },
                }
              : {}),
          };
        }),
      excluded: revenue.excludedInWindow
        .filter((entry) => entry.record.month === month)
        .map(({ record, reason }) => ({
          currency: record.amount.currency,
          amount: moneyToDecimal(record.amount),
          productKind: record.productKind,
          channel: record.channel,
          reason,
        })),
    }));
    const minimum = requirement?.kind === 'revenue' ? requirement.minimumUsd : undefined;
    return {
      partnerId: partner.id,
      on: on.toISOString().slice(0, 10),
      first: revenue.window.first,
      last: revenue.window.last,
      policyId: policy.ok ? policy.value.id : null,
      minimumUsd: minimum ? moneyToDecimal(minimum) : null,
      totalUsd: moneyToDecimal(revenue.totalUsd),
      meetsMinimum: minimum ? meetsRevenueMinimum(revenue.totalUsd, minimum) : null,
      months,
      excluded: { ...revenue.excluded },
      usesDemoRates,
    };
  }
}
