// An independent oracle for direct bill eligibility: each dated policy's requirements and
// thresholds written out by hand from ../shared/design/DOMAIN.md §6.3 (the requirements table of
// 27 Oct 2020 refined 04/15/2021, "How the requirements changed") and the seed's "Minimum
// requirements". Nothing is read from eligibility-policy.ts's data to build the expectations: a
// change to a policy without this table, or to this table without the policy, fails.
import { describe, expect, it } from '@jest/globals';
import { money } from '../money/money.js';
import type { RevenueRecord } from '../revenue/revenue.js';
import { month } from '../../test-support/fixtures.js';
import {
  checkDirectBillEligibility,
  evaluateDirectBillPolicy,
  policyInForce,
  type DirectBillFacts,
  type EligibilityReport,
} from './check-eligibility.js';
import { directBill2020, directBillPolicies, type RequirementKind } from './eligibility-policy.js';

type Expected = {
  readonly id: string;
  readonly from: string;
  /** Where the rule was read, as the console shows it next to the policy. */
  readonly source: string;
  readonly required: readonly RequirementKind[];
  readonly advice: readonly RequirementKind[];
  readonly revenue?: {
    readonly minimumCents: bigint;
    readonly level: 'location' | 'global_account';
    readonly channels: readonly string[];
  };
  readonly tenureMonths?: number;
};

const ORACLE: readonly Expected[] = [
  {
    // Aug 2018: active MPN ID, endorsement, support plus credit check, a managed service (then
    // required), accounts receivable. No revenue rule.
    id: 'direct_bill_2018_08',
    from: '2018-08-01',
    source: 'direct-partner-new-requirements.md (2018 copy), DOMAIN.md §6.3',
    required: [
      'partner_id_for_location',
      'endorsement',
      'support_capability',
      'support_plan',
      'managed_service',
      'accounts_receivable',
    ],
    advice: [],
  },
  {
    // The seed (27 Oct 2020): USD 300K of CSP revenue as an indirect reseller over the trailing
    // 12 months, cloud only; the managed service becomes a recommendation.
    id: 'direct_bill_2020_10',
    from: '2020-10-27',
    source: 'enrolling-in-the-csp-program.md (seed, 11/29/2020)',
    required: [
      'partner_id_for_location',
      'endorsement',
      'support_capability',
      'support_plan',
      'revenue',
      'accounts_receivable',
    ],
    advice: ['managed_service'],
    revenue: { minimumCents: 300_000_00n, level: 'location', channels: ['indirect_reseller'] },
  },
  {
    // By April 2021 (page of 04/15/2021): the 12-month indirect tenure rule added.
    id: 'direct_bill_2021_04',
    from: '2021-04-15',
    source: 'direct-partner-new-requirements.md (04/15/2021)',
    required: [
      'partner_id_for_location',
      'endorsement',
      'support_capability',
      'support_plan',
      'revenue',
      'accounts_receivable',
      'indirect_tenure',
    ],
    advice: ['managed_service'],
    revenue: { minimumCents: 300_000_00n, level: 'location', channels: ['indirect_reseller'] },
    tenureMonths: 12,
  },
  {
    // FY26, from 1 Oct 2025: USD 1M billed CSP revenue at the PGA level, operational assessment,
    // ASfP/PSfP, security-score items, a Solutions Partner designation (the earlier ones stay).
    id: 'direct_bill_fy26',
    from: '2025-10-01',
    source: 'partner.microsoft.com CSP requirements page (FY26), DOMAIN.md §6.3',
    required: [
      'partner_id_for_location',
      'endorsement',
      'support_capability',
      'support_plan',
      'revenue',
      'accounts_receivable',
      'indirect_tenure',
      'solutions_partner_designation',
      'security_requirements',
      'operational_assessment',
    ],
    advice: ['managed_service'],
    revenue: {
      minimumCents: 1_000_000_00n,
      level: 'global_account',
      channels: ['indirect_reseller', 'direct_bill'],
    },
    tenureMonths: 12,
  },
];

