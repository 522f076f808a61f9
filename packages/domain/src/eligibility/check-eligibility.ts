import { moneyToDecimal } from '../money/money.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import {
  addMonthsToDay,
  compareDays,
  formatDay,
  parseDay,
  utcDay,
  type UtcDay,
} from '../revenue/calendar.js';
import {
  meetsRevenueMinimum,
  sumTrailingRevenue,
  type MonthlyRate,
  type RevenueRecord,
  type TrailingRevenue,
} from '../revenue/revenue.js';
import {
  directBillPolicies,
  type EligibilityPolicy,
  type EligibilityPolicyId,
  type EligibilityVerdict,
  type Requirement,
  type RequirementKind,
  type RequirementStatus,
  type SupportPlan,
} from './eligibility-policy.js';

/**
 * What is known about the applicant. A fact left out (undefined) is unknown: the requirement
 * needs review. `null` says the partner has none (no location PartnerID, never an indirect
 * reseller, no support plan).
 */
export type DirectBillFacts = {
  /** The legal country of the CSP account applying. */
  readonly accountCountry: string;
  readonly locationPartnerId?: {
    readonly country: string;
    readonly active: boolean;
    readonly inPartnerCenter: boolean;
  } | null;
  /** Authority to accept and sign legal agreements for the organization (the seed's "Endorsement"). */
  readonly hasSigningAuthority?: boolean;
  /** Able to give customers first-level cloud support. */
  readonly providesFirstLevelSupport?: boolean;
  readonly creditCheck?: 'not_started' | 'pending' | 'passed' | 'failed';
  readonly creditCheckPassedOn?: Date;
  readonly supportPlan?: { readonly plan: SupportPlan; readonly purchasedOn: Date } | null;
  readonly revenue?: {
    readonly records: readonly RevenueRecord[];
    readonly rates: readonly MonthlyRate[];
    /** Partner Center analytics are taken as they are; self-reported figures need Microsoft's review. */
    readonly source: 'partner_center' | 'self_reported';
    /** The applying location's PartnerID, for a policy counting revenue at location level. */
    readonly locationId: string;
  };
  readonly indirectResellerSince?: Date | null;
  /** Infrastructure to manage customer billing and provisioning (the seed's "Accounts receivable"). */
  readonly hasBillingInfrastructure?: boolean;
  /** Managed services, IP services or customer solution applications offered. */
  readonly managedServices?: number;
  readonly solutionsPartnerDesignations?: number;
  readonly securityRequirementsMet?: boolean;
  readonly operationalAssessment?: 'passed' | 'failed' | 'pending';
};

export type RequirementOutcome = {
  readonly requirement: RequirementKind;
  readonly status: RequirementStatus;
  readonly advisory: boolean;
  /**
   * Set when the process itself settles the requirement later: the support plan is bought only
   * after the credit check passes (seed), so before that it is not held against the applicant.
   */
  readonly awaits?: 'credit_check';
  readonly reason: Refusal;
};

export type EligibilityReport = {
  readonly policyId: EligibilityPolicyId;
  readonly effectiveFrom: string;
  readonly evaluatedOn: string;
  /**
   * `not_eligible` when any required item is not met; else `needs_review` when any required item
   * needs review (except one that awaits a later step); else `eligible`. Advice never counts.
   */
  readonly verdict: EligibilityVerdict;
  readonly requirements: readonly RequirementOutcome[];
  readonly advice: readonly RequirementOutcome[];
  /** The revenue as counted, when the policy has a revenue rule and it could be computed. */
  readonly revenue?: TrailingRevenue;
};

export type EligibilityRefusal = Refusal<
  'eligibility.invalid_date' | 'eligibility.no_policy_in_force'
>;

/** The policy in force on a date (UTC): the one with the latest effective date on or before it. */
export function policyInForce(
  on: Date,
  policies: readonly EligibilityPolicy[] = directBillPolicies,
): Result<EligibilityPolicy, EligibilityRefusal> {
  const day = utcDay(on);
  if (day === undefined) {
    return err(refuse('eligibility.invalid_date'));
  }
  const date = formatDay(day);
  const candidates = policies.filter((policy) => policy.effectiveFrom <= date);
  const latest = candidates.reduce<EligibilityPolicy | undefined>(
    (best, policy) =>
      best === undefined || policy.effectiveFrom > best.effectiveFrom ? policy : best,
    undefined,
  );
  return latest === undefined
    ? err(refuse('eligibility.no_policy_in_force', { date }))
    : ok(latest);
}

export type CheckDirectBillEligibilityInput = {
  readonly facts: DirectBillFacts;
  /** The application's submission date; picks the policy and ends the revenue window. */
  readonly on: Date;
  readonly policies?: readonly EligibilityPolicy[];
};

/** Each requirement of the policy in force on `on`, met / not met / needs review, with the reason. */
export function checkDirectBillEligibility(
  input: CheckDirectBillEligibilityInput,
): Result<EligibilityReport, EligibilityRefusal> {
  const policy = policyInForce(input.on, input.policies);
  return policy.ok
    ? evaluateDirectBillPolicy({ policy: policy.value, facts: input.facts, on: input.on })
    : policy;
}

