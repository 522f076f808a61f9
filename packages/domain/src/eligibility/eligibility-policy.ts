// Direct bill eligibility as versioned policy data (DOMAIN.md §6.3, the seed's "Minimum
// requirements"). Each policy is the set of requirements in force from its effective date until
// the next one; an application is judged by the policy in force on its submission date (UTC).
import { money, type Money } from '../money/money.js';
import type { RevenueChannel } from '../revenue/revenue.js';

/** `asfp`: Advanced Support for Partners; `psfp`: Premier Support for Partners. */
export type SupportPlan = 'asfp' | 'psfp';
export const supportPlans: readonly SupportPlan[] = ['asfp', 'psfp'];

export type RequirementKind =
  | 'partner_id_for_location'
  | 'endorsement'
  | 'support_capability'
  | 'support_plan'
  | 'revenue'
  | 'indirect_tenure'
  | 'accounts_receivable'
  | 'managed_service'
  | 'solutions_partner_designation'
  | 'security_requirements'
  | 'operational_assessment';

/** One requirement of a policy. `advisory` ones are advice shown to the partner, never blockers. */
export type Requirement =
  | { readonly kind: 'partner_id_for_location'; readonly advisory: boolean }
  | { readonly kind: 'endorsement'; readonly advisory: boolean }
  | { readonly kind: 'support_capability'; readonly advisory: boolean }
  | {
      readonly kind: 'support_plan';
      readonly advisory: boolean;
      readonly plans: readonly SupportPlan[];
    }
  | {
      readonly kind: 'revenue';
      readonly advisory: boolean;
      /** Inclusive: "at least". */
      readonly minimumUsd: Money;
      /** `location`: the applying location's (PLA) revenue; `global_account`: all locations of the PGA. */
      readonly level: 'location' | 'global_account';
      readonly channels: readonly RevenueChannel[];
      readonly includePerpetualSoftware: boolean;
    }
  | { readonly kind: 'indirect_tenure'; readonly advisory: boolean; readonly months: number }
  | { readonly kind: 'accounts_receivable'; readonly advisory: boolean }
  | { readonly kind: 'managed_service'; readonly advisory: boolean }
  | { readonly kind: 'solutions_partner_designation'; readonly advisory: boolean }
  | { readonly kind: 'security_requirements'; readonly advisory: boolean }
  | { readonly kind: 'operational_assessment'; readonly advisory: boolean };

export type EligibilityPolicyId =
  'direct_bill_2018_08' | 'direct_bill_2020_10' | 'direct_bill_2021_04' | 'direct_bill_fy26';

export type EligibilityPolicy = {
  readonly id: EligibilityPolicyId;
  /** `YYYY-MM-DD`, UTC: in force from the start of this day. */
  readonly effectiveFrom: string;
  readonly source: string;
  readonly requirements: readonly Requirement[];
};

export type RequirementStatus = 'met' | 'not_met' | 'needs_review';
export type EligibilityVerdict = 'eligible' | 'not_eligible' | 'needs_review';

const required = { advisory: false } as const;
const bothPlans: readonly SupportPlan[] = ['asfp', 'psfp'];

/**
 * August 2018: PartnerID, endorsement, support (capability, plan, credit check first), a managed
 * service (then required), accounts receivable. No revenue rule.
 * Effective date: DOMAIN.md says only "Aug 2018"; the 1st is an inference.
 */
export const directBill2018: EligibilityPolicy = {
  id: 'direct_bill_2018_08',
  effectiveFrom: '2018-08-01',
  source: 'direct-partner-new-requirements.md (2018 copy), DOMAIN.md §6.3',
  requirements: [
    { kind: 'partner_id_for_location', ...required },
    { kind: 'endorsement', ...required },
    { kind: 'support_capability', ...required },
    { kind: 'support_plan', ...required, plans: bothPlans },
    { kind: 'managed_service', ...required },
    { kind: 'accounts_receivable', ...required },
  ],
};

