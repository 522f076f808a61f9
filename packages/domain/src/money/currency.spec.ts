import { describe as group, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { currencyCodes, isCurrencyCode, minorUnits, parseCurrency } from './currency.js';
import { describeInput } from './describe-input.js';

group('parseCurrency', () => {
  it.each(['USD', 'EUR', 'SEK', 'JPY', 'KRW', 'CNY', 'TWD', 'XCG', 'ZWG'])('accepts %s', (code) => {
    expect(parseCurrency(code)).toEqual({ ok: true, value: code });
  });

  it('normalizes case and surrounding white space', () => {
    expect(parseCurrency(' sek\n')).toEqual({ ok: true, value: 'SEK' });
    expect(parseCurrency('uSd')).toEqual({ ok: true, value: 'USD' });
  });

  it('refuses three letters that are not a currency in use, naming it', () => {
    expect(parseCurrency('ABC')).toEqual({
      ok: false,
      error: { code: 'money.unknown_currency', details: { currency: 'ABC' } },
    });
    expect(parseCurrency('HRK')).toMatchObject({
      ok: false,
      error: { code: 'money.unknown_currency' },
    });
    expect(parseCurrency('XAU')).toMatchObject({
      ok: false,
      error: { code: 'money.unknown_currency' },
    });
  });

  it.each([['US'], ['USDD'], ['U$D'], ['123'], [''], ['ÅÄÖ'], ['uß']])(
    'refuses the malformed code %p',
    (input) => {
      expect(parseCurrency(input)).toMatchObject({
        ok: false,
        error: { code: 'money.invalid_currency' },
      });
    },
  );

  it.each([[undefined], [null], [840], [{}], [['USD']], [Symbol('USD')]])(
    'refuses the non-string %p',
    (input) => {
      expect(parseCurrency(input)).toMatchObject({
        ok: false,
        error: { code: 'money.invalid_currency' },
      });
    },
  );

  it('refuses prototype keys', () => {
    for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(parseCurrency(key).ok).toBe(false);
    }
  });

  it('accepts every ISO 4217 code in any case and padding; refuses unknown three-letter codes as unknown', () => {
    const known = new Set<string>(currencyCodes);
    const outcomes = { known: 0, unknown: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...currencyCodes),
          fc.string({
            unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 3,
            maxLength: 3,
          }),
        ),
        fc.constantFrom('', ' ', '\n'),
        fc.boolean(),
        (code, pad, lower) => {
          outcomes[known.has(code) ? 'known' : 'unknown'] += 1;
          expect(parseCurrency(`${pad}${lower ? code.toLowerCase() : code}${pad}`)).toEqual(
            known.has(code)
              ? { ok: true, value: code }
              : {
                  ok: false,
                  error: { code: 'money.unknown_currency', details: { currency: code } },
                },
          );
        },
      ),
      { numRuns: 400 },
    );
    expect(outcomes.known).toBeGreaterThan(100);
    expect(outcomes.unknown).toBeGreaterThan(100);
  });

  it('fuzz (hostile input): never throws and accepts only known codes, for any input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 5000 }),
          fc.string({ unit: 'binary', maxLength: 8 }),
          fc.anything(),
        ),
        (input) => {
          const result = parseCurrency(input);
          if (result.ok) {
            expect(currencyCodes).toContain(result.value);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

group('minorUnits', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['SEK', 2],
    ['JPY', 0],
    ['KRW', 0],
    ['ISK', 0],
    ['KWD', 3],
    ['BHD', 3],
    ['CLF', 4],
  ] as const)('%s has %i', (code, digits) => {
    expect(minorUnits(code)).toBe(digits);
  });

  it('knows every billing currency of the CSP markets', () => {
    for (const code of [
      'USD',
      'AUD',
      'CAD',
      'CNY',
      'EUR',
      'DKK',
      'NOK',
      'SEK',
      'CHF',
      'GBP',
      'INR',
      'JPY',
      'KRW',
      'NZD',
      'RUB',
      'TWD',
    ]) {
      expect(isCurrencyCode(code)).toBe(true);
    }
  });

  it('lists codes sorted and unique, each three capitals', () => {
    expect([...currencyCodes].sort()).toEqual(currencyCodes);
    expect(new Set(currencyCodes).size).toBe(currencyCodes.length);
    expect(currencyCodes.every((code) => /^[A-Z]{3}$/.test(code))).toBe(true);
  });
});

group('describe (bad input in a message)', () => {
  it('shortens long strings and masks control characters', () => {
    expect(describeInput('a\u0000b')).toBe('a?b');
    expect(describeInput('x'.repeat(100))).toBe(`${'x'.repeat(40)}…`);
    expect(describeInput(null)).toBe('null');
    expect(describeInput(12)).toBe('number');
  });
});