const ALL_KINDS: readonly RequirementKind[] = [
  'partner_id_for_location',
  'endorsement',
  'support_capability',
  'support_plan',
  'revenue',
  'indirect_tenure',
  'accounts_receivable',
  'managed_service',
  'solutions_partner_designation',
  'security_requirements',
  'operational_assessment',
];

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const dayBefore = (text: string) => new Date(day(text).getTime() - 1);
const monthBefore = (on: Date): string => {
  const d = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const record = (
  m: string,
  cents: bigint,
  overrides: Partial<RevenueRecord> = {},
): RevenueRecord => ({
  month: month(m),
  amount: money(cents, 'USD'),
  channel: 'indirect_reseller',
  productKind: 'cloud',
  locationId: 'pla-se',
  ...overrides,
});

/** A partner meeting every requirement of every policy on `on`, with `cents` of revenue in the last month of the window. */
const strong = (on: Date, cents = 1_000_000_00n): DirectBillFacts => ({
  accountCountry: 'SE',
  locationPartnerId: { country: 'SE', active: true, inPartnerCenter: true },
  hasSigningAuthority: true,
  providesFirstLevelSupport: true,
  creditCheck: 'passed',
  creditCheckPassedOn: new Date(on.getTime() - 20 * 86_400_000),
  supportPlan: { plan: 'psfp', purchasedOn: new Date(on.getTime() - 10 * 86_400_000) },
  revenue: {
    records: [record(monthBefore(on), cents)],
    rates: [],
    source: 'partner_center',
    locationId: 'pla-se',
  },
  indirectResellerSince: new Date('2010-01-01T00:00:00Z'),
  hasBillingInfrastructure: true,
  managedServices: 1,
  solutionsPartnerDesignations: 1,
  securityRequirementsMet: true,
  operationalAssessment: 'passed',
});

/** Facts that fail exactly one requirement kind (and the code that says so). */
const failing = (kind: RequirementKind, on: Date): DirectBillFacts => {
  const facts = strong(on);
  switch (kind) {
    case 'partner_id_for_location':
      return { ...facts, locationPartnerId: null };
    case 'endorsement':
      return { ...facts, hasSigningAuthority: false };
    case 'support_capability':
      return { ...facts, providesFirstLevelSupport: false };
    case 'support_plan':
      return { ...facts, supportPlan: null };
    case 'revenue':
      return {
        ...facts,
        revenue: { records: [], rates: [], source: 'partner_center', locationId: 'pla-se' },
      };
    case 'indirect_tenure':
      return { ...facts, indirectResellerSince: null };
    case 'accounts_receivable':
      return { ...facts, hasBillingInfrastructure: false };
    case 'managed_service':
      return { ...facts, managedServices: 0 };
    case 'solutions_partner_designation':
      return { ...facts, solutionsPartnerDesignations: 0 };
    case 'security_requirements':
      return { ...facts, securityRequirementsMet: false };
    case 'operational_assessment':
      return { ...facts, operationalAssessment: 'failed' };
  }
};

const check = (facts: DirectBillFacts, on: Date): EligibilityReport => {
  const result = checkDirectBillEligibility({ facts, on });
  if (!result.ok) {
    throw new Error(result.error.code);
  }
  return result.value;
};
const sorted = <T>(values: readonly T[]): T[] => [...values].sort();

describe('the eligibility oracle (hand-written from DOMAIN.md §6.3)', () => {
  it('knows exactly these four policies, in date order, each naming where it was read', () => {
    expect(directBillPolicies.map((p) => [p.id, p.effectiveFrom, p.source])).toEqual(
      ORACLE.map((o) => [o.id, o.from, o.source]),
    );
  });

  describe.each(ORACLE.map((o) => [o.id, o] as const))('%s', (_, expected) => {
    const policy = directBillPolicies.find((p) => p.id === expected.id);
    const on = day(expected.from);

    it('holds exactly the documented requirements, thresholds and advice', () => {
      expect(
        sorted(policy?.requirements.filter((r) => !r.advisory).map((r) => r.kind) ?? []),
      ).toEqual(sorted(expected.required));
      expect(
        sorted(policy?.requirements.filter((r) => r.advisory).map((r) => r.kind) ?? []),
      ).toEqual(sorted(expected.advice));
      const revenue = policy?.requirements.find((r) => r.kind === 'revenue');
      expect(revenue).toEqual(
        expected.revenue === undefined
          ? undefined
          : {
              kind: 'revenue',
              advisory: false,
              minimumUsd: money(expected.revenue.minimumCents, 'USD'),
              level: expected.revenue.level,
              channels: expected.revenue.channels,
              includePerpetualSoftware: false,
            },
      );
      const tenure = policy?.requirements.find((r) => r.kind === 'indirect_tenure');
      expect(tenure).toEqual(
        expected.tenureMonths === undefined
          ? undefined
          : { kind: 'indirect_tenure', advisory: false, months: expected.tenureMonths },
      );
      expect(policy?.requirements.find((r) => r.kind === 'support_plan')).toEqual({
        kind: 'support_plan',
        advisory: false,
        plans: ['asfp', 'psfp'],
      });
    });

    it('is in force from the start of its day (UTC), and not a moment before', () => {
      expect(policyInForce(on)).toMatchObject({ ok: true, value: { id: expected.id } });
      const previous = ORACLE[ORACLE.indexOf(expected) - 1];
      expect(policyInForce(dayBefore(expected.from))).toEqual(
        previous === undefined
          ? {
              ok: false,
              error: { code: 'eligibility.no_policy_in_force', details: { date: '2018-07-31' } },
            }
          : expect.objectContaining({
              ok: true,
              value: expect.objectContaining({ id: previous.id }),
            }),
      );
    });

    it('finds a partner meeting everything eligible', () => {
      const report = check(strong(on), on);
      expect(report.policyId).toBe(expected.id);
      expect(report.verdict).toBe('eligible');
      expect(sorted(report.requirements.map((r) => r.requirement))).toEqual(
        sorted(expected.required),
      );
      expect(report.requirements.every((r) => r.status === 'met')).toBe(true);
    });

    it.each(ALL_KINDS)(
      'judges a partner failing only %s by whether the policy requires it',
      (kind) => {
        const report = check(failing(kind, on), on);
        const isRequired = expected.required.includes(kind);
        const isAdvice = expected.advice.includes(kind);
        expect(report.verdict).toBe(isRequired ? 'not_eligible' : 'eligible');
        const listed = [...report.requirements, ...report.advice].find(
          (r) => r.requirement === kind,
        );
        expect(listed?.status).toBe(isRequired || isAdvice ? 'not_met' : undefined);
        expect(listed?.advisory).toBe(isRequired ? false : isAdvice ? true : undefined);
      },
    );

    if (expected.revenue !== undefined) {
      const { minimumCents, level, channels } = expected.revenue;
      const revenueOf = (
        records: RevenueRecord[],
        source: 'partner_center' | 'self_reported' = 'partner_center',
      ) =>
        check({ ...strong(on), revenue: { records, rates: [], source, locationId: 'pla-se' } }, on);
      const last = monthBefore(on);

      it(`asks at least USD ${minimumCents / 100n} over the trailing 12 months: met at the minimum, not a cent below`, () => {
        expect(revenueOf([record(last, minimumCents)]).verdict).toBe('eligible');
        expect(revenueOf([record(last, minimumCents - 1n)]).verdict).toBe('not_eligible');
        // Split over the first and last month of the window: both count.
        const first = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - 12, 1))
          .toISOString()
          .slice(0, 7);
        expect(
          revenueOf([record(first, minimumCents / 2n), record(last, minimumCents / 2n)]).verdict,
        ).toBe('eligible');
        const outside = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - 13, 1))
          .toISOString()
          .slice(0, 7);
        expect(
          revenueOf([record(outside, minimumCents / 2n), record(last, minimumCents / 2n)]).verdict,
        ).toBe('not_eligible');
      });

      it('excludes perpetual software; counts direct bill sales and other locations only at the global account level', () => {
        expect(
          revenueOf([record(last, minimumCents, { productKind: 'perpetual_software' })]).verdict,
        ).toBe('not_eligible');
        expect(revenueOf([record(last, minimumCents, { channel: 'direct_bill' })]).verdict).toBe(
          channels.includes('direct_bill') ? 'eligible' : 'not_eligible',
        );
        expect(revenueOf([record(last, minimumCents, { locationId: 'pla-fr' })]).verdict).toBe(
          level === 'global_account' ? 'eligible' : 'not_eligible',
        );
      });

      it('sends self-reported revenue that meets the minimum to review', () => {
        expect(revenueOf([record(last, minimumCents)], 'self_reported').verdict).toBe(
          'needs_review',
        );
      });
    } else {
      it('has no revenue rule: a partner without revenue is eligible', () => {
        const report = check({ ...strong(on), revenue: undefined }, on);
        expect(report.verdict).toBe('eligible');
        expect(Object.keys(report)).not.toContain('revenue');
      });
    }

    if (expected.tenureMonths !== undefined) {
      const months = expected.tenureMonths;
      it(`asks ${months} months as an indirect reseller: met on the same day ${months} months later, not a day before`, () => {
        const since = new Date(
          Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - months, on.getUTCDate()),
        );
        expect(check({ ...strong(on), indirectResellerSince: since }, on).verdict).toBe('eligible');
        const later = new Date(since.getTime() + 86_400_000);
        expect(check({ ...strong(on), indirectResellerSince: later }, on).verdict).toBe(
          'not_eligible',
        );
      });
    } else {
      it('has no tenure rule: a partner new to indirect resale is eligible', () => {
        expect(check({ ...strong(on), indirectResellerSince: null }, on).verdict).toBe('eligible');
      });
    }
  });
});