/**
 * The seed's table, effective 27 October 2020: USD 300K of CSP cloud revenue as an indirect
 * reseller over the trailing 12 months (perpetual software excluded); the managed service
 * becomes a recommendation.
 * Revenue level: the seed does not say; the applicant's indirect reseller revenue is its
 * location's (its CSP tenant maps 1:1 to a location PartnerID, DOMAIN.md §2), so `location`
 * (inference). The PGA level is what the January 2021 rule used for existing direct partners.
 */
export const directBill2020: EligibilityPolicy = {
  id: 'direct_bill_2020_10',
  effectiveFrom: '2020-10-27',
  source: 'enrolling-in-the-csp-program.md (seed, 11/29/2020)',
  requirements: [
    { kind: 'partner_id_for_location', ...required },
    { kind: 'endorsement', ...required },
    { kind: 'support_capability', ...required },
    { kind: 'support_plan', ...required, plans: bothPlans },
    {
      kind: 'revenue',
      ...required,
      minimumUsd: money(300_000_00n, 'USD'),
      level: 'location',
      channels: ['indirect_reseller'],
      includePerpetualSoftware: false,
    },
    { kind: 'accounts_receivable', ...required },
    { kind: 'managed_service', advisory: true },
  ],
};

/**
 * April 2021: the 2020 set plus at least 12 months of transacting as an indirect reseller.
 * Effective date: the requirement appears in the page dated 04/15/2021 and not before, so that
 * date (inference).
 */
export const directBill2021: EligibilityPolicy = {
  id: 'direct_bill_2021_04',
  effectiveFrom: '2021-04-15',
  source: 'direct-partner-new-requirements.md (04/15/2021)',
  requirements: [
    ...directBill2020.requirements.filter((r) => r.kind !== 'managed_service'),
    { kind: 'indirect_tenure', ...required, months: 12 },
    {
      kind: 'managed_service',
      advisory: true,
    },
  ],
};

/**
 * FY26, from 1 October 2025 for new applicants: USD 1M of billed CSP revenue over the trailing
 * 12 months at the Partner Global Account level, an active ASfP or PSfP plan, the security-score
 * items, at least one Solutions Partner designation, an automated operational assessment.
 * Inferences: "billed CSP revenue" at PGA level counts both channels; perpetual software stays
 * excluded and the earlier requirements (PartnerID, endorsement, support capability, accounts
 * receivable, 12-month tenure) stay, as no source says they were dropped. Business vetting and
 * the direct bill MPA are steps of the enrollment itself (../enrollment, ../agreements).
 */
export const directBillFy26: EligibilityPolicy = {
  id: 'direct_bill_fy26',
  effectiveFrom: '2025-10-01',
  source: 'partner.microsoft.com CSP requirements page (FY26), DOMAIN.md §6.3',
  requirements: [
    { kind: 'partner_id_for_location', ...required },
    { kind: 'endorsement', ...required },
    { kind: 'support_capability', ...required },
    { kind: 'support_plan', ...required, plans: bothPlans },
    {
      kind: 'revenue',
      ...required,
      minimumUsd: money(1_000_000_00n, 'USD'),
      level: 'global_account',
      channels: ['indirect_reseller', 'direct_bill'],
      includePerpetualSoftware: false,
    },
    { kind: 'indirect_tenure', ...required, months: 12 },
    { kind: 'accounts_receivable', ...required },
    { kind: 'solutions_partner_designation', ...required },
    { kind: 'security_requirements', ...required },
    { kind: 'operational_assessment', ...required },
    { kind: 'managed_service', advisory: true },
  ],
};

/** Every policy, oldest first. */
export const directBillPolicies: readonly EligibilityPolicy[] = [
  directBill2018,
  directBill2020,
  directBill2021,
  directBillFy26,
];

/** The policy when no date is in question: the seed's (effective 2020-10-27). */
export const defaultDirectBillPolicy: EligibilityPolicy = directBill2020;