export type EvaluateDirectBillPolicyInput = {
  readonly policy: EligibilityPolicy;
  readonly facts: DirectBillFacts;
  readonly on: Date;
};

/** The same, against a given policy (e.g. to show an applicant what FY26 will ask). */
export function evaluateDirectBillPolicy(
  input: EvaluateDirectBillPolicyInput,
): Result<EligibilityReport, EligibilityRefusal> {
  const { policy, facts, on } = input;
  const day = utcDay(on);
  if (day === undefined) {
    return err(refuse('eligibility.invalid_date'));
  }
  let revenue: TrailingRevenue | undefined;
  const outcomes = policy.requirements.map((requirement): RequirementOutcome => {
    const evaluation = evaluate(requirement, facts, on, day);
    revenue = evaluation.revenue ?? revenue;
    return { requirement: requirement.kind, advisory: requirement.advisory, ...evaluation.outcome };
  });
  const requirements = outcomes.filter((outcome) => !outcome.advisory);
  const advice = outcomes.filter((outcome) => outcome.advisory);
  const verdict: EligibilityVerdict = requirements.some((outcome) => outcome.status === 'not_met')
    ? 'not_eligible'
    : requirements.some(
          (outcome) => outcome.status === 'needs_review' && outcome.awaits === undefined,
        )
      ? 'needs_review'
      : 'eligible';
  return ok({
    policyId: policy.id,
    effectiveFrom: policy.effectiveFrom,
    evaluatedOn: formatDay(day),
    verdict,
    requirements,
    advice,
    ...(revenue === undefined ? {} : { revenue }),
  });
}

type Judged = {
  readonly status: RequirementStatus;
  readonly reason: Refusal;
  readonly awaits?: 'credit_check';
};
type Evaluation = { readonly outcome: Judged; readonly revenue?: TrailingRevenue };

const judged = (status: RequirementStatus, reason: Refusal): Evaluation => ({
  outcome: { status, reason },
});

/** A yes/no the partner declares or a reviewer confirms: unknown until someone says. */
function declared(
  value: boolean | undefined,
  met: Refusal,
  notMet: Refusal,
  unknown: Refusal,
): Evaluation {
  return value === undefined
    ? judged('needs_review', unknown)
    : value
      ? judged('met', met)
      : judged('not_met', notMet);
}

function counted(
  value: number | undefined,
  met: Refusal,
  notMet: Refusal,
  unknown: Refusal,
): Evaluation {
  return declared(value === undefined ? undefined : value >= 1, met, notMet, unknown);
}

function evaluate(
  requirement: Requirement,
  facts: DirectBillFacts,
  on: Date,
  day: UtcDay,
): Evaluation {
  switch (requirement.kind) {
    case 'partner_id_for_location':
      return partnerIdForLocation(facts);
    case 'endorsement':
      return declared(
        facts.hasSigningAuthority,
        refuse('eligibility.endorsement_met'),
        refuse('eligibility.endorsement_not_met'),
        refuse('eligibility.endorsement_unknown'),
      );
    case 'support_capability':
      return declared(
        facts.providesFirstLevelSupport,
        refuse('eligibility.support_capability_met'),
        refuse('eligibility.support_capability_not_met'),
        refuse('eligibility.support_capability_unknown'),
      );
    case 'support_plan':
      return supportPlan(requirement.plans, facts);
    case 'revenue':
      return revenueRequirement(requirement, facts, on);
    case 'indirect_tenure':
      return tenure(requirement.months, facts, day);
    case 'accounts_receivable':
      return declared(
        facts.hasBillingInfrastructure,
        refuse('eligibility.accounts_receivable_met'),
        refuse('eligibility.accounts_receivable_not_met'),
        refuse('eligibility.accounts_receivable_unknown'),
      );
    case 'managed_service':
      return counted(
        facts.managedServices,
        refuse('eligibility.managed_service_met'),
        refuse('eligibility.managed_service_not_met'),
        refuse('eligibility.managed_service_unknown'),
      );
    case 'solutions_partner_designation':
      return counted(
        facts.solutionsPartnerDesignations,
        refuse('eligibility.solutions_partner_designation_met'),
        refuse('eligibility.solutions_partner_designation_not_met'),
        refuse('eligibility.solutions_partner_designation_unknown'),
      );
    case 'security_requirements':
      return declared(
        facts.securityRequirementsMet,
        refuse('eligibility.security_requirements_met'),
        refuse('eligibility.security_requirements_not_met'),
        refuse('eligibility.security_requirements_unknown'),
      );
    case 'operational_assessment':
      return declared(
        facts.operationalAssessment === undefined || facts.operationalAssessment === 'pending'
          ? undefined
          : facts.operationalAssessment === 'passed',
        refuse('eligibility.operational_assessment_met'),
        refuse('eligibility.operational_assessment_not_met'),
        refuse('eligibility.operational_assessment_pending'),
      );
  }
}