describe('what each outcome names (the console shows it beside the requirement)', () => {
  const on = day('2021-06-15');
  const reason = (facts: DirectBillFacts, kind: RequirementKind) =>
    check(facts, on).requirements.find((r) => r.requirement === kind);
  const partnerId = (locationPartnerId: DirectBillFacts['locationPartnerId']) =>
    reason({ ...strong(on), locationPartnerId }, 'partner_id_for_location');

  it('the PartnerID outcomes name the account country', () => {
    const country = { country: 'SE' };
    expect(partnerId(undefined)).toMatchObject({
      status: 'needs_review',
      reason: { code: 'eligibility.partner_id_unknown', details: country },
    });
    expect(partnerId(null)).toMatchObject({
      status: 'not_met',
      reason: { code: 'eligibility.partner_id_missing', details: country },
    });
    const location = { country: 'SE', active: true, inPartnerCenter: true };
    expect(partnerId({ ...location, inPartnerCenter: false })).toMatchObject({
      status: 'not_met',
      reason: { code: 'eligibility.partner_id_not_in_partner_center', details: country },
    });
    expect(partnerId({ ...location, active: false })).toMatchObject({
      status: 'not_met',
      reason: { code: 'eligibility.partner_id_inactive', details: country },
    });
    expect(partnerId(location)).toEqual({
      requirement: 'partner_id_for_location',
      advisory: false,
      status: 'met',
      reason: { code: 'eligibility.partner_id_met', details: country },
    });
  });

  it('the support plan outcomes name the plan; a plan outside the policy is not met', () => {
    expect(reason(strong(on), 'support_plan')?.reason).toEqual({
      code: 'eligibility.support_plan_met',
      details: { plan: 'psfp' },
    });
    const early = {
      ...strong(on),
      supportPlan: { plan: 'asfp' as const, purchasedOn: day('2021-01-01') },
    };
    expect(reason(early, 'support_plan')).toMatchObject({
      status: 'needs_review',
      reason: { code: 'eligibility.support_plan_before_credit_check', details: { plan: 'asfp' } },
    });
    const asfpOnly = {
      ...directBill2020,
      requirements: directBill2020.requirements.map((r) =>
        r.kind === 'support_plan' ? { ...r, plans: ['asfp' as const] } : r,
      ),
    };
    const result = evaluateDirectBillPolicy({ policy: asfpOnly, facts: strong(on), on });
    expect(
      result.ok && result.value.requirements.find((r) => r.requirement === 'support_plan'),
    ).toMatchObject({
      status: 'not_met',
      reason: {
        code: 'eligibility.support_plan_not_accepted',
        details: { plan: 'psfp', plans: ['asfp'] },
      },
    });
    expect(
      evaluateDirectBillPolicy({ policy: asfpOnly, facts: strong(on), on: new Date(Number.NaN) }),
    ).toEqual({
      ok: false,
      error: { code: 'eligibility.invalid_date' },
    });
  });

  it('unknown revenue names the minimum; tenure outcomes name the months asked', () => {
    expect(reason({ ...strong(on), revenue: undefined }, 'revenue')?.reason).toEqual({
      code: 'eligibility.revenue_unknown',
      details: { minimumUsd: '300000.00' },
    });
    expect(
      reason({ ...strong(on), indirectResellerSince: null }, 'indirect_tenure')?.reason,
    ).toEqual({
      code: 'eligibility.tenure_none',
      details: { months: 12 },
    });
    expect(
      reason({ ...strong(on), indirectResellerSince: undefined }, 'indirect_tenure'),
    ).toMatchObject({
      status: 'needs_review',
      reason: { code: 'eligibility.tenure_unknown', details: { months: 12 } },
    });
  });
});
