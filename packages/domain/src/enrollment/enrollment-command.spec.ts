import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  MAX_PROVIDER_ID_LENGTH,
  MAX_TEXT_LENGTH,
  parseEnrollmentCommand,
} from './enrollment-command.js';
import { enrollmentCommandTypes } from './enrollment-table.js';

describe('parseEnrollmentCommand', () => {
  it.each([
    [{ type: 'submit' }, { type: 'submit' }],
    [{ type: 'verify', extra: 1 }, { type: 'verify' }],
    [
      { type: 'request_information', reasonCode: 'business_documents', message: 'Send it.' },
      { type: 'request_information', reasonCode: 'business_documents', message: 'Send it.' },
    ],
    [
      { type: 'answer_information', message: 'Line one\nline two\tend' },
      { type: 'answer_information', message: 'Line one\nline two\tend' },
    ],
    [
      { type: 'reject', reasonCode: 'other', reason: '' },
      { type: 'reject', reasonCode: 'other', reason: '' },
    ],
    [{ type: 'withdraw' }, { type: 'withdraw' }],
    [
      { type: 'withdraw', reason: 'No longer needed' },
      { type: 'withdraw', reason: 'No longer needed' },
    ],
    [{ type: 'fail_credit_check' }, { type: 'fail_credit_check' }],
    [{ type: 'pass_credit_check' }, { type: 'pass_credit_check' }],
    [
      { type: 'pass_credit_check', reference: 'DNB-1', scoreBand: 'low', note: 'Paydex 80' },
      { type: 'pass_credit_check', reference: 'DNB-1', scoreBand: 'low', note: 'Paydex 80' },
    ],
    [
      { type: 'fail_credit_check', reference: 'DNB-2', scoreBand: 'very_high', reason: 'Debts' },
      { type: 'fail_credit_check', reference: 'DNB-2', scoreBand: 'very_high', reason: 'Debts' },
    ],
    [
      { type: 'record_support_plan', plan: 'psfp' },
      { type: 'record_support_plan', plan: 'psfp' },
    ],
    [
      { type: 'transition_to_indirect', providerId: 'contoso' },
      { type: 'transition_to_indirect', providerId: 'contoso' },
    ],
  ])('reads %p', (input, expected) => {
    expect(parseEnrollmentCommand(input)).toEqual({ ok: true, value: expected });
  });

  it('reads every command type', () => {
    const payload = {
      message: 'm',
      reason: 'r',
      plan: 'asfp',
      providerId: 'p',
      reasonCode: 'other',
    };
    for (const type of enrollmentCommandTypes) {
      const result = parseEnrollmentCommand({ type, ...payload });
      expect(result.ok && result.value.type).toBe(type);
    }
  });

  it.each([
    [null, 'type'],
    ['submit', 'type'],
    [['submit'], 'type'],
    [{}, 'type'],
    [{ type: 'approve' }, 'type'],
    [{ type: 'SUBMIT' }, 'type'],
    [{ type: '__proto__' }, 'type'],
    [{ type: 'request_information', reasonCode: 'other' }, 'message'],
    [{ type: 'request_information', message: 'Send it.' }, 'reasonCode'],
    [
      { type: 'request_information', reasonCode: 'not_eligible_country', message: 'x' },
      'reasonCode',
    ],
    [{ type: 'answer_information', message: 42 }, 'message'],
    [
      {
        type: 'request_information',
        reasonCode: 'other',
        message: 'x'.repeat(MAX_TEXT_LENGTH + 1),
      },
      'message',
    ],
    [{ type: 'request_information', reasonCode: 'other', message: 'bell\u0007' }, 'message'],
    [{ type: 'reject', reasonCode: 'other' }, 'reason'],
    [{ type: 'reject', reason: 'No.' }, 'reasonCode'],
    [{ type: 'reject', reasonCode: 'bank_details', reason: 'No.' }, 'reasonCode'],
    [{ type: 'pass_credit_check', reference: 42 }, 'reference'],
    [{ type: 'pass_credit_check', reference: 'r'.repeat(101) }, 'reference'],
    [{ type: 'pass_credit_check', scoreBand: 'AAA' }, 'scoreBand'],
    [{ type: 'pass_credit_check', note: '\u0000' }, 'note'],
    [{ type: 'fail_credit_check', scoreBand: 'toString' }, 'scoreBand'],
    [{ type: 'withdraw', reason: null }, 'reason'],
    [{ type: 'fail_credit_check', reason: '\u0000' }, 'reason'],
    [{ type: 'record_support_plan' }, 'plan'],
    [{ type: 'record_support_plan', plan: 'ASfP' }, 'plan'],
    [{ type: 'record_support_plan', plan: 'toString' }, 'plan'],
    [{ type: 'transition_to_indirect' }, 'providerId'],
    [
      { type: 'transition_to_indirect', providerId: 'p'.repeat(MAX_PROVIDER_ID_LENGTH + 1) },
      'providerId',
    ],
  ])('refuses %p, naming the field %s', (input, field) => {
    expect(parseEnrollmentCommand(input)).toMatchObject({
      ok: false,
      error: { code: 'enrollment.invalid_command', details: { field } },
    });
  });

  it('accepts texts of exactly the maximum length: 4000 characters of message, 100 of provider id', () => {
    expect(MAX_TEXT_LENGTH).toBe(4000);
    expect(MAX_PROVIDER_ID_LENGTH).toBe(100);
    const message = 'x'.repeat(MAX_TEXT_LENGTH);
    expect(parseEnrollmentCommand({ type: 'answer_information', message })).toEqual({
      ok: true,
      value: { type: 'answer_information', message },
    });
    const providerId = 'p'.repeat(MAX_PROVIDER_ID_LENGTH);
    expect(parseEnrollmentCommand({ type: 'transition_to_indirect', providerId })).toEqual({
      ok: true,
      value: { type: 'transition_to_indirect', providerId },
    });
  });

  it('ignores inherited and prototype-polluting keys', () => {
    expect(parseEnrollmentCommand(Object.create({ type: 'submit' })).ok).toBe(false);
    expect(parseEnrollmentCommand(JSON.parse('{"__proto__": {"type": "submit"}}')).ok).toBe(false);
    expect(
      parseEnrollmentCommand(
        JSON.parse('{"type": "reject", "reasonCode": "other", "__proto__": {"reason": "x"}}'),
      ).ok,
    ).toBe(false);
  });

  it('never throws on arbitrary input, and what it accepts has a known type', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            {
              type: fc.oneof(fc.constantFrom(...enrollmentCommandTypes), fc.string()),
              message: fc.oneof(
                fc.string({ maxLength: 5000 }),
                fc.string({ unit: 'binary' }),
                fc.anything(),
              ),
              reason: fc.oneof(fc.string({ unit: 'binary' }), fc.anything()),
              reasonCode: fc.oneof(fc.constantFrom('other', 'bank_details'), fc.string()),
              reference: fc.oneof(fc.string({ maxLength: 120 }), fc.anything()),
              scoreBand: fc.oneof(fc.constantFrom('low', 'high'), fc.string()),
              note: fc.oneof(fc.string(), fc.anything()),
              plan: fc.oneof(fc.constantFrom('asfp', 'psfp'), fc.string()),
              providerId: fc.string({ maxLength: 200 }),
            },
            { requiredKeys: ['type'] },
          ),
        ),
        (input) => {
          const result = parseEnrollmentCommand(input);
          if (result.ok) {
            expect(enrollmentCommandTypes).toContain(result.value.type);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});
