import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import type { CurrencyCode } from './currency.js';
import {
  addMoney,
  compareMoney,
  formatMoney,
  isAtLeast,
  isZeroMoney,
  MAX_AMOUNT_MINOR,
  money,
  moneyToDecimal,
  negateMoney,
  parseMoney,
  parseMoneyAmount,
  subtractMoney,
  sumMoney,
  toMoneyJson,
  zeroMoney,
  type Money,
} from './money.js';

const usd = (minor: bigint): Money => money(minor, 'USD');
const unwrap = <T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!result.ok) {
    throw new Error(`expected ok, got ${JSON.stringify(result.error)}`);
  }
  return result.value;
};

// Amounts small enough that three of them never leave the storable range.
const amount = fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n });
const currency = fc.constantFrom<CurrencyCode>('USD', 'EUR', 'SEK', 'JPY', 'KWD', 'CLF');

describe('money()', () => {
  it('builds money from trusted values', () => {
    expect(usd(150n)).toEqual({ amountMinor: 150n, currency: 'USD' });
  });

  it('throws a RangeError past the storable range (a programming error)', () => {
    expect(() => usd(MAX_AMOUNT_MINOR + 1n)).toThrow(RangeError);
    expect(() => usd(-MAX_AMOUNT_MINOR - 1n)).toThrow(RangeError);
    expect(usd(-MAX_AMOUNT_MINOR).amountMinor).toBe(-MAX_AMOUNT_MINOR);
  });
});

