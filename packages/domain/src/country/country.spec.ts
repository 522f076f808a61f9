import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileValue } from '../../test-support/hostile-input.js';
import { countryCodes, isCountryCode, parseCountry, programCountryCodes } from './country.js';

describe('parseCountry', () => {
  it('accepts ISO 3166-1 alpha-2 codes, normalizing case and spaces', () => {
    expect(parseCountry('SE')).toEqual({ ok: true, value: 'SE' });
    expect(parseCountry(' us ')).toEqual({ ok: true, value: 'US' });
    expect(parseCountry('NA')).toEqual({ ok: true, value: 'NA' });
  });

  it('accepts the program codes XS (Saba), XE (Sint Eustatius) and XK (Kosovo)', () => {
    for (const code of programCountryCodes) {
      expect(parseCountry(code)).toEqual({ ok: true, value: code });
    }
  });

  it('knows 249 ISO codes plus the 3 program codes', () => {
    expect(countryCodes).toHaveLength(252);
  });

  it('refuses UK with a hint to use GB', () => {
    expect(parseCountry('uk')).toEqual({ ok: false, error: { code: 'country.use_gb_for_uk' } });
  });

  it.each(['', 'S', 'SWE', 'ZZ', 'XX', 'EU', '12', 'S E', 'É', '\u0000SE'])(
    'refuses %j',
    (input) => {
      expect(parseCountry(input)).toEqual({ ok: false, error: { code: 'country.invalid' } });
    },
  );

  it('refuses what is not a string', () => {
    for (const input of [undefined, null, 46, {}, ['SE'], { toString: () => 'SE' }]) {
      expect(parseCountry(input)).toEqual({ ok: false, error: { code: 'country.invalid' } });
    }
  });

  it('accepts every known code in any case and padding, and nothing else of two letters', () => {
    const known = new Set<string>(countryCodes);
    const outcomes = { known: 0, unknown: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...countryCodes),
          fc.string({
            unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
            minLength: 2,
            maxLength: 2,
          }),
        ),
        fc.constantFrom('', ' ', '\t', '  '),
        fc.boolean(),
        (code, pad, lower) => {
          const r = parseCountry(`${pad}${lower ? code.toLowerCase() : code}${pad}`);
          outcomes[known.has(code) ? 'known' : 'unknown'] += 1;
          expect(r).toEqual(
            known.has(code)
              ? { ok: true, value: code }
              : {
                  ok: false,
                  error: { code: code === 'UK' ? 'country.use_gb_for_uk' : 'country.invalid' },
                },
          );
        },
      ),
      { numRuns: 500 },
    );
    // Both branches in most runs: about half are known codes, many of the random pairs are not.
    expect(outcomes.known).toBeGreaterThan(150);
    expect(outcomes.unknown).toBeGreaterThan(50);
  });

  it('fuzz (hostile input): never throws, and accepts only known codes', () => {
    fc.assert(
      fc.property(fc.oneof(hostileValue, fc.string({ maxLength: 3 })), (input) => {
        const r = parseCountry(input);
        if (r.ok) {
          expect(countryCodes).toContain(r.value);
        }
      }),
    );
  });
});

describe('isCountryCode', () => {
  it('is true only for normalized known codes', () => {
    expect(isCountryCode('SE')).toBe(true);
    expect(isCountryCode('se')).toBe(false);
    expect(isCountryCode('ZZ')).toBe(false);
    expect(isCountryCode(1)).toBe(false);
  });
});
