import { describe, expect, it } from '@jest/globals';
import { parseExchangeRate } from '../money/exchange-rate.js';
import { money, type Money } from '../money/money.js';
import type { RevenueRecord } from '../revenue/revenue.js';
import {
  checkDirectBillEligibility,
  evaluateDirectBillPolicy,
  policyEffectiveDay,
  policyInForce,
  type DirectBillFacts,
  type EligibilityReport,
  type RequirementOutcome,
} from './check-eligibility.js';
import {
  defaultDirectBillPolicy,
  directBill2018,
  directBill2020,
  directBill2021,
  directBillFy26,
  directBillPolicies,
  type EligibilityPolicy,
  type RequirementKind,
} from './eligibility-policy.js';
import { month } from '../../test-support/fixtures.js';

const usd = (dollars: bigint): Money => money(dollars * 100n, 'USD');
const line = (m: string, amount: Money, overrides: Partial<RevenueRecord> = {}): RevenueRecord => ({
  month: month(m),
  amount,
  channel: 'indirect_reseller',
  productKind: 'cloud',
  locationId: 'pla-se',
  ...overrides,
});

const submittedOn = new Date('2021-06-15T09:00:00Z'); // 2021-04 policy; window 2020-06 … 2021-05

/** A partner meeting every requirement of every policy, with its credit check passed. */
const strong: DirectBillFacts = {
  accountCountry: 'SE',
  locationPartnerId: { country: 'SE', active: true, inPartnerCenter: true },
  hasSigningAuthority: true,
  providesFirstLevelSupport: true,
  creditCheck: 'passed',
  creditCheckPassedOn: new Date('2021-05-01T00:00:00Z'),
  supportPlan: { plan: 'asfp', purchasedOn: new Date('2021-05-03T00:00:00Z') },
  revenue: {
    records: [line('2020-06', usd(150_000n)), line('2021-05', usd(150_000n))],
    rates: [],
    source: 'partner_center',
    locationId: 'pla-se',
  },
  indirectResellerSince: new Date('2019-01-10T00:00:00Z'),
  hasBillingInfrastructure: true,
  managedServices: 2,
  solutionsPartnerDesignations: 1,
  securityRequirementsMet: true,
  operationalAssessment: 'passed',
};

const report = (facts: DirectBillFacts, on: Date = submittedOn): EligibilityReport => {
  const result = checkDirectBillEligibility({ facts, on });
  if (!result.ok) {
    throw new Error(result.error.code);
  }
  return result.value;
};
const outcome = (r: EligibilityReport, kind: RequirementKind): RequirementOutcome | undefined =>
  [...r.requirements, ...r.advice].find((o) => o.requirement === kind);
const statusOf = (facts: DirectBillFacts, kind: RequirementKind, on?: Date) => {
  const o = outcome(report(facts, on), kind);
  return [o?.status, o?.reason.code];
};

describe('the policies', () => {
  it('are dated, ordered and distinct, with the seed set as default', () => {
    expect(directBillPolicies.map((p) => p.effectiveFrom)).toEqual([
      '2018-08-01',
      '2020-10-27',
      '2021-04-15',
      '2025-10-01',
    ]);
    for (const policy of directBillPolicies) {
      expect(policyEffectiveDay(policy)).toBeDefined();
      const kinds = policy.requirements.map((r) => r.kind);
      expect(new Set(kinds).size).toBe(kinds.length);
    }
    expect(defaultDirectBillPolicy).toBe(directBill2020);
  });

  it('hold the seed table: PartnerID, endorsement, support, USD 300K, accounts receivable; managed service as advice', () => {
    expect(directBill2020.requirements.map((r) => [r.kind, r.advisory])).toEqual([
      ['partner_id_for_location', false],
      ['endorsement', false],
      ['support_capability', false],
      ['support_plan', false],
      ['revenue', false],
      ['accounts_receivable', false],
      ['managed_service', true],
    ]);
    expect(directBill2020.requirements.find((r) => r.kind === 'revenue')).toMatchObject({
      minimumUsd: usd(300_000n),
      channels: ['indirect_reseller'],
      includePerpetualSoftware: false,
    });
  });

  it('change as DOMAIN.md §6.3 dates them', () => {
    expect(directBill2018.requirements.some((r) => r.kind === 'revenue')).toBe(false);
    expect(directBill2018.requirements.find((r) => r.kind === 'managed_service')?.advisory).toBe(
      false,
    );
    expect(directBill2021.requirements.find((r) => r.kind === 'indirect_tenure')).toMatchObject({
      months: 12,
      advisory: false,
    });
    expect(directBillFy26.requirements.find((r) => r.kind === 'revenue')).toMatchObject({
      minimumUsd: usd(1_000_000n),
      level: 'global_account',
    });
  });
});