describe('parseMoney', () => {
  it('reads bigint, safe integer and digit-string amounts', () => {
    expect(unwrap(parseMoney({ amountMinor: 1050n, currency: 'EUR' }))).toEqual(
      money(1050n, 'EUR'),
    );
    expect(unwrap(parseMoney({ amountMinor: -7, currency: 'usd' }))).toEqual(usd(-7n));
    expect(unwrap(parseMoney({ amountMinor: '9223372036854775807', currency: 'SEK' }))).toEqual(
      money(MAX_AMOUNT_MINOR, 'SEK'),
    );
  });

  it('round-trips through JSON', () => {
    const value = money(-123456789012345678n, 'JPY');
    expect(unwrap(parseMoney(JSON.parse(JSON.stringify(toMoneyJson(value)))))).toEqual(value);
  });

  it.each([
    [1.5],
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [2 ** 53],
    ['1.5'],
    ['1e3'],
    [' 12'],
    ['+12'],
    [''],
    [null],
    [undefined],
    [true],
    [{}],
  ])('refuses the amount %p', (amountMinor) => {
    expect(parseMoney({ amountMinor, currency: 'USD' })).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_amount' },
    });
  });

  it('refuses amounts beyond ±(2^63 − 1)', () => {
    expect(parseMoney({ amountMinor: '9223372036854775808', currency: 'USD' })).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
    expect(parseMoney({ amountMinor: '99999999999999999999', currency: 'USD' })).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_amount' },
    });
  });

  it('refuses a bad currency before looking at the amount', () => {
    expect(parseMoney({ amountMinor: 'x', currency: 'XYZ' })).toMatchObject({
      ok: false,
      error: { code: 'money.unknown_currency' },
    });
    expect(parseMoney({ amountMinor: 1 })).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_currency' },
    });
  });

  it('refuses non-objects and ignores inherited fields', () => {
    expect(parseMoney('100 USD')).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_amount' },
    });
    expect(parseMoney(null)).toMatchObject({ ok: false });
    const inherited = Object.create({ amountMinor: 1, currency: 'USD' }) as object;
    expect(parseMoney(inherited).ok).toBe(false);
    expect(parseMoney(JSON.parse('{"__proto__": {"amountMinor": 1, "currency": "USD"}}')).ok).toBe(
      false,
    );
  });

  it('never throws on arbitrary input, and what it accepts is an in-range integer', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            amountMinor: fc.oneof(
              fc.string({ maxLength: 3000 }),
              fc.string({ unit: 'binary' }),
              fc.double(),
              fc.bigInt(),
            ),
            currency: fc.string(),
          }),
          fc.record({ amountMinor: fc.anything(), currency: currency }),
        ),
        (input) => {
          const result = parseMoney(input);
          if (result.ok) {
            expect(typeof result.value.amountMinor).toBe('bigint');
            expect(
              result.value.amountMinor <= MAX_AMOUNT_MINOR &&
                result.value.amountMinor >= -MAX_AMOUNT_MINOR,
            ).toBe(true);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseMoneyAmount', () => {
  it.each([
    ['1234.5', 'USD', 123450n],
    ['-0.05', 'EUR', -5n],
    ['100', 'USD', 10000n],
    ['1000', 'JPY', 1000n],
    ['1.234', 'KWD', 1234n],
    [' 7.10 ', 'SEK', 710n],
    ['0', 'USD', 0n],
  ] as const)('reads %p %s as %p minor units', (text, code, minor) => {
    expect(unwrap(parseMoneyAmount(text, code))).toEqual(money(minor, code));
  });

  it('refuses more decimals than the currency has, never rounding', () => {
    expect(parseMoneyAmount('1.005', 'USD')).toEqual({
      ok: false,
      error: { code: 'money.too_many_decimals', details: { currency: 'USD', digits: 2 } },
    });
    expect(parseMoneyAmount('1.5', 'JPY')).toMatchObject({
      ok: false,
      error: { code: 'money.too_many_decimals' },
    });
  });

  it.each([['1,000.00'], ['1e3'], ['.5'], ['5.'], ['--1'], ['0x10'], ['١٢'], [12], [null]])(
    'refuses %p',
    (text) => {
      expect(parseMoneyAmount(text, 'USD')).toMatchObject({
        ok: false,
        error: { code: 'money.invalid_amount' },
      });
    },
  );

  it('refuses an unknown currency and out-of-range amounts', () => {
    expect(parseMoneyAmount('1', 'EURO')).toMatchObject({
      ok: false,
      error: { code: 'money.invalid_currency' },
    });
    expect(parseMoneyAmount('9223372036854775807', 'USD')).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
  });

  it('round-trips with moneyToDecimal', () => {
    fc.assert(
      fc.property(amount, currency, (minor, code) => {
        const value = money(minor, code);
        expect(unwrap(parseMoneyAmount(moneyToDecimal(value), code))).toEqual(value);
      }),
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 3000 }), fc.string({ unit: 'binary' })),
        fc.anything(),
        (text, code) => {
          parseMoneyAmount(text, code);
          parseMoneyAmount(text, 'USD');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('arithmetic within one currency', () => {
  it('adds, subtracts, negates and sums', () => {
    expect(unwrap(addMoney(usd(150n), usd(275n)))).toEqual(usd(425n));
    expect(unwrap(subtractMoney(usd(150n), usd(275n)))).toEqual(usd(-125n));
    expect(negateMoney(usd(5n))).toEqual(usd(-5n));
    expect(unwrap(sumMoney('USD', [usd(1n), usd(2n), usd(3n)]))).toEqual(usd(6n));
    expect(unwrap(sumMoney('SEK', []))).toEqual(zeroMoney('SEK'));
  });

  it('refuses to mix currencies, naming both', () => {
    const mismatch = {
      ok: false,
      error: { code: 'money.currency_mismatch', details: { expected: 'USD', actual: 'EUR' } },
    };
    expect(addMoney(usd(1n), money(1n, 'EUR'))).toEqual(mismatch);
    expect(subtractMoney(usd(1n), money(1n, 'EUR'))).toEqual(mismatch);
    expect(compareMoney(usd(1n), money(1n, 'EUR'))).toEqual(mismatch);
    expect(isAtLeast(usd(1n), money(1n, 'EUR'))).toEqual(mismatch);
    expect(sumMoney('USD', [usd(1n), money(1n, 'EUR')])).toEqual(mismatch);
  });

  it('refuses results past the storable range', () => {
    expect(addMoney(usd(MAX_AMOUNT_MINOR), usd(1n))).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
    expect(subtractMoney(usd(-MAX_AMOUNT_MINOR), usd(1n))).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
  });

  it('compares, with "at least" inclusive', () => {
    expect(unwrap(compareMoney(usd(1n), usd(2n)))).toBe(-1);
    expect(unwrap(compareMoney(usd(2n), usd(2n)))).toBe(0);
    expect(unwrap(compareMoney(usd(3n), usd(2n)))).toBe(1);
    expect(unwrap(isAtLeast(usd(30000000n), usd(30000000n)))).toBe(true);
    expect(unwrap(isAtLeast(usd(29999999n), usd(30000000n)))).toBe(false);
    expect(isZeroMoney(zeroMoney('USD'))).toBe(true);
    expect(isZeroMoney(usd(-1n))).toBe(false);
  });

  it('addition is associative and commutative, zero is its identity, negation its inverse', () => {
    fc.assert(
      fc.property(amount, amount, amount, currency, (a, b, c, code) => {
        const [x, y, z] = [money(a, code), money(b, code), money(c, code)];
        const left = unwrap(addMoney(unwrap(addMoney(x, y)), z));
        const right = unwrap(addMoney(x, unwrap(addMoney(y, z))));
        expect(left).toEqual(right);
        expect(unwrap(addMoney(x, y))).toEqual(unwrap(addMoney(y, x)));
        expect(unwrap(addMoney(x, zeroMoney(code)))).toEqual(x);
        expect(unwrap(addMoney(x, negateMoney(x)))).toEqual(zeroMoney(code));
        expect(unwrap(subtractMoney(unwrap(addMoney(x, y)), y))).toEqual(x);
      }),
    );
  });

  it('has no floating-point drift: ten times 0.10 is exactly 1.00, at any count', () => {
    const dime = unwrap(parseMoneyAmount('0.10', 'USD'));
    expect(
      moneyToDecimal(
        unwrap(
          sumMoney(
            'USD',
            Array.from({ length: 10 }, () => dime),
          ),
        ),
      ),
    ).toBe('1.00');
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 0, max: 99 }),
        (count, cents) => {
          const part = unwrap(parseMoneyAmount(`0.${String(cents).padStart(2, '0')}`, 'USD'));
          const total = unwrap(
            sumMoney(
              'USD',
              Array.from({ length: count }, () => part),
            ),
          );
          expect(total.amountMinor).toBe(BigInt(count * cents));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('orders consistently with subtraction', () => {
    fc.assert(
      fc.property(amount, amount, (a, b) => {
        const order = unwrap(compareMoney(usd(a), usd(b)));
        const difference = unwrap(subtractMoney(usd(a), usd(b))).amountMinor;
        expect(order).toBe(difference < 0n ? -1 : difference > 0n ? 1 : 0);
      }),
    );
  });
});

describe('rendering', () => {
  it.each([
    [123450n, 'USD', '1234.50', 'USD\u00a01,234.50', '1\u00a0234,50\u00a0USD'],
    [-5n, 'EUR', '-0.05', '-EUR\u00a00.05', '\u22120,05\u00a0EUR'],
    [1000000n, 'JPY', '1000000', 'JPY\u00a01,000,000', '1\u00a0000\u00a0000\u00a0JPY'],
    [1n, 'KWD', '0.001', 'KWD\u00a00.001', '0,001\u00a0KWD'],
    [0n, 'SEK', '0.00', 'SEK\u00a00.00', '0,00\u00a0SEK'],
  ] as const)('%p %s', (minor, code, decimal, english, swedish) => {
    const value = money(minor, code);
    expect(moneyToDecimal(value)).toBe(decimal);
    expect(formatMoney(value)).toBe(english);
    expect(formatMoney(value, 'sv')).toBe(swedish);
  });

  it('writes JSON with the amount as a digit string, also when stringified directly', () => {
    expect(JSON.stringify(toMoneyJson(usd(-42n)))).toBe('{"amountMinor":"-42","currency":"USD"}');
    expect(JSON.stringify({ total: usd(-42n) })).toBe(
      '{"total":{"amountMinor":"-42","currency":"USD"}}',
    );
    expect(Object.keys(usd(1n))).toEqual(['amountMinor', 'currency']);
  });
});
