import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  checkVerification,
  requiredVerificationChecks,
  verificationCheckStatuses,
  verificationChecks,
  type VerificationCheck,
  type VerificationCheckStatus,
} from './verification-checks.js';

// Written from DOMAIN.md §7 (e-mail ownership, employment, business) and §2/§6.3 (an active
// PartnerID for the location), in the order a reviewer works through them; direct bill adds the
// review of the revenue figures (§6.3).
const FOUR = ['email_ownership', 'employment', 'business', 'partner_id'] as const;
const DIRECT = [...FOUR, 'revenue'] as const;

describe('requiredVerificationChecks', () => {
  it('asks the four checks of an indirect reseller application, in order', () => {
    expect(requiredVerificationChecks('indirect_reseller')).toEqual(FOUR);
  });

  it('asks the four checks and the revenue review of a direct bill application', () => {
    expect(requiredVerificationChecks('direct_bill')).toEqual(DIRECT);
  });

  it('lists the checks and statuses in order', () => {
    expect(verificationChecks).toEqual(DIRECT);
    expect(verificationCheckStatuses).toEqual(['pending', 'passed', 'failed']);
  });
});

describe('checkVerification', () => {
  const allPassed = {
    email_ownership: 'passed',
    employment: 'passed',
    business: 'passed',
    partner_id: 'passed',
    revenue: 'passed',
  } as const;

  it('passes when every check passed', () => {
    expect(checkVerification({ program: 'direct_bill', checks: allPassed })).toEqual({
      passed: true,
      missing: [],
      failed: [],
    });
  });

  it('names nothing recorded as missing, in order', () => {
    expect(checkVerification({ program: 'indirect_reseller', checks: {} })).toEqual({
      passed: false,
      missing: FOUR,
      failed: [],
    });
  });

  it('separates pending or absent checks from failed ones', () => {
    expect(
      checkVerification({
        program: 'indirect_reseller',
        checks: { email_ownership: 'passed', employment: 'failed', partner_id: 'pending' },
      }),
    ).toEqual({ passed: false, missing: ['business', 'partner_id'], failed: ['employment'] });
  });

  it('passes an indirect reseller application without a revenue review', () => {
    const { revenue: _revenue, ...indirect } = allPassed;
    expect(checkVerification({ program: 'indirect_reseller', checks: indirect }).passed).toBe(true);
    expect(checkVerification({ program: 'direct_bill', checks: indirect })).toEqual({
      passed: false,
      missing: ['revenue'],
      failed: [],
    });
  });

  it.each(DIRECT)('does not pass while %s alone has failed', (check) => {
    expect(
      checkVerification({ program: 'direct_bill', checks: { ...allPassed, [check]: 'failed' } }),
    ).toEqual({ passed: false, missing: [], failed: [check] });
  });

  it.each(DIRECT)('does not pass while %s alone is pending', (check) => {
    expect(
      checkVerification({ program: 'direct_bill', checks: { ...allPassed, [check]: 'pending' } }),
    ).toEqual({ passed: false, missing: [check], failed: [] });
  });

  it('counts an unknown status or an inherited property as not recorded', () => {
    const inherited = Object.create({ business: 'passed' }) as Record<string, string>;
    expect(
      checkVerification({
        program: 'direct_bill',
        checks: {
          ...allPassed,
          employment: 'approved' as VerificationCheckStatus,
          business: undefined,
        },
      }).missing,
    ).toEqual(['employment', 'business']);
    expect(checkVerification({ program: 'direct_bill', checks: inherited }).missing).toEqual(
      DIRECT,
    );
  });

  it('passes exactly when every required status is passed (any mix of statuses)', () => {
    const status = fc.constantFrom<VerificationCheckStatus | undefined>(
      'pending',
      'passed',
      'failed',
      undefined,
    );
    const checks = fc.record(
      Object.fromEntries(DIRECT.map((c) => [c, status])) as Record<
        VerificationCheck,
        typeof status
      >,
    );
    const outcomes = { passed: 0, failed: 0 };
    fc.assert(
      fc.property(
        fc.constantFrom<'indirect_reseller' | 'direct_bill'>('indirect_reseller', 'direct_bill'),
        checks,
        (program, recorded) => {
          const outcome = checkVerification({ program, checks: recorded });
          const required: readonly VerificationCheck[] = program === 'direct_bill' ? DIRECT : FOUR;
          const expectedPass = required.every((c) => recorded[c] === 'passed');
          outcomes[expectedPass ? 'passed' : 'failed'] += 1;
          expect(outcome.passed).toBe(expectedPass);
          expect(outcome.failed).toEqual(required.filter((c) => recorded[c] === 'failed'));
          expect(outcome.missing).toEqual(
            required.filter((c) => recorded[c] !== 'passed' && recorded[c] !== 'failed'),
          );
        },
      ),
      { numRuns: 300, examples: [['direct_bill', allPassed]] },
    );
    expect(outcomes.passed).toBeGreaterThan(0);
  });
});
