import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileValue } from '../../test-support/hostile-input.js';
import { parsePartnerId } from './partner-id.js';

describe('parsePartnerId', () => {
  it('accepts a 7-digit id without warnings', () => {
    expect(parsePartnerId('1234567')).toEqual({
      ok: true,
      value: { partnerId: '1234567', warnings: [] },
    });
    expect(parsePartnerId(' 1234566 ')).toEqual({
      ok: true,
      value: { partnerId: '1234566', warnings: [] },
    });
  });

  it('accepts a positive integer number', () => {
    expect(parsePartnerId(1234567)).toEqual({
      ok: true,
      value: { partnerId: '1234567', warnings: [] },
    });
  });

  it.each(['123456', '12345678', '1', '2147483647'])(
    'accepts %s with an unusual-length warning (DOMAIN.md §6.1)',
    (id) => {
      expect(parsePartnerId(id)).toEqual({
        ok: true,
        value: {
          partnerId: id,
          warnings: [
            { code: 'partner.partner_id_unusual_length', details: { length: id.length, usual: 7 } },
          ],
        },
      });
    },
  );

  it.each([
    '',
    ' ',
    'abc',
    '123 4567',
    '1234567a',
    '-1234567',
    '+1234567',
    '12.34567',
    '１２３４５６７',
    '1e6',
  ])('refuses %j as not numeric', (id) => {
    expect(parsePartnerId(id)).toEqual({
      ok: false,
      error: { code: 'partner.partner_id_not_numeric' },
    });
  });

  it('refuses non-integer and negative numbers and other types', () => {
    for (const input of [
      1.5,
      -1,
      Number.NaN,
      Infinity,
      2 ** 60,
      null,
      undefined,
      {},
      [1234567],
      true,
    ]) {
      expect(parsePartnerId(input)).toEqual({
        ok: false,
        error: { code: 'partner.partner_id_not_numeric' },
      });
    }
  });

  it('refuses a leading zero and 0 itself', () => {
    expect(parsePartnerId('0123456')).toEqual({
      ok: false,
      error: { code: 'partner.partner_id_leading_zero' },
    });
    expect(parsePartnerId('0')).toEqual({
      ok: false,
      error: { code: 'partner.partner_id_leading_zero' },
    });
    expect(parsePartnerId(0)).toEqual({
      ok: false,
      error: { code: 'partner.partner_id_leading_zero' },
    });
  });

  it("refuses ids beyond the API's 32-bit integer", () => {
    for (const id of ['2147483648', '99999999999', '1'.repeat(500)]) {
      expect(parsePartnerId(id)).toEqual({
        ok: false,
        error: { code: 'partner.partner_id_out_of_range', details: { max: 2147483647 } },
      });
    }
  });

  it('fuzz: never throws; accepts only digit strings without a leading zero', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.stringMatching(/^[0-9]{1,12}$/)), (input) => {
        const r = parsePartnerId(input);
        if (r.ok) {
          expect(r.value.partnerId).toMatch(/^[1-9][0-9]{0,9}$/);
          expect(Number(r.value.partnerId)).toBeLessThanOrEqual(2147483647);
        }
      }),
    );
  });

  it('accepts every id from 1 to 2147483647', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2147483647 }), (n) => {
        const r = parsePartnerId(String(n));
        expect(r.ok && r.value.partnerId).toBe(String(n));
        expect(r.ok && r.value.warnings.length).toBe(String(n).length === 7 ? 0 : 1);
      }),
    );
  });
});