/** DOMAIN.md §2: active, in Partner Center, and in the same country as the CSP account. */
function partnerIdForLocation(facts: DirectBillFacts): Evaluation {
  const location = facts.locationPartnerId;
  const country = facts.accountCountry;
  if (location === undefined) {
    return judged('needs_review', refuse('eligibility.partner_id_unknown', { country }));
  }
  if (location === null) {
    return judged('not_met', refuse('eligibility.partner_id_missing', { country }));
  }
  if (location.country !== country) {
    // A UK PartnerID does not serve a French account, though both are in Europe.
    return judged(
      'not_met',
      refuse('eligibility.partner_id_other_country', {
        country,
        partnerIdCountry: location.country,
      }),
    );
  }
  if (!location.inPartnerCenter) {
    return judged('not_met', refuse('eligibility.partner_id_not_in_partner_center', { country }));
  }
  if (!location.active) {
    return judged('not_met', refuse('eligibility.partner_id_inactive', { country }));
  }
  return judged('met', refuse('eligibility.partner_id_met', { country }));
}

/** The seed: ASfP or PSfP, bought only after the credit check has passed. */
function supportPlan(plans: readonly SupportPlan[], facts: DirectBillFacts): Evaluation {
  if (facts.creditCheck === 'failed') {
    return judged('not_met', refuse('eligibility.credit_check_failed'));
  }
  const held = facts.supportPlan;
  const passed = facts.creditCheck === 'passed';
  if (held === undefined || held === null) {
    return passed
      ? judged('not_met', refuse('eligibility.support_plan_missing'))
      : {
          outcome: {
            status: 'needs_review',
            awaits: 'credit_check',
            reason: refuse('eligibility.support_plan_after_credit_check'),
          },
        };
  }
  if (!plans.includes(held.plan)) {
    return judged(
      'not_met',
      refuse('eligibility.support_plan_not_accepted', { plan: held.plan, plans }),
    );
  }
  const passedOn =
    facts.creditCheckPassedOn === undefined ? undefined : utcDay(facts.creditCheckPassedOn);
  const purchasedOn = utcDay(held.purchasedOn);
  if (
    passed &&
    passedOn !== undefined &&
    purchasedOn !== undefined &&
    compareDays(purchasedOn, passedOn) >= 0
  ) {
    return judged('met', refuse('eligibility.support_plan_met', { plan: held.plan }));
  }
  // Bought during the credit check, which the seed tells partners not to do: a reviewer decides.
  return judged(
    'needs_review',
    refuse('eligibility.support_plan_before_credit_check', { plan: held.plan }),
  );
}

function revenueRequirement(
  requirement: Extract<Requirement, { kind: 'revenue' }>,
  facts: DirectBillFacts,
  on: Date,
): Evaluation {
  const minimumUsd = moneyToDecimal(requirement.minimumUsd);
  if (facts.revenue === undefined) {
    return judged('needs_review', refuse('eligibility.revenue_unknown', { minimumUsd }));
  }
  const sum = sumTrailingRevenue({
    records: facts.revenue.records,
    rates: facts.revenue.rates,
    on,
    scope: {
      channels: requirement.channels,
      includePerpetualSoftware: requirement.includePerpetualSoftware,
      ...(requirement.level === 'location' ? { locationId: facts.revenue.locationId } : {}),
    },
  });
  if (!sum.ok) {
    return judged('needs_review', sum.error);
  }
  const revenue = sum.value;
  const details = {
    totalUsd: moneyToDecimal(revenue.totalUsd),
    minimumUsd,
    first: revenue.window.first,
    last: revenue.window.last,
  };
  if (!meetsRevenueMinimum(revenue.totalUsd, requirement.minimumUsd)) {
    return {
      outcome: { status: 'not_met', reason: refuse('eligibility.revenue_below_minimum', details) },
      revenue,
    };
  }
  return facts.revenue.source === 'partner_center'
    ? { outcome: { status: 'met', reason: refuse('eligibility.revenue_met', details) }, revenue }
    : {
        outcome: {
          status: 'needs_review',
          reason: refuse('eligibility.revenue_to_be_verified', details),
        },
        revenue,
      };
}

/** At least `months` months as an indirect reseller by the evaluation date (same day of month counts). */
function tenure(months: number, facts: DirectBillFacts, day: UtcDay): Evaluation {
  const since = facts.indirectResellerSince;
  if (since === null) {
    return judged('not_met', refuse('eligibility.tenure_none', { months }));
  }
  const start = since === undefined ? undefined : utcDay(since);
  if (start === undefined) {
    return judged('needs_review', refuse('eligibility.tenure_unknown', { months }));
  }
  const eligibleFrom = addMonthsToDay(start, months);
  const details = { months, since: formatDay(start), eligibleFrom: formatDay(eligibleFrom) };
  return compareDays(day, eligibleFrom) >= 0
    ? judged('met', refuse('eligibility.tenure_met', details))
    : judged('not_met', refuse('eligibility.tenure_too_short', details));
}

/** Reads a policy's `YYYY-MM-DD` effective date (exported for the data test). */
export const policyEffectiveDay = (policy: EligibilityPolicy): UtcDay | undefined =>
  parseDay(policy.effectiveFrom);
