import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileRecord, hostileValue } from '../../test-support/hostile-input.js';
import { parseCountry } from '../country/country.js';
import { parseBankDetails, parseBic, parseIban, usesIban } from './bank-details.js';

const holder = { accountHolderName: 'Contoso AB' };

describe('parseIban', () => {
  it('accepts valid IBANs in any spacing and case', () => {
    expect(parseIban('SE45 5000 0000 0583 9825 7466')).toEqual({
      ok: true,
      value: 'SE4550000000058398257466',
    });
    expect(parseIban('gb82-west-1234-5698-7654-32')).toEqual({
      ok: true,
      value: 'GB82WEST12345698765432',
    });
    expect(parseIban('DE89370400440532013000')).toEqual({
      ok: true,
      value: 'DE89370400440532013000',
    });
  });

  it('refuses wrong check digits (mod 97)', () => {
    expect(parseIban('SE45 5000 0000 0583 9825 7467')).toEqual({
      ok: false,
      error: { code: 'partner.iban_wrong_checksum' },
    });
    expect(parseIban('SE4X 5000 0000 0583 9825 7466')).toEqual({
      ok: false,
      error: { code: 'partner.iban_wrong_checksum' },
    });
  });

  it('refuses the wrong length for the country', () => {
    expect(parseIban('SE45 5000 0000 0583 9825 746')).toEqual({
      ok: false,
      error: { code: 'partner.iban_wrong_length', details: { country: 'SE', length: 24 } },
    });
  });

  it('refuses a BBAN in the wrong format for the country', () => {
    expect(parseIban('GB82 1234 1234 5698 7654 32')).toMatchObject({
      ok: false,
      error: { code: 'partner.iban_wrong_format' },
    });
  });

  it('refuses an unknown country and garbage', () => {
    expect(parseIban('US12 3456 7890')).toEqual({
      ok: false,
      error: { code: 'partner.iban_unknown_country' },
    });
    for (const input of ['', '!!', 42, null, 'SE'.repeat(40)]) {
      expect(parseIban(input).ok).toBe(false);
    }
  });

  /** ISO 13616's check: the IBAN, its first four characters moved to the end, letters as 10–35, is 1 mod 97. */
  const mod97 = (text: string): bigint =>
    BigInt([...text].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('')) %
    97n;
  const digits = (n: number) =>
    fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
  const letters = (n: number) =>
    fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
      minLength: n,
      maxLength: n,
    });
  /** Each country's BBAN format (the IBAN registry), for countries without a national check digit. */
  const bban: Record<string, fc.Arbitrary<string>> = {
    DE: digits(18),
    AT: digits(16),
    DK: digits(14),
    SE: digits(20),
    CH: digits(17),
    LU: digits(16),
    GR: digits(23),
    IS: digits(22),
    GB: fc.tuple(letters(4), digits(14)).map(([a, b]) => a + b),
    IE: fc.tuple(letters(4), digits(14)).map(([a, b]) => a + b),
    NL: fc.tuple(letters(4), digits(10)).map(([a, b]) => a + b),
  };
  /** A valid IBAN: a BBAN, then check digits computed so that the whole is 1 mod 97. */
  const validIban = fc
    .constantFrom(...Object.keys(bban))
    .chain((country) => (bban[country] as fc.Arbitrary<string>).map((b) => ({ country, b })))
    .map(
      ({ country, b }) =>
        `${country}${String(98n - mod97(`${b}${country}00`)).padStart(2, '0')}${b}`,
    );
  const spaced = (iban: string, every: number, lower: boolean) => {
    const grouped = iban.match(new RegExp(`.{1,${every}}`, 'g'))?.join(' ') ?? iban;
    return lower ? grouped.toLowerCase() : grouped;
  };

  it('accepts every IBAN built from the rule, in any grouping and case, and refuses it with any one character changed', () => {
    const countries = new Map<string, number>();
    fc.assert(
      fc.property(
        validIban,
        fc.integer({ min: 1, max: 6 }),
        fc.boolean(),
        fc.nat(),
        fc.integer({ min: 1, max: 9 }),
        (iban, every, lower, at, delta) => {
          countries.set(iban.slice(0, 2), (countries.get(iban.slice(0, 2)) ?? 0) + 1);
          expect(mod97(`${iban.slice(4)}${iban.slice(0, 4)}`)).toBe(1n);
          expect(parseIban(spaced(iban, every, lower))).toEqual({ ok: true, value: iban });
          // One digit of the BBAN or the check digits changed: mod 97 catches every single change.
          const positions = [...iban]
            .map((c, i) => (i >= 2 && /\d/.test(c) ? i : -1))
            .filter((i) => i >= 0);
          const i = positions[at % positions.length] as number;
          const changed = `${iban.slice(0, i)}${(Number(iban[i]) + delta) % 10}${iban.slice(i + 1)}`;
          expect(parseIban(changed)).toEqual({
            ok: false,
            error: { code: 'partner.iban_wrong_checksum' },
          });
        },
      ),
      { numRuns: 300 },
    );
    expect([...countries.keys()].sort()).toEqual(Object.keys(bban).sort());
  });

  it('fuzz (hostile input): never throws, and accepts nothing that fails mod 97 or names an unknown country', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.oneof(
          hostileValue,
          fc.stringMatching(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$/),
          // Valid but for the check digits (00 is never valid).
          validIban.map((iban) => `${iban.slice(0, 2)}00${iban.slice(4)}`),
        ),
        (input) => {
          const r = parseIban(input);
          outcomes.set(
            r.ok ? 'accepted' : r.error.code,
            (outcomes.get(r.ok ? 'accepted' : r.error.code) ?? 0) + 1,
          );
          if (r.ok) {
            expect(mod97(`${r.value.slice(4)}${r.value.slice(0, 4)}`)).toBe(1n);
            expect(parseCountry(r.value.slice(0, 2)).ok).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
    // What the fuzz reached: every refusal branch, so "never throws" is checked on each.
    for (const code of [
      'partner.iban_invalid',
      'partner.iban_unknown_country',
      'partner.iban_wrong_length',
      'partner.iban_wrong_checksum',
    ]) {
      expect(outcomes.get(code) ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('parseBic', () => {
  it('accepts 8 and 11 character codes', () => {
    expect(parseBic('essesess')).toEqual({ ok: true, value: 'ESSESESS' });
    expect(parseBic('DEUT DE FF 500')).toEqual({ ok: true, value: 'DEUTDEFF500' });
  });

  it('refuses other shapes and unknown countries', () => {
    for (const input of ['ESSESES', 'ESSEQQSS', '1234SESS', 'ESSESESS1', '', 7, 'E'.repeat(100)]) {
      expect(parseBic(input)).toEqual({ ok: false, error: { code: 'partner.bic_invalid' } });
    }
  });

  // A BIC (ISO 9362): 4 letters of institution, the country (ISO 3166), 2 of location, and
  // optionally 3 of branch.
  const alnum = (n: number) =>
    fc.string({
      unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'),
      minLength: n,
      maxLength: n,
    });
  const validBic = fc
    .tuple(
      fc.string({
        unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'),
        minLength: 4,
        maxLength: 4,
      }),
      fc.constantFrom('SE', 'DE', 'GB', 'FR', 'US', 'JP', 'BR', 'ZA'),
      alnum(2),
      fc.option(alnum(3), { nil: '' }),
    )
    .map((parts) => parts.join(''));

  it('accepts every BIC built from the rule, with spaces and in lower case', () => {
    const lengths = { 8: 0, 11: 0 };
    fc.assert(
      fc.property(validBic, fc.boolean(), (bic, lower) => {
        lengths[bic.length as 8 | 11] += 1;
        const input = lower ? bic.toLowerCase().replace(/(.{4})/g, '$1 ') : bic;
        expect(parseBic(input)).toEqual({ ok: true, value: bic });
      }),
      { numRuns: 300 },
    );
    expect(lengths[8]).toBeGreaterThan(0);
    expect(lengths[11]).toBeGreaterThan(0);
  });

  it('fuzz (hostile input): never throws; accepts only 8 or 11 letters and digits', () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(hostileValue, fc.stringMatching(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/)),
        (input) => {
          const r = parseBic(input);
          if (r.ok) {
            accepted += 1;
            expect(r.value).toMatch(/^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(accepted).toBeLessThan(300);
  });
});

describe('usesIban', () => {
  it('follows the official IBAN registry', () => {
    const is = (c: string): boolean => {
      const p = parseCountry(c);
      return p.ok && usesIban(p.value);
    };
    expect(is('SE')).toBe(true);
    expect(is('BR')).toBe(true);
    expect(is('US')).toBe(false);
    expect(is('IN')).toBe(false);
    expect(is('DZ')).toBe(false);
  });
});

describe('parseBankDetails', () => {
  it('accepts an IBAN, taking the bank country from it', () => {
    expect(
      parseBankDetails({ iban: 'SE45 5000 0000 0583 9825 7466', bic: 'ESSESESS', ...holder }),
    ).toEqual({
      ok: true,
      value: {
        kind: 'iban',
        country: 'SE',
        iban: 'SE4550000000058398257466',
        bic: 'ESSESESS',
        accountHolderName: 'Contoso AB',
      },
    });
    expect(
      parseBankDetails({ country: 'se', iban: 'SE4550000000058398257466', ...holder }),
    ).toMatchObject({ ok: true });
  });

  it('refuses an IBAN from another country than the bank country given', () => {
    expect(
      parseBankDetails({ country: 'DE', iban: 'SE4550000000058398257466', ...holder }),
    ).toEqual({
      ok: false,
      error: { code: 'partner.bank_country_mismatch', details: { country: 'SE' } },
    });
  });

  it('requires an IBAN where the country uses one', () => {
    expect(
      parseBankDetails({ country: 'SE', accountNumber: '12345678', bic: 'ESSESESS', ...holder }),
    ).toEqual({
      ok: false,
      error: { code: 'partner.bank_iban_required', details: { country: 'SE' } },
    });
  });

  it('accepts a US account with an ABA routing number, BIC optional', () => {
    expect(
      parseBankDetails({
        country: 'US',
        accountNumber: '000123456789',
        routingNumber: '021000021',
        ...holder,
      }),
    ).toEqual({
      ok: true,
      value: {
        kind: 'account',
        country: 'US',
        accountNumber: '000123456789',
        routingNumber: '021000021',
        accountHolderName: 'Contoso AB',
      },
    });
  });

  it('refuses an ABA routing number with a bad checksum or prefix', () => {
    for (const routingNumber of ['021000022', '991000026', '12345678']) {
      expect(
        parseBankDetails({ country: 'US', accountNumber: '123456789', routingNumber, ...holder }),
      ).toEqual({
        ok: false,
        error: { code: 'partner.bank_routing_number_invalid', details: { country: 'US' } },
      });
    }
  });

  it('requires the domestic routing code in US, CA, AU and IN', () => {
    expect(parseBankDetails({ country: 'AU', accountNumber: '12345678', ...holder })).toEqual({
      ok: false,
      error: {
        code: 'partner.bank_routing_number_required',
        details: { country: 'AU', example: '062-000' },
      },
    });
    expect(
      parseBankDetails({
        country: 'AU',
        accountNumber: '12345678',
        routingNumber: '062-000',
        ...holder,
      }),
    ).toMatchObject({
      ok: true,
      value: { routingNumber: '062000' },
    });
    expect(
      parseBankDetails({
        country: 'CA',
        accountNumber: '1234567',
        routingNumber: '12345-003',
        ...holder,
      }),
    ).toMatchObject({ ok: true });
    expect(
      parseBankDetails({
        country: 'IN',
        accountNumber: '1234567890',
        routingNumber: 'sbin0000001',
        ...holder,
      }),
    ).toMatchObject({
      ok: true,
      value: { routingNumber: 'SBIN0000001' },
    });
  });

  it('requires a BIC elsewhere without IBAN', () => {
    expect(
      parseBankDetails({ country: 'CN', accountNumber: '6222020200112233445', ...holder }),
    ).toEqual({
      ok: false,
      error: { code: 'partner.bank_bic_required', details: { country: 'CN' } },
    });
    expect(
      parseBankDetails({
        country: 'CN',
        accountNumber: '6222020200112233445',
        bic: 'ICBKCNBJ',
        ...holder,
      }),
    ).toMatchObject({
      ok: true,
      value: { kind: 'account', bic: 'ICBKCNBJ' },
    });
    expect(
      parseBankDetails({
        country: 'JP',
        accountNumber: '1234567',
        routingNumber: '0001-001',
        bic: 'BOTKJPJT',
        ...holder,
      }),
    ).toMatchObject({
      ok: true,
      value: { routingNumber: '0001001' },
    });
    expect(
      parseBankDetails({
        country: 'JP',
        accountNumber: '1234567',
        routingNumber: '#',
        bic: 'BOTKJPJT',
        ...holder,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'partner.bank_routing_number_invalid' },
    });
  });

  it('refuses missing or malformed parts', () => {
    expect(parseBankDetails({ iban: 'SE4550000000058398257466' })).toEqual({
      ok: false,
      error: { code: 'partner.bank_account_holder_required' },
    });
    expect(parseBankDetails({ iban: 'SE4550000000058398257466', bic: 'nope', ...holder })).toEqual({
      ok: false,
      error: { code: 'partner.bic_invalid' },
    });
    expect(parseBankDetails({ iban: 'SE4550000000058398257467', ...holder })).toMatchObject({
      ok: false,
      error: { code: 'partner.iban_wrong_checksum' },
    });
    expect(parseBankDetails({ country: 'US', ...holder })).toEqual({
      ok: false,
      error: { code: 'partner.bank_account_number_required' },
    });
    expect(
      parseBankDetails({
        country: 'US',
        accountNumber: '12',
        routingNumber: '021000021',
        ...holder,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'partner.bank_account_number_invalid' },
    });
    expect(parseBankDetails({ accountNumber: '123456', ...holder })).toEqual({
      ok: false,
      error: { code: 'country.invalid', details: { field: 'country' } },
    });
  });

  it('fuzz: never throws on arbitrary objects; never accepts an account number where IBAN is used', () => {
    const input = hostileRecord({
      country: fc.constantFrom('SE', 'US', 'CN', 'AU'),
      iban: fc.constantFrom('SE4550000000058398257466', 'GB82WEST12345698765432'),
      bic: fc.constantFrom('ESSESESS', 'ICBKCNBJ'),
      accountNumber: fc.constantFrom('123456789', '6222020200112233445'),
      routingNumber: fc.constantFrom('021000021', '062-000'),
      accountHolderName: fc.constantFrom('Contoso'),
    });
    fc.assert(
      fc.property(input, (i) => {
        const r = parseBankDetails(i);
        if (r.ok && r.value.kind === 'account') {
          expect(usesIban(r.value.country)).toBe(false);
        }
      }),
    );
  });
});
