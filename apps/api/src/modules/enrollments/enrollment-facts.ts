import {
  checkAgreementsInForce,
  checkDirectBillEligibility,
  checkVerification,
  isTerminalEnrollmentState,
  type AgreementAcceptance,
  type DirectBillFacts,
  type EligibilityReport,
  type EnrollmentFacts,
  type EnrollmentState,
  type MonthKey,
  type MonthlyRate,
  type RegionName,
  type RevenueRecord,
  type VerificationCheck,
  type VerificationCheckStatus,
} from '@hub/domain';
import { type AuditHead } from '../audit/audit.service.js';
import { type AgreementAcceptanceEntity } from '../agreements/agreement-acceptance.entity.js';
import { type CatalogVersion } from '../agreements/agreement-catalog.js';
import { isProfileComplete } from '../partners/partner-profile.js';
import { type PartnerEntity } from '../partners/partner.entity.js';
import { type RevenueRecordEntity } from '../partners/revenue-record.entity.js';
import { type EnrollmentCheckEntity } from './enrollment-check.entity.js';
import { type EnrollmentEntity } from './enrollment.entity.js';

/**
 * A transition from direct bill (DOMAIN.md §3), as seen from either of its enrollments: the
 * latest indirect reseller enrollment a direct bill enrollment opened, or the transition
 * enrollment itself.
 */
export type TransitionInfo = {
  readonly enrollmentId: string;
  readonly directBillEnrollmentId: string;
  readonly state: EnrollmentState;
  readonly providerId: string;
  readonly providerName: string | null;
  readonly createdAt: string;
};

/** Everything the rules look at for one enrollment, loaded once per request. */
export type EnrollmentRecord = {
  readonly enrollment: EnrollmentEntity;
  readonly partner: PartnerEntity;
  readonly checks: readonly EnrollmentCheckEntity[];
  readonly revenue: readonly RevenueRecordEntity[];
  readonly acceptances: readonly AgreementAcceptanceEntity[];
  readonly region: RegionName | null;
  /** The agreement versions published (agreement_versions), as the rules read them. */
  readonly catalog: readonly CatalogVersion[];
  /**
   * The monthly FX rates to USD of the months in which a direct bill application has revenue in
   * another currency (fx_rates); empty otherwise.
   */
  readonly rates: readonly MonthlyRate[];
  readonly transition: TransitionInfo | null;
  /**
   * The states of the tenant's own indirect reseller enrollments, not its locations' (a
   * transition's guards read them).
   */
  readonly tenantIndirectStates: readonly EnrollmentState[];
  /** The last audit row's seq and hash, read under the row lock (null: no row yet); writes only. */
  readonly auditHead?: AuditHead | null;
};

export const checkStatuses = (
  checks: readonly EnrollmentCheckEntity[],
): Partial<Record<VerificationCheck, VerificationCheckStatus>> =>
  Object.fromEntries(checks.map((check) => [check.check, check.status]));

const passed = (record: EnrollmentRecord, check: VerificationCheck): boolean =>
  record.checks.some((c) => c.check === check && c.status === 'passed');

/** Where the credit check stands, read from the direct bill state. */
const creditChecks: Readonly<Record<EnrollmentState, DirectBillFacts['creditCheck']>> = {
  draft: 'not_started',
  submitted: 'not_started',
  in_review: 'not_started',
  info_requested: 'not_started',
  verified: 'not_started',
  credit_check_pending: 'pending',
  credit_check_passed: 'passed',
  support_plan_recorded: 'passed',
  agreement_accepted: 'passed',
  active: 'passed',
  transitioned_to_indirect: 'passed',
  rejected: 'not_started',
  withdrawn: 'not_started',
};

/**
 * What the partner and the reviewers have established, as the direct bill eligibility rule
 * reads it. The partner declares its capabilities; Microsoft's checks settle the rest: a passed
 * PartnerID check is an active location PartnerID in the account's country, a passed revenue
 * check makes the partner's figures verified ones, and for the FY26 policy the reviewer's
 * business check stands for the business vetting and operational assessment.
 */
