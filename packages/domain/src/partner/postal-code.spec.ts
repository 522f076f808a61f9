import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileValue } from '../../test-support/hostile-input.js';
import { parseCountry, type CountryCode } from '../country/country.js';
import { parsePostalCode, postalCodeRules } from './postal-code.js';

const cc = (s: string): CountryCode => {
  const r = parseCountry(s);
  if (!r.ok) {
    throw new Error('bad test country');
  }
  return r.value;
};

describe('parsePostalCode', () => {
  it('covers at least the 30 largest markets', () => {
    expect(Object.keys(postalCodeRules).length).toBeGreaterThanOrEqual(30);
    for (const country of [
      'US',
      'CN',
      'JP',
      'DE',
      'IN',
      'GB',
      'FR',
      'IT',
      'BR',
      'CA',
      'RU',
      'KR',
      'AU',
      'ES',
      'MX',
      'ID',
      'NL',
      'SA',
      'TR',
      'CH',
      'PL',
      'TW',
      'BE',
      'SE',
      'AR',
      'IE',
      'AT',
      'NO',
      'IL',
      'TH',
    ]) {
      expect(postalCodeRules[country]).toBeDefined();
    }
  });

  it.each(
    Object.entries(postalCodeRules).map(
      ([country, rule]) => [country, rule?.example ?? ''] as const,
    ),
  )('%s accepts its own example %s and gives it back unchanged', (country, example) => {
    expect(parsePostalCode(cc(country), example)).toEqual({ ok: true, value: example });
  });

  it.each([
    ['US', '98052-6399', '98052-6399'],
    ['US', '980526399', '98052-6399'],
    ['CA', 'k1a0b1', 'K1A 0B1'],
    ['GB', 'sw1a1aa', 'SW1A 1AA'],
    ['GB', 'EC1A 1BB', 'EC1A 1BB'],
    ['GB', 'M1 1AE', 'M1 1AE'],
    ['NL', '1012ab', '1012 AB'],
    ['SE', '11152', '111 52'],
    ['PL', '00950', '00-950'],
    ['JP', '1000001', '100-0001'],
    ['BR', '01310100', '01310-100'],
    ['PT', '1000 001', '1000-001'],
    ['IE', 'd02x285', 'D02 X285'],
    ['AR', '1425', '1425'],
    ['SA', '122111234', '12211-1234'],
  ])('%s: normalizes %s to %s', (country, input, expected) => {
    expect(parsePostalCode(cc(country), input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['US', '9805'],
    ['US', 'ABCDE'],
    ['CA', 'D1A 0B1'],
    ['GB', 'QQ1 1AA'],
    ['NL', '0123 AB'],
    ['NL', '1012 SS'],
    ['SE', '01152'],
    ['DE', '1011'],
    ['ES', '53001'],
    ['JP', '100-00001'],
    ['IN', '012345'],
    ['BR', '0131010'],
  ])('%s refuses %s with an example', (country, input) => {
    expect(parsePostalCode(cc(country), input)).toEqual({
      ok: false,
      error: {
        code: 'partner.postal_code_invalid',
        details: { country, example: postalCodeRules[country]?.example },
      },
    });
  });

  it('requires a code where the country always uses one', () => {
    expect(parsePostalCode(cc('DE'), '  ')).toEqual({
      ok: false,
      error: { code: 'partner.postal_code_required', details: { country: 'DE' } },
    });
    expect(parsePostalCode(cc('US'), undefined)).toMatchObject({
      ok: false,
      error: { code: 'partner.postal_code_required' },
    });
  });

  it('lets Ireland and unlisted countries go without one', () => {
    expect(parsePostalCode(cc('IE'), '')).toEqual({ ok: true, value: undefined });
    expect(parsePostalCode(cc('AE'), null)).toEqual({ ok: true, value: undefined });
  });

  it('accepts a short alphanumeric code in unlisted countries', () => {
    expect(parsePostalCode(cc('IS'), '101')).toEqual({ ok: true, value: '101' });
    expect(parsePostalCode(cc('MT'), 'vlt 1117')).toEqual({ ok: true, value: 'VLT 1117' });
    expect(parsePostalCode(cc('MT'), 'VLT\u00001117')).toEqual({
      ok: false,
      error: { code: 'partner.postal_code_malformed', details: { country: 'MT' } },
    });
  });

  it('refuses non-strings and long input', () => {
    expect(parsePostalCode(cc('SE'), 11152)).toMatchObject({
      ok: false,
      error: { code: 'partner.postal_code_invalid' },
    });
    expect(parsePostalCode(cc('IS'), {})).toMatchObject({
      ok: false,
      error: { code: 'partner.postal_code_malformed' },
    });
    expect(parsePostalCode(cc('SE'), '1'.repeat(10000))).toMatchObject({
      ok: false,
      error: { code: 'partner.postal_code_invalid' },
    });
  });

  it("fuzz: never throws; accepted codes match the country's rule", () => {
    const country = fc.constantFrom(...['SE', 'US', 'GB', 'IS', 'AE', 'CA', 'IE'].map(cc));
    fc.assert(
      fc.property(
        country,
        fc.oneof(hostileValue, fc.stringMatching(/^[0-9A-Z -]{3,9}$/)),
        (c, input) => {
          const r = parsePostalCode(c, input);
          if (r.ok && r.value !== undefined) {
            const rule = postalCodeRules[c];
            if (rule !== undefined) {
              expect(r.value.replace(/[ -]/g, '')).toMatch(rule.pattern);
            } else {
              expect(r.value).toMatch(/^[A-Z0-9][A-Z0-9 -]*$/);
            }
          }
        },
      ),
    );
  });
});
