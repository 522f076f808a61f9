import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { minorUnits, type CurrencyCode } from './currency.js';
import {
  convertMoney,
  divideRounded,
  invertRate,
  parseExchangeRate,
  toExchangeRateJson,
  type ExchangeRate,
  type RoundingMode,
} from './exchange-rate.js';
import { MAX_AMOUNT_MINOR, money, type Money } from './money.js';

const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
};
const rate = (from: CurrencyCode, to: CurrencyCode, value: unknown): ExchangeRate =>
  unwrap(parseExchangeRate({ from, to, rate: value }));
const convert = (amount: Money, r: ExchangeRate, mode?: RoundingMode): Money =>
  unwrap(convertMoney(amount, r, mode));

describe('parseExchangeRate', () => {
  it('reads a decimal string exactly, in lowest terms', () => {
    expect(rate('SEK', 'USD', '0.0950')).toEqual({
      from: 'SEK',
      to: 'USD',
      numerator: 19n,
      denominator: 200n,
    });
    expect(rate('EUR', 'USD', ' 1.0834 ')).toMatchObject({ numerator: 5417n, denominator: 5000n });
    expect(rate('USD', 'JPY', '150')).toMatchObject({ numerator: 150n, denominator: 1n });
  });

  it('reads a fraction of bigints, safe integers or digit strings', () => {
    expect(rate('EUR', 'USD', { numerator: 2n, denominator: 6n })).toMatchObject({
      numerator: 1n,
      denominator: 3n,
    });
    expect(rate('EUR', 'USD', { numerator: 10, denominator: '4' })).toMatchObject({
      numerator: 5n,
      denominator: 2n,
    });
  });

  it('accepts a rate from a currency to itself only when it is 1', () => {
    expect(rate('USD', 'USD', '1.000')).toMatchObject({ numerator: 1n, denominator: 1n });
    expect(parseExchangeRate({ from: 'USD', to: 'USD', rate: '1.01' })).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_rate' },
    });
  });

  it.each([
    ['0'],
    ['0.000'],
    ['-1.2'],
    ['1,2'],
    ['1e-3'],
    ['.5'],
    [1.0834],
    [1],
    [null],
    [{ numerator: 1, denominator: 0 }],
    [{ numerator: -1, denominator: 2 }],
    [{ numerator: 1.5, denominator: 2 }],
    [{ numerator: '1' }],
    [{ numerator: 2n ** 64n, denominator: 1n }],
    [JSON.parse('{"__proto__": {"numerator": 1, "denominator": 1}}') as unknown],
  ])('refuses the rate %p', (value) => {
    expect(parseExchangeRate({ from: 'EUR', to: 'USD', rate: value })).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_rate' },
    });
  });

  it('refuses bad currencies and non-objects', () => {
    expect(parseExchangeRate({ from: 'EURO', to: 'USD', rate: '1' })).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_currency' },
    });
    expect(parseExchangeRate({ from: 'EUR', to: 'ABC', rate: '1' })).toMatchObject({
      ok: false,
      error: { code: 'money.unknown_currency' },
    });
    expect(parseExchangeRate('EUR/USD 1.08')).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_rate' },
    });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            from: fc.constant('EUR'),
            to: fc.constant('USD'),
            rate: fc.oneof(
              fc.string({ maxLength: 3000 }),
              fc.string({ unit: 'binary' }),
              fc.anything(),
            ),
          }),
          fc.record({
            from: fc.constant('EUR'),
            to: fc.constant('USD'),
            rate: fc.record({ numerator: fc.anything(), denominator: fc.anything() }),
          }),
        ),
        (input) => {
          const result = parseExchangeRate(input);
          if (result.ok) {
            expect(result.value.numerator > 0n && result.value.denominator > 0n).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('writes JSON that reads back, also when stringified directly', () => {
    const r = rate('EUR', 'USD', '1.0834');
    expect(JSON.parse(JSON.stringify(r))).toEqual({
      from: 'EUR',
      to: 'USD',
      rate: { numerator: '5417', denominator: '5000' },
    });
    expect(
      unwrap(parseExchangeRate(JSON.parse(JSON.stringify(toExchangeRateJson(r))) as unknown)),
    ).toEqual(r);
  });

  it('inverts exactly', () => {
    expect(invertRate(rate('EUR', 'USD', '1.25'))).toEqual({
      from: 'USD',
      to: 'EUR',
      numerator: 4n,
      denominator: 5n,
    });
  });
});

