import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileRecord } from '../../test-support/hostile-input.js';
import { parseCountry, type CountryCode } from '../country/country.js';
import {
  acceptedRegistrationIdTypes,
  isRegistrationIdRequired,
  parseRegistrationId,
  registrationIdRules,
} from './registration-id.js';

const cc = (s: string): CountryCode => {
  const r = parseCountry(s);
  if (!r.ok) {
    throw new Error('bad test country');
  }
  return r.value;
};

describe('which countries require a registration id (DOMAIN.md §2)', () => {
  it('lists the 24 countries of 05/10/2021 plus China and the United States', () => {
    expect(Object.keys(registrationIdRules).sort()).toEqual(
      [
        'AM',
        'AZ',
        'BY',
        'BR',
        'HU',
        'IN',
        'IQ',
        'KZ',
        'KG',
        'MD',
        'MM',
        'PL',
        'RU',
        'SA',
        'ZA',
        'SS',
        'TJ',
        'TH',
        'TR',
        'UA',
        'AE',
        'UZ',
        'VE',
        'VN',
        'CN',
        'US',
      ].sort(),
    );
    expect(isRegistrationIdRequired(cc('BR'))).toBe(true);
    expect(isRegistrationIdRequired(cc('SE'))).toBe(false);
  });

  it.each([
    ['AM', ['INN', 'VAT', 'PUBLIC_SERVICE_NUMBER']],
    ['AZ', ['TIN', 'INN']],
    ['BY', ['UNP']],
    ['BR', ['CNPJ']],
    ['CN', ['TIN']],
    ['HU', ['TIN']],
    ['IN', ['TAX_ID', 'PAN']],
    ['KZ', ['BIN', 'IIN']],
    ['KG', ['INN']],
    ['MD', ['IDNO', 'IDNP']],
    ['PL', ['TIN', 'PESEL']],
    ['RU', ['INN']],
    ['ZA', ['TRN']],
    ['TJ', ['INN', 'EIN', 'KPP']],
    ['TR', ['TIN', 'NIN']],
    ['UA', ['EDRPOU']],
    ['AE', ['TAX_ID', 'VAT']],
    ['US', ['EIN']],
    ['VE', ['RIF']],
  ])('%s accepts %j', (country, types) => {
    expect(acceptedRegistrationIdTypes(cc(country))).toEqual(types);
  });
});