export function directBillFacts(record: EnrollmentRecord, now: Date): DirectBillFacts {
  const { enrollment, partner } = record;
  const answers = enrollment.eligibilityAnswers;
  const defined = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
  const revenueRecords: RevenueRecord[] = record.revenue.map((row) => ({
    month: row.month as MonthKey,
    amount: {
      amountMinor: BigInt(row.amountMinor),
      currency: row.currency,
    } as RevenueRecord['amount'],
    channel: row.channel,
    productKind: row.productKind,
    locationId: partner.partnerId ?? '',
  }));
  return {
    accountCountry: partner.country,
    locationPartnerId:
      partner.partnerId === null
        ? null
        : passed(record, 'partner_id')
          ? { country: partner.country, active: true, inPartnerCenter: true }
          : undefined,
    hasSigningAuthority: defined(answers.hasSigningAuthority),
    providesFirstLevelSupport: defined(answers.providesFirstLevelSupport),
    creditCheck: creditChecks[enrollment.state],
    supportPlan:
      enrollment.supportPlan === null ? null : { plan: enrollment.supportPlan, purchasedOn: now },
    revenue: {
      records: revenueRecords,
      rates: [...record.rates],
      source: passed(record, 'revenue') ? 'partner_center' : 'self_reported',
      locationId: partner.partnerId ?? '',
    },
    indirectResellerSince:
      answers.indirectResellerSince === undefined
        ? undefined
        : answers.indirectResellerSince === null
          ? null
          : new Date(`${answers.indirectResellerSince}T00:00:00Z`),
    hasBillingInfrastructure: defined(answers.hasBillingInfrastructure),
    managedServices: defined(answers.managedServices),
    solutionsPartnerDesignations: defined(answers.solutionsPartnerDesignations),
    securityRequirementsMet: defined(answers.securityRequirementsMet),
    operationalAssessment: passed(record, 'business') ? 'passed' : undefined,
  };
}

/** The eligibility report of a direct bill application, judged on its submission date. */
export function eligibilityReport(record: EnrollmentRecord, now: Date): EligibilityReport | null {
  if (record.enrollment.program !== 'direct_bill') {
    return null;
  }
  const report = checkDirectBillEligibility({
    facts: directBillFacts(record, now),
    on: record.enrollment.submittedAt ?? now,
  });
  return report.ok ? report.value : null;
}

export const toAcceptance = (row: AgreementAcceptanceEntity): AgreementAcceptance =>
  ({
    kind: row.kind,
    version: row.version,
    region: row.region as RegionName,
    tenantId: row.tenantId,
    acceptedByUserId: row.acceptedByUserId,
    signatory: { name: row.signatoryName, email: row.signatoryEmail, title: row.signatoryTitle },
    acceptedAt: row.acceptedAt.toISOString(),
  }) as AgreementAcceptance;

/**
 * The facts decideEnrollment's guards read, from the stored record. `report` is the record's
 * eligibility report when the caller has computed it already.
 */
export function enrollmentFacts(
  record: EnrollmentRecord,
  now: Date,
  extraAcceptances: readonly AgreementAcceptance[] = [],
  report: EligibilityReport | null = eligibilityReport(record, now),
): EnrollmentFacts {
  const { enrollment, partner } = record;
  const agreements =
    record.region === null
      ? undefined
      : checkAgreementsInForce({
          program: enrollment.program,
          region: record.region,
          acceptances: [...record.acceptances.map(toAcceptance), ...extraAcceptances],
          on: now,
          catalog: record.catalog,
        });
  return {
    applicationComplete: isProfileComplete(partner),
    ...(report === null ? {} : { directBillEligibility: report.verdict }),
    verificationChecksPassed: checkVerification({
      program: enrollment.program,
      checks: checkStatuses(record.checks),
    }).passed,
    locationPartnerIdLinked: partner.partnerId !== null && passed(record, 'partner_id'),
    agreementsInForce: agreements?.ok === true && agreements.value.inForce,
    // A transition's guards (the command runner reads them again under the partner's lock).
    ...indirectResellerFacts(record.tenantIndirectStates),
  };
}

/** What a transition's guards read of the tenant's own indirect reseller enrollments. */
export const indirectResellerFacts = (
  states: readonly EnrollmentState[],
): Pick<EnrollmentFacts, 'indirectResellerOpen' | 'indirectResellerActive'> => ({
  indirectResellerOpen: states.some(
    (state) => state !== 'active' && !isTerminalEnrollmentState('indirect_reseller', state),
  ),
  indirectResellerActive: states.includes('active'),
});