describe('divideRounded', () => {
  it.each([
    // numerator, denominator, half_even, half_away_from_zero, floor, ceiling
    [5n, 2n, 2n, 3n, 2n, 3n],
    [7n, 2n, 4n, 4n, 3n, 4n],
    [-5n, 2n, -2n, -3n, -3n, -2n],
    [-7n, 2n, -4n, -4n, -4n, -3n],
    [10n, 4n, 2n, 3n, 2n, 3n],
    [11n, 4n, 3n, 3n, 2n, 3n],
    [9n, 4n, 2n, 2n, 2n, 3n],
    [-9n, 4n, -2n, -2n, -3n, -2n],
    [-11n, 4n, -3n, -3n, -3n, -2n],
    [8n, 4n, 2n, 2n, 2n, 2n],
    [0n, 3n, 0n, 0n, 0n, 0n],
  ])('%p / %p', (n, d, halfEven, halfAway, floor, ceiling) => {
    expect(divideRounded(n, d, 'half_even')).toBe(halfEven);
    expect(divideRounded(n, d, 'half_away_from_zero')).toBe(halfAway);
    expect(divideRounded(n, d, 'floor')).toBe(floor);
    expect(divideRounded(n, d, 'ceiling')).toBe(ceiling);
  });

  it('stays within its bounds for every mode', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (n, d) => {
          const floor = divideRounded(n, d, 'floor');
          // floor ≤ n/d < floor + 1
          expect(floor * d <= n && n < (floor + 1n) * d).toBe(true);
          const ceiling = divideRounded(n, d, 'ceiling');
          expect(ceiling === floor || ceiling === floor + 1n).toBe(true);
          expect(ceiling * d >= n).toBe(true);
          for (const mode of ['half_even', 'half_away_from_zero'] as const) {
            const rounded = divideRounded(n, d, mode);
            // |rounded − n/d| ≤ 1/2
            const error = rounded * d - n;
            expect(2n * (error < 0n ? -error : error) <= d).toBe(true);
          }
          const even = divideRounded(n, d, 'half_even');
          if (2n * (n - floor * d) === d) {
            expect(even % 2n).toBe(0n);
          }
        },
      ),
    );
  });
});

describe('convertMoney', () => {
  it('converts between minor units of different sizes', () => {
    expect(convert(money(1000n, 'SEK'), rate('SEK', 'USD', '0.0950'))).toEqual(money(95n, 'USD')); // 10.00 SEK → 0.95 USD
    expect(convert(money(15000n, 'JPY'), rate('JPY', 'USD', '0.0067'))).toEqual(
      money(10050n, 'USD'),
    ); // ¥15,000 → $100.50
    expect(convert(money(10050n, 'USD'), rate('USD', 'JPY', '149.25'))).toEqual(
      money(15000n, 'JPY'),
    ); // 14999.625 → 15000
    expect(convert(money(1000n, 'KWD'), rate('KWD', 'USD', '3.25'))).toEqual(money(325n, 'USD')); // 1.000 KWD → 3.25 USD
  });

  it('rounds half to even by default, and as asked otherwise', () => {
    const half = rate('EUR', 'USD', '1.5');
    expect(convert(money(1n, 'EUR'), half)).toEqual(money(2n, 'USD')); // 1.5 → 2
    expect(convert(money(3n, 'EUR'), half)).toEqual(money(4n, 'USD')); // 4.5 → 4
    expect(convert(money(3n, 'EUR'), half, 'half_away_from_zero')).toEqual(money(5n, 'USD'));
    expect(convert(money(3n, 'EUR'), half, 'floor')).toEqual(money(4n, 'USD'));
    expect(convert(money(-3n, 'EUR'), half, 'ceiling')).toEqual(money(-4n, 'USD'));
  });

  it('refuses a rate from another currency', () => {
    expect(convertMoney(money(1n, 'EUR'), rate('SEK', 'USD', '0.1'))).toEqual({
      ok: false,
      error: { code: 'money.rate_currency_mismatch', details: { expected: 'SEK', actual: 'EUR' } },
    });
  });

  it('refuses a result past the storable range', () => {
    expect(convertMoney(money(MAX_AMOUNT_MINOR, 'USD'), rate('USD', 'JPY', '150'))).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
    expect(convertMoney(money(-MAX_AMOUNT_MINOR, 'USD'), rate('USD', 'JPY', '150'))).toMatchObject({
      ok: false,
    });
  });

  it('is exact for a rate of 1 and stays within half a minor unit of the exact value', () => {
    const codes = fc.constantFrom<CurrencyCode>('USD', 'EUR', 'SEK', 'JPY', 'KWD', 'CLF');
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        codes,
        codes,
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        fc.bigInt({ min: 1n, max: 10n ** 9n }),
        (minor, from, to, numerator, denominator) => {
          const r = from === to ? rate(from, to, '1') : rate(from, to, { numerator, denominator });
          const converted = convertMoney(money(minor, from), r);
          // exact value in target minor units = minor × n × 10^mt / (d × 10^mf)
          const scaleTo = 10n ** BigInt(minorUnits(to));
          const scaleFrom = 10n ** BigInt(minorUnits(from));
          const exactNumerator = minor * r.numerator * scaleTo;
          const exactDenominator = r.denominator * scaleFrom;
          if (!converted.ok) {
            // only when the exact value itself is out of range
            expect(converted.error.code).toBe('money.out_of_range');
            const magnitude = exactNumerator < 0n ? -exactNumerator : exactNumerator;
            expect(magnitude >= MAX_AMOUNT_MINOR * exactDenominator).toBe(true);
            return;
          }
          const result = converted.value;
          const error = result.amountMinor * exactDenominator - exactNumerator;
          expect(2n * (error < 0n ? -error : error) <= exactDenominator).toBe(true);
          if (from === to) {
            expect(result).toEqual(money(minor, from));
          }
        },
      ),
    );
  });

  it('floor never overstates and ceiling never understates', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 6n }),
        (minor, numerator) => {
          const r = rate('SEK', 'USD', { numerator, denominator: 1000003n });
          const low = convert(money(minor, 'SEK'), r, 'floor').amountMinor;
          const high = convert(money(minor, 'SEK'), r, 'ceiling').amountMinor;
          expect(low * 1000003n <= minor * numerator && minor * numerator <= high * 1000003n).toBe(
            true,
          );
        },
      ),
    );
  });
});