describe('parseRegistrationId', () => {
  it.each([
    ['BR', '11.222.333/0001-81', 'CNPJ', '11222333000181'],
    ['BR', '12.ABC.345/01DE-35', 'CNPJ', '12ABC34501DE35'],
    ['RU', '7707083893', 'INN', '7707083893'],
    ['RU', '500100732259', 'INN', '500100732259'],
    ['PL', '123-456-32-18', 'TIN', '1234563218'],
    ['PL', '44051401359', 'PESEL', '44051401359'],
    ['TR', '10000000146', 'NIN', '10000000146'],
    ['TR', '1234567890', 'TIN', '1234567890'],
    ['TH', '1101700207030', 'TIN', '1101700207030'],
    ['KZ', '971240001315', 'BIN', '971240001315'],
    ['UA', '14360570', 'EDRPOU', '14360570'],
    ['UA', '00032129', 'EDRPOU', '00032129'],
    ['CN', '91350100M000100Y43', 'TIN', '91350100M000100Y43'],
    ['US', '12-3456789', 'EIN', '123456789'],
    ['IN', 'AAACM1234F', 'PAN', 'AAACM1234F'],
    ['IN', '27AAACM1234F1Z5', 'TAX_ID', '27AAACM1234F1Z5'],
    ['HU', '12345678-2-42', 'TIN', '12345678242'],
    ['BY', '100000000', 'UNP', '100000000'],
    ['VE', 'J-12345678-9', 'RIF', 'J123456789'],
    ['VN', '0101234567-001', 'TIN', '0101234567001'],
    ['AE', '100123456700003', 'TAX_ID', '100123456700003'],
    ['IQ', 'IQ-12345', 'TIN', 'IQ12345'],
  ])('%s: infers the type of %s (%s)', (country, value, type, compact) => {
    expect(parseRegistrationId({ country, value })).toEqual({
      ok: true,
      value: { country, type, value: compact },
    });
  });

  it('uses the given type', () => {
    expect(
      parseRegistrationId({ country: 'AE', type: 'VAT', value: '100123456700003' }),
    ).toMatchObject({
      ok: true,
      value: { type: 'VAT' },
    });
  });

  it.each([
    ['BR', '11.222.333/0001-82', 'CNPJ'],
    ['BR', '00000000000000', 'CNPJ'],
    ['RU', '7707083894', 'INN'],
    ['RU', '500100732250', 'INN'],
    ['PL', '1234563219', 'TIN'],
    ['PL', '44051401358', 'PESEL'],
    ['TR', '10000000147', 'NIN'],
    ['TH', '1101700207031', 'TIN'],
    ['KZ', '971240001316', 'BIN'],
    ['UA', '14360571', 'EDRPOU'],
    ['CN', '91350100M000100Y44', 'TIN'],
  ])('%s: refuses %s with a wrong check digit', (country, value, type) => {
    expect(parseRegistrationId({ country, value })).toEqual({
      ok: false,
      error: { code: 'partner.registration_id_checksum', details: { country, type } },
    });
  });

  it('refuses a value in the wrong format, naming the type', () => {
    expect(parseRegistrationId({ country: 'US', value: '1234' })).toEqual({
      ok: false,
      error: { code: 'partner.registration_id_invalid', details: { country: 'US', type: 'EIN' } },
    });
    expect(
      parseRegistrationId({ country: 'IN', type: 'PAN', value: '27AAACM1234F1Z5' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'partner.registration_id_invalid', details: { type: 'PAN' } },
    });
  });

  it('requires the id where it is mandatory, naming the accepted types', () => {
    expect(parseRegistrationId({ country: 'PL' })).toEqual({
      ok: false,
      error: {
        code: 'partner.registration_id_required',
        details: { country: 'PL', types: ['TIN', 'PESEL'] },
      },
    });
    expect(parseRegistrationId({ country: 'BR', value: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'partner.registration_id_required' },
    });
  });

  it('refuses a type the country does not accept', () => {
    expect(parseRegistrationId({ country: 'BR', type: 'EIN', value: '123456789' })).toEqual({
      ok: false,
      error: {
        code: 'partner.registration_id_type_not_accepted',
        details: { country: 'BR', types: ['CNPJ'] },
      },
    });
    expect(parseRegistrationId({ country: 'BR', type: 42, value: '11222333000181' })).toMatchObject(
      {
        ok: false,
        error: { code: 'partner.registration_id_type_not_accepted' },
      },
    );
  });

  it('is optional elsewhere, and then must look like a company id', () => {
    expect(parseRegistrationId({ country: 'SE' })).toEqual({ ok: true, value: undefined });
    expect(parseRegistrationId({ country: 'SE', value: '556016-0680' })).toEqual({
      ok: true,
      value: { country: 'SE', type: 'COMPANY_ID', value: '5560160680' },
    });
    expect(parseRegistrationId({ country: 'DE', value: 'abc' })).toEqual({
      ok: false,
      error: {
        code: 'partner.registration_id_invalid',
        details: { country: 'DE', type: 'COMPANY_ID' },
      },
    });
  });

  it('refuses a bad country, non-string values and huge input', () => {
    expect(parseRegistrationId({ country: 'QQ', value: '1' })).toEqual({
      ok: false,
      error: { code: 'country.invalid', details: { field: 'country' } },
    });
    expect(parseRegistrationId({ country: 'SE', value: 5560160680 })).toMatchObject({ ok: false });
    expect(parseRegistrationId({ country: 'BR', value: '1'.repeat(10000) })).toMatchObject({
      ok: false,
    });
    expect(parseRegistrationId(undefined)).toMatchObject({ ok: false });
  });

  // Valid ids generated from their rules: the check digits computed, not looked up.
  const someDigits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n });
  const mod11 = (v: readonly number[], weights: readonly number[]) =>
    weights.reduce((sum, w, i) => sum + w * (v[i] as number), 0) % 11;
  const cnpj = someDigits(12)
    .filter((v) => new Set(v).size > 1)
    .map((v) => {
      const dv = (values: number[], weights: number[]) => {
        const r = mod11(values, weights);
        return r < 2 ? 0 : 11 - r;
      };
      const d1 = dv(v, [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
      const d2 = dv([...v, d1], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]);
      return { country: 'BR', type: 'CNPJ', value: [...v, d1, d2].join('') };
    });
  const inn10 = someDigits(9).map((v) => ({
    country: 'RU',
    type: 'INN',
    value: [...v, mod11(v, [2, 4, 10, 3, 5, 9, 4, 6, 8]) % 10].join(''),
  }));
  const nip = someDigits(9)
    .filter((v) => mod11(v, [6, 5, 7, 2, 3, 4, 5, 6, 7]) !== 10)
    .map((v) => ({
      country: 'PL',
      type: 'TIN',
      value: [...v, mod11(v, [6, 5, 7, 2, 3, 4, 5, 6, 7])].join(''),
    }));

  it('accepts every CNPJ, Russian INN and Polish NIP built from its check-digit rule, however punctuated, and refuses it with the last digit changed', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.oneof(cnpj, inn10, nip),
        fc.constantFrom('', '.', '-', ' ', '/'),
        fc.integer({ min: 1, max: 9 }),
        (id, separator, delta) => {
          seen.set(id.country, (seen.get(id.country) ?? 0) + 1);
          const punctuated = id.value.replace(/(\d{3})(?=\d)/g, `$1${separator}`);
          expect(parseRegistrationId({ ...id, value: punctuated })).toEqual({
            ok: true,
            value: id,
          });
          const last = Number(id.value.slice(-1));
          const changed = `${id.value.slice(0, -1)}${(last + delta) % 10}`;
          expect(parseRegistrationId({ ...id, value: changed })).toMatchObject({ ok: false });
        },
      ),
      { numRuns: 300 },
    );
    expect([...seen.keys()].sort()).toEqual(['BR', 'PL', 'RU']);
  });

  it('fuzz (hostile input): never throws; never accepts a missing id where one is mandatory', () => {
    const input = hostileRecord({
      country: fc.constantFrom('BR', 'RU', 'PL', 'US', 'CN', 'SE', 'DE', 'TJ', 'XK'),
      value: fc.oneof(
        fc.stringMatching(/^[0-9]{8,14}$/),
        fc.constantFrom('11222333000181', '7707083893'),
      ),
      type: fc.constantFrom('INN', 'CNPJ', 'TIN', 'EIN'),
    });
    fc.assert(
      fc.property(input, (i) => {
        const r = parseRegistrationId(i);
        if (r.ok && r.value === undefined) {
          const c = parseCountry((i as { country?: unknown }).country);
          expect(c.ok && isRegistrationIdRequired(c.value)).toBe(false);
        }
        if (r.ok && r.value !== undefined) {
          expect(r.value.value).toMatch(/^[A-Z0-9]+$/);
        }
      }),
    );
  });

  const weightedSum = (digits: string, weights: readonly number[]): number =>
    weights.reduce((sum, w, i) => sum + w * Number(digits[i]), 0);

  it('Kazakhstan: uses the second weights when the first give 10, and refuses when both do', () => {
    let fallbackValid: string | undefined;
    let bothTen: string | undefined;
    for (
      let n = 10_000_000_000;
      (fallbackValid === undefined || bothTen === undefined) && n < 10_000_100_000;
      n += 1
    ) {
      const body = String(n).slice(0, 11);
      if (weightedSum(body, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]) % 11 !== 10) {
        continue;
      }
      const second = weightedSum(body, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]) % 11;
      if (second === 10) {
        bothTen ??= body;
      } else {
        fallbackValid ??= `${body}${second}`;
      }
    }
    expect(parseRegistrationId({ country: 'KZ', value: fallbackValid })).toMatchObject({
      ok: true,
      value: { type: 'BIN' },
    });
    for (let d = 0; d <= 9; d += 1) {
      expect(parseRegistrationId({ country: 'KZ', value: `${bothTen}${d}` })).toMatchObject({
        ok: false,
        error: { code: 'partner.registration_id_checksum' },
      });
    }
  });

  it('Ukraine: retries with weights + 2 when the first check gives 10, in both number ranges', () => {
    for (const [from, base] of [
      [10_000_000, [1, 2, 3, 4, 5, 6, 7]],
      [40_000_000, [7, 1, 2, 3, 4, 5, 6]],
    ] as const) {
      let body = '';
      for (let n = from; body === ''; n += 10) {
        const candidate = String(n).slice(0, 7);
        if (weightedSum(candidate, base) % 11 === 10) {
          body = candidate;
        }
      }
      const check =
        (weightedSum(
          body,
          base.map((w) => w + 2),
        ) %
          11) %
        10;
      expect(parseRegistrationId({ country: 'UA', value: `${body}${check}` })).toMatchObject({
        ok: true,
      });
      expect(
        parseRegistrationId({ country: 'UA', value: `${body}${(check + 1) % 10}` }),
      ).toMatchObject({ ok: false });
    }
  });

  it('fuzz: a valid CNPJ with any one digit changed is refused', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 1, max: 9 }),
        (position, delta) => {
          const valid = '11222333000181';
          const digit = (Number(valid[position]) + delta) % 10;
          const changed = `${valid.slice(0, position)}${digit}${valid.slice(position + 1)}`;
          expect(parseRegistrationId({ country: 'BR', value: changed }).ok).toBe(false);
        },
      ),
    );
  });
});