describe('policyInForce: the policy of the submission date, in UTC', () => {
  it.each([
    ['2018-07-31T23:59:59Z', undefined],
    ['2018-08-01T00:00:00Z', 'direct_bill_2018_08'],
    ['2020-10-26T23:59:59Z', 'direct_bill_2018_08'],
    ['2020-10-27T00:00:00Z', 'direct_bill_2020_10'],
    ['2020-10-27T01:00:00+02:00', 'direct_bill_2018_08'], // 26 October in UTC
    ['2021-04-14T12:00:00Z', 'direct_bill_2020_10'],
    ['2021-04-15T00:00:00Z', 'direct_bill_2021_04'],
    ['2025-09-30T23:59:59Z', 'direct_bill_2021_04'],
    ['2025-10-01T00:00:00Z', 'direct_bill_fy26'],
    ['2030-01-01T00:00:00Z', 'direct_bill_fy26'],
  ])('%s → %s', (iso, id) => {
    const result = policyInForce(new Date(iso));
    expect(result.ok ? result.value.id : result.error.code).toBe(
      id ?? 'eligibility.no_policy_in_force',
    );
  });

  it('does not rely on the order of the list', () => {
    const result = policyInForce(
      new Date('2022-01-01T00:00:00Z'),
      [...directBillPolicies].reverse(),
    );
    expect(result.ok && result.value.id).toBe('direct_bill_2021_04');
  });

  it('refuses an invalid date', () => {
    expect(policyInForce(new Date(Number.NaN))).toEqual({
      ok: false,
      error: { code: 'eligibility.invalid_date' },
    });
    expect(checkDirectBillEligibility({ facts: strong, on: new Date(Number.NaN) })).toMatchObject({
      ok: false,
    });
    expect(
      evaluateDirectBillPolicy({ policy: directBill2020, facts: strong, on: new Date(Number.NaN) }),
    ).toMatchObject({ ok: false });
  });
});

