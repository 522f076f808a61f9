// The checks a reviewer records before verifying an application (issue 7 item 5: "Required checks
// gate verification; the domain decides which"). DOMAIN.md §7 names Microsoft's three checks
// (e-mail ownership, employment, business); §2 and §6.3 add that the PartnerID must be active
// for the location the partner sells in. A direct bill application adds Microsoft's review of
// the trailing-12-month revenue (§6.3: "Microsoft may review them and ask for more
// information"; the seed: "subject to review and verification by Microsoft"). The API feeds
// `passed` into the enrollment fact `verificationChecksPassed`, which the `verify` transition of
// both programs requires; a passed revenue check also makes the partner's own revenue figures
// count as verified for the eligibility rule.
import type { EnrollmentProgram } from './enrollment-table.js';

export type VerificationCheck =
  'email_ownership' | 'employment' | 'business' | 'partner_id' | 'revenue';

/** In the order a reviewer works through them (DOMAIN.md §7's order, the PartnerID, the revenue). */
export const verificationChecks: readonly VerificationCheck[] = [
  'email_ownership',
  'employment',
  'business',
  'partner_id',
  'revenue',
];

export type VerificationCheckStatus = 'pending' | 'passed' | 'failed';
export const verificationCheckStatuses: readonly VerificationCheckStatus[] = [
  'pending',
  'passed',
  'failed',
];

const required: Readonly<Record<EnrollmentProgram, readonly VerificationCheck[]>> = {
  indirect_reseller: ['email_ownership', 'employment', 'business', 'partner_id'],
  direct_bill: ['email_ownership', 'employment', 'business', 'partner_id', 'revenue'],
};

/** The checks that must have passed before an application of the program can be verified. */
export const requiredVerificationChecks = (
  program: EnrollmentProgram,
): readonly VerificationCheck[] => required[program];

export type CheckVerificationInput = {
  readonly program: EnrollmentProgram;
  /** What the reviewer recorded so far; a check left out counts as pending. */
  readonly checks: Readonly<Partial<Record<VerificationCheck, VerificationCheckStatus>>>;
};

export type VerificationOutcome = {
  /** Every required check passed. */
  readonly passed: boolean;
  /** Required checks not yet recorded, or pending, in verificationChecks order. */
  readonly missing: VerificationCheck[];
  /** Required checks recorded as failed, in verificationChecks order. */
  readonly failed: VerificationCheck[];
};

/** Whether the required checks of the program have all passed, and which have not. */
export function checkVerification(input: CheckVerificationInput): VerificationOutcome {
  const { program, checks } = input;
  const status = (check: VerificationCheck): VerificationCheckStatus | undefined =>
    Object.hasOwn(checks, check) ? checks[check] : undefined;
  const requiredChecks = requiredVerificationChecks(program);
  const failed = requiredChecks.filter((check) => status(check) === 'failed');
  const missing = requiredChecks.filter((check) => {
    const value = status(check);
    return value !== 'passed' && value !== 'failed';
  });
  return { passed: missing.length === 0 && failed.length === 0, missing, failed };
}