describe('checkDirectBillEligibility', () => {
  it('finds a strong partner eligible under every policy', () => {
    for (const iso of [
      '2019-06-01T00:00:00Z',
      '2020-11-15T00:00:00Z',
      '2021-06-15T00:00:00Z',
      '2025-11-15T00:00:00Z',
    ]) {
      const records = [line(`${Number(iso.slice(0, 4)) - 1}-12`, usd(1_000_000n))];
      const r = report(
        {
          ...strong,
          revenue: { ...(strong.revenue as NonNullable<DirectBillFacts['revenue']>), records },
        },
        new Date(iso),
      );
      expect([r.policyId, r.verdict]).toEqual([r.policyId, 'eligible']);
      expect(r.requirements.every((o) => o.status === 'met')).toBe(true);
    }
  });

  it('reports the policy, the date, and the revenue as counted', () => {
    const r = report(strong);
    expect([r.policyId, r.effectiveFrom, r.evaluatedOn, r.verdict]).toEqual([
      'direct_bill_2021_04',
      '2021-04-15',
      '2021-06-15',
      'eligible',
    ]);
    expect(r.revenue?.totalUsd).toEqual(usd(300_000n));
    expect(r.revenue?.window).toMatchObject({ first: '2020-06', last: '2021-05' });
    expect(r.advice.map((o) => o.requirement)).toEqual(['managed_service']);
  });

  it('serializes to JSON as it is (money as digit strings)', () => {
    const json = JSON.parse(JSON.stringify(report(strong))) as { revenue: { totalUsd: unknown } };
    expect(json.revenue.totalUsd).toEqual({ amountMinor: '30000000', currency: 'USD' });
  });

  describe('PartnerID for the location', () => {
    it.each([
      [{ locationPartnerId: undefined }, 'needs_review', 'eligibility.partner_id_unknown'],
      [{ locationPartnerId: null }, 'not_met', 'eligibility.partner_id_missing'],
      [
        { locationPartnerId: { country: 'GB', active: true, inPartnerCenter: true } },
        'not_met',
        'eligibility.partner_id_other_country',
      ],
      [
        { locationPartnerId: { country: 'SE', active: true, inPartnerCenter: false } },
        'not_met',
        'eligibility.partner_id_not_in_partner_center',
      ],
      [
        { locationPartnerId: { country: 'SE', active: false, inPartnerCenter: true } },
        'not_met',
        'eligibility.partner_id_inactive',
      ],
      [{}, 'met', 'eligibility.partner_id_met'],
    ] as const)('%p → %s', (change, status, code) => {
      expect(statusOf({ ...strong, ...change }, 'partner_id_for_location')).toEqual([status, code]);
    });

    it('refuses a UK PartnerID for a French account, though both are in Europe', () => {
      const o = outcome(
        report({
          ...strong,
          accountCountry: 'FR',
          locationPartnerId: { country: 'GB', active: true, inPartnerCenter: true },
        }),
        'partner_id_for_location',
      );
      expect(o?.reason).toEqual({
        code: 'eligibility.partner_id_other_country',
        details: { country: 'FR', partnerIdCountry: 'GB' },
      });
    });
  });

  describe('declared requirements: met, not met, or needing review when unknown', () => {
    it.each([
      ['endorsement', 'hasSigningAuthority'],
      ['support_capability', 'providesFirstLevelSupport'],
      ['accounts_receivable', 'hasBillingInfrastructure'],
    ] as const)('%s from %s', (kind, fact) => {
      expect(statusOf({ ...strong, [fact]: true }, kind)).toEqual([
        'met',
        `eligibility.${kind}_met`,
      ]);
      expect(statusOf({ ...strong, [fact]: false }, kind)).toEqual([
        'not_met',
        `eligibility.${kind}_not_met`,
      ]);
      expect(statusOf({ ...strong, [fact]: undefined }, kind)).toEqual([
        'needs_review',
        `eligibility.${kind}_unknown`,
      ]);
    });
  });

  describe('support plan: ASfP or PSfP, bought only after the credit check has passed', () => {
    it.each([
      [{}, 'met', 'eligibility.support_plan_met'],
      [
        { supportPlan: { plan: 'psfp', purchasedOn: new Date('2021-05-01T23:00:00Z') } },
        'met',
        'eligibility.support_plan_met',
      ], // same day
      [
        { supportPlan: { plan: 'psfp', purchasedOn: new Date('2021-04-30T23:00:00Z') } },
        'needs_review',
        'eligibility.support_plan_before_credit_check',
      ],
      [
        { creditCheck: 'pending', creditCheckPassedOn: undefined },
        'needs_review',
        'eligibility.support_plan_before_credit_check',
      ],
      [
        { creditCheckPassedOn: undefined },
        'needs_review',
        'eligibility.support_plan_before_credit_check',
      ],
      [
        { supportPlan: { plan: 'asfp', purchasedOn: new Date(Number.NaN) } },
        'needs_review',
        'eligibility.support_plan_before_credit_check',
      ],
      [{ supportPlan: null }, 'not_met', 'eligibility.support_plan_missing'],
      [{ creditCheck: 'failed' }, 'not_met', 'eligibility.credit_check_failed'],
      [
        { creditCheck: 'pending', supportPlan: null },
        'needs_review',
        'eligibility.support_plan_after_credit_check',
      ],
      [
        { creditCheck: undefined, supportPlan: undefined },
        'needs_review',
        'eligibility.support_plan_after_credit_check',
      ],
    ] as const)('%p → %s', (change, status, code) => {
      expect(statusOf({ ...strong, ...change }, 'support_plan')).toEqual([status, code]);
    });

    it('does not hold back the verdict while the plan awaits the credit check', () => {
      const r = report({
        ...strong,
        creditCheck: 'not_started',
        creditCheckPassedOn: undefined,
        supportPlan: null,
      });
      expect(outcome(r, 'support_plan')?.awaits).toBe('credit_check');
      expect(r.verdict).toBe('eligible');
    });

    it('refuses a plan the policy does not name', () => {
      const only: EligibilityPolicy = {
        ...directBill2020,
        requirements: [{ kind: 'support_plan', advisory: false, plans: ['psfp'] }],
      };
      const result = evaluateDirectBillPolicy({ policy: only, facts: strong, on: submittedOn });
      expect(result.ok && result.value.requirements[0]?.reason).toEqual({
        code: 'eligibility.support_plan_not_accepted',
        details: { plan: 'asfp', plans: ['psfp'] },
      });
    });
  });

  describe('revenue: at least USD 300K over the trailing 12 months as an indirect reseller, perpetual software excluded', () => {
    const withRecords = (
      records: RevenueRecord[],
      source: 'partner_center' | 'self_reported' = 'partner_center',
    ): DirectBillFacts => ({
      ...strong,
      revenue: { records, rates: [], source, locationId: 'pla-se' },
    });

    it('is met at exactly the minimum, and not a cent below', () => {
      expect(statusOf(withRecords([line('2021-05', usd(300_000n))]), 'revenue')).toEqual([
        'met',
        'eligibility.revenue_met',
      ]);
      expect(
        statusOf(withRecords([line('2021-05', money(29_999_999n, 'USD'))]), 'revenue'),
      ).toEqual(['not_met', 'eligibility.revenue_below_minimum']);
    });

    it('leaves out the submission month, perpetual software, direct bill sales and other locations', () => {
      const records = [
        line('2021-06', usd(300_000n)),
        line('2021-05', usd(300_000n), { productKind: 'perpetual_software' }),
        line('2021-05', usd(300_000n), { channel: 'direct_bill' }),
        line('2021-05', usd(300_000n), { locationId: 'pla-fr' }),
      ];
      const o = outcome(report(withRecords(records)), 'revenue');
      expect(o?.reason).toEqual({
        code: 'eligibility.revenue_below_minimum',
        details: { totalUsd: '0.00', minimumUsd: '300000.00', first: '2020-06', last: '2021-05' },
      });
    });

    it('counts every location and both channels at the global account level from FY26', () => {
      const records = [
        line('2025-09', usd(600_000n), { locationId: 'pla-fr' }),
        line('2025-08', usd(400_000n), { channel: 'direct_bill' }),
      ];
      expect(statusOf(withRecords(records), 'revenue', new Date('2025-10-01T00:00:00Z'))).toEqual([
        'met',
        'eligibility.revenue_met',
      ]);
      expect(
        statusOf(withRecords(records.slice(0, 1)), 'revenue', new Date('2025-10-01T00:00:00Z')),
      ).toEqual(['not_met', 'eligibility.revenue_below_minimum']);
    });

    it('needs review when self-reported, unknown, or not convertible', () => {
      expect(
        statusOf(withRecords([line('2021-05', usd(300_000n))], 'self_reported'), 'revenue'),
      ).toEqual(['needs_review', 'eligibility.revenue_to_be_verified']);
      expect(statusOf(withRecords([line('2021-05', usd(1n))], 'self_reported'), 'revenue')).toEqual(
        ['not_met', 'eligibility.revenue_below_minimum'],
      );
      expect(statusOf({ ...strong, revenue: undefined }, 'revenue')).toEqual([
        'needs_review',
        'eligibility.revenue_unknown',
      ]);
      expect(statusOf(withRecords([line('2021-05', money(100n, 'SEK'))]), 'revenue')).toEqual([
        'needs_review',
        'revenue.missing_rate',
      ]);
    });

    it('converts with the month rate', () => {
      const rate = parseExchangeRate({ from: 'SEK', to: 'USD', rate: '0.1' });
      if (!rate.ok) {
        throw new Error('rate');
      }
      const facts: DirectBillFacts = {
        ...strong,
        revenue: {
          records: [line('2021-05', money(300_000_000n, 'SEK'))],
          rates: [{ month: month('2021-05'), rate: rate.value }],
          source: 'partner_center',
          locationId: 'pla-se',
        },
      };
      expect(statusOf(facts, 'revenue')).toEqual(['met', 'eligibility.revenue_met']);
    });
  });

  describe('indirect reseller tenure (from April 2021): at least 12 months', () => {
    it.each([
      [new Date('2020-06-15T00:00:00Z'), 'met', 'eligibility.tenure_met'], // exactly 12 months
      [new Date('2020-06-15T23:59:59Z'), 'met', 'eligibility.tenure_met'],
      [new Date('2020-06-16T00:00:00Z'), 'not_met', 'eligibility.tenure_too_short'],
      [null, 'not_met', 'eligibility.tenure_none'],
      [undefined, 'needs_review', 'eligibility.tenure_unknown'],
      [new Date(Number.NaN), 'needs_review', 'eligibility.tenure_unknown'],
    ])('since %p → %s', (since, status, code) => {
      expect(statusOf({ ...strong, indirectResellerSince: since }, 'indirect_tenure')).toEqual([
        status,
        code,
      ]);
    });

    it('says when the tenure will be reached, from a leap day', () => {
      const result = evaluateDirectBillPolicy({
        policy: directBill2021,
        facts: { ...strong, indirectResellerSince: new Date('2020-02-29T00:00:00Z') },
        on: new Date('2021-02-27T00:00:00Z'),
      });
      const o = result.ok ? outcome(result.value, 'indirect_tenure') : undefined;
      expect(o?.reason).toEqual({
        code: 'eligibility.tenure_too_short',
        details: { months: 12, since: '2020-02-29', eligibleFrom: '2021-02-28' },
      });
    });

    it('is not asked before April 2021', () => {
      expect(
        outcome(report(strong, new Date('2021-04-14T00:00:00Z')), 'indirect_tenure'),
      ).toBeUndefined();
    });
  });

  describe('managed service: advice since October 2020, required in 2018', () => {
    it('never blocks under the seed policy', () => {
      const r = report({ ...strong, managedServices: 0 });
      expect(outcome(r, 'managed_service')).toMatchObject({
        status: 'not_met',
        advisory: true,
        reason: { code: 'eligibility.managed_service_not_met' },
      });
      expect(r.verdict).toBe('eligible');
      expect(report({ ...strong, managedServices: undefined }).verdict).toBe('eligible');
    });

    it('blocks under the 2018 policy', () => {
      const r = report({ ...strong, managedServices: 0 }, new Date('2019-01-01T00:00:00Z'));
      expect(outcome(r, 'managed_service')).toMatchObject({ status: 'not_met', advisory: false });
      expect(r.verdict).toBe('not_eligible');
      expect(statusOf({ ...strong, managedServices: undefined }, 'managed_service')).toEqual([
        'needs_review',
        'eligibility.managed_service_unknown',
      ]);
      expect(statusOf(strong, 'managed_service')).toEqual([
        'met',
        'eligibility.managed_service_met',
      ]);
    });
  });

  describe('FY26 additions', () => {
    const fy26 = new Date('2025-12-01T00:00:00Z');
    const rich: DirectBillFacts = {
      ...strong,
      revenue: {
        records: [line('2025-10', usd(1_000_000n))],
        rates: [],
        source: 'partner_center',
        locationId: 'pla-se',
      },
    };
    it.each([
      ['solutions_partner_designation', { solutionsPartnerDesignations: 1 }, 'met', 'met'],
      ['solutions_partner_designation', { solutionsPartnerDesignations: 0 }, 'not_met', 'not_met'],
      [
        'solutions_partner_designation',
        { solutionsPartnerDesignations: undefined },
        'needs_review',
        'unknown',
      ],
      ['security_requirements', { securityRequirementsMet: true }, 'met', 'met'],
      ['security_requirements', { securityRequirementsMet: false }, 'not_met', 'not_met'],
      ['security_requirements', { securityRequirementsMet: undefined }, 'needs_review', 'unknown'],
      ['operational_assessment', { operationalAssessment: 'passed' }, 'met', 'met'],
      ['operational_assessment', { operationalAssessment: 'failed' }, 'not_met', 'not_met'],
      ['operational_assessment', { operationalAssessment: 'pending' }, 'needs_review', 'pending'],
      ['operational_assessment', { operationalAssessment: undefined }, 'needs_review', 'pending'],
    ] as const)('%s with %p → %s', (kind, change, status, suffix) => {
      expect(statusOf({ ...rich, ...change }, kind, fy26)).toEqual([
        status,
        `eligibility.${kind}_${suffix}`,
      ]);
    });
  });

  describe('verdict', () => {
    it('is not eligible when any requirement is not met, even if others need review', () => {
      expect(
        report({ ...strong, hasSigningAuthority: false, hasBillingInfrastructure: undefined })
          .verdict,
      ).toBe('not_eligible');
    });

    it('needs review when nothing fails but something is unknown', () => {
      expect(report({ ...strong, hasBillingInfrastructure: undefined }).verdict).toBe(
        'needs_review',
      );
    });

    it('needs review, rather than refusing, for a partner about whom nothing is known yet', () => {
      const r = report({ accountCountry: 'SE' });
      expect(r.verdict).toBe('needs_review');
      expect(r.requirements.every((o) => o.status === 'needs_review')).toBe(true);
    });
  });
});
