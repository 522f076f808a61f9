import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { parseExchangeRate, type ExchangeRate } from '../money/exchange-rate.js';
import type { CurrencyCode } from '../money/currency.js';
import { MAX_AMOUNT_MINOR, money, parseMoneyAmount, type Money } from '../money/money.js';
import {
  meetsRevenueMinimum,
  parseRevenueRecord,
  sumTrailingRevenue,
  trailingWindow,
  type MonthlyRate,
  type RevenueRecord,
  type RevenueScope,
} from './revenue.js';
import { month } from '../../test-support/fixtures.js';

const usd = (text: string): Money => {
  const parsed = parseMoneyAmount(text, 'USD');
  if (!parsed.ok) {
    throw new Error(text);
  }
  return parsed.value;
};
const rate = (from: CurrencyCode, to: CurrencyCode, value: string): ExchangeRate => {
  const parsed = parseExchangeRate({ from, to, rate: value });
  if (!parsed.ok) {
    throw new Error(value);
  }
  return parsed.value;
};
const record = (
  m: string,
  amount: Money,
  overrides: Partial<RevenueRecord> = {},
): RevenueRecord => ({
  month: month(m),
  amount,
  channel: 'indirect_reseller',
  productKind: 'cloud',
  locationId: 'pla-se',
  ...overrides,
});
const indirectCloud: RevenueScope = {
  channels: ['indirect_reseller'],
  includePerpetualSoftware: false,
};

const windowOf = (iso: string) => {
  const result = trailingWindow(new Date(iso));
  return result.ok
    ? [result.value.first, result.value.last, result.value.months.length]
    : result.error.code;
};

describe('trailingWindow: the 12 full calendar months before the month of the date, in UTC', () => {
  it.each([
    ['mid-month', '2021-04-15T12:00:00Z', '2020-04', '2021-03'],
    ['first instant of a month', '2021-05-01T00:00:00Z', '2020-05', '2021-04'],
    ['last instant of a month', '2021-04-30T23:59:59.999Z', '2020-04', '2021-03'],
    ['first day of a year', '2021-01-01T00:00:00Z', '2020-01', '2020-12'],
    ['last day of a year', '2020-12-31T23:59:59Z', '2019-12', '2020-11'],
    ['a leap day', '2024-02-29T10:00:00Z', '2023-02', '2024-01'],
    ['the day after a leap day', '2024-03-01T00:00:00Z', '2023-03', '2024-02'],
    [
      'an offset east of UTC, still April in UTC',
      '2021-05-01T01:00:00+02:00',
      '2020-04',
      '2021-03',
    ],
    [
      'an offset west of UTC, already May in UTC',
      '2021-04-30T22:00:00-03:00',
      '2020-05',
      '2021-04',
    ],
  ])('%s (%s): %s … %s', (_, iso, first, last) => {
    expect(windowOf(iso)).toEqual([first, last, 12]);
  });

  it('lists the months in order, ending the month before', () => {
    const result = trailingWindow(new Date('2021-02-10T00:00:00Z'));
    expect(result.ok && result.value.months).toEqual([
      '2020-02',
      '2020-03',
      '2020-04',
      '2020-05',
      '2020-06',
      '2020-07',
      '2020-08',
      '2020-09',
      '2020-10',
      '2020-11',
      '2020-12',
      '2021-01',
    ]);
  });

  it('refuses an invalid date', () => {
    expect(windowOf('garbage')).toBe('revenue.invalid_date');
  });

  it('always has 12 consecutive months, never the current one, always the previous one', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1950-01-01T00:00:00Z'),
          max: new Date('9000-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          const result = trailingWindow(date);
          expect(result.ok).toBe(true);
          if (result.ok) {
            const current = date.toISOString().slice(0, 7);
            const { months, first, last } = result.value;
            expect(months).toHaveLength(12);
            expect(months).not.toContain(current);
            expect(months[0]).toBe(first);
            expect(months[11]).toBe(last);
            for (let i = 1; i < months.length; i += 1) {
              expect((months[i - 1] as string) < (months[i] as string)).toBe(true);
            }
            // The month just before the current one, computed independently.
            const previous = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 1, 1))
              .toISOString()
              .slice(0, 7);
            expect(last).toBe(previous);
            const firstExpected = new Date(
              Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 12, 1),
            )
              .toISOString()
              .slice(0, 7);
            expect(first).toBe(firstExpected);
          }
        },
      ),
    );
  });
});

describe('sumTrailingRevenue', () => {
  const on = new Date('2021-04-15T00:00:00Z');

  it('counts indirect reseller cloud revenue inside the window and leaves out the rest, saying why', () => {
    const result = sumTrailingRevenue({
      on,
      rates: [],
      scope: indirectCloud,
      records: [
        record('2020-04', usd('100000.00')), // first month in
        record('2021-03', usd('150000.00')), // last month in
        record('2020-03', usd('999999.00')), // just before the window
        record('2021-04', usd('999999.00')), // the current month
        record('2020-06', usd('50000.00'), { channel: 'direct_bill' }),
        record('2020-07', usd('50000.00'), { productKind: 'perpetual_software' }),
        record('2020-08', usd('50000.00')),
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.totalUsd).toEqual(usd('300000.00'));
      expect(result.value.counted).toBe(3);
      expect(result.value.excluded).toEqual({
        outsideWindow: 2,
        otherChannel: 1,
        perpetualSoftware: 1,
        otherLocation: 0,
      });
      expect(result.value.byMonth).toHaveLength(12);
      expect(result.value.byMonth[0]).toEqual({ month: '2020-04', usd: usd('100000.00') });
      expect(result.value.byMonth[1]).toEqual({ month: '2020-05', usd: usd('0') });
    }
  });

  it('includes perpetual software and other channels when the scope says so', () => {
    const result = sumTrailingRevenue({
      on,
      rates: [],
      scope: { channels: ['indirect_reseller', 'direct_bill'], includePerpetualSoftware: true },
      records: [
        record('2020-06', usd('1.00'), { channel: 'direct_bill' }),
        record('2020-07', usd('2.00'), { productKind: 'perpetual_software' }),
      ],
    });
    expect(result.ok && result.value.totalUsd).toEqual(usd('3.00'));
  });

  it('counts one location, or every location of the global account', () => {
    const records = [
      record('2020-06', usd('1.00')),
      record('2020-06', usd('2.00'), { locationId: 'pla-fr' }),
    ];
    const one = sumTrailingRevenue({
      on,
      rates: [],
      records,
      scope: { ...indirectCloud, locationId: 'pla-se' },
    });
    expect(one.ok && [one.value.totalUsd, one.value.excluded.otherLocation]).toEqual([
      usd('1.00'),
      1,
    ]);
    const all = sumTrailingRevenue({ on, rates: [], records, scope: indirectCloud });
    expect(all.ok && all.value.totalUsd).toEqual(usd('3.00'));
  });

  it("converts each month's sum in a currency to USD with that month's rate, rounding half to even once", () => {
    const rates: MonthlyRate[] = [
      { month: month('2020-06'), rate: rate('SEK', 'USD', '0.1') },
      { month: month('2020-07'), rate: rate('SEK', 'USD', '0.2') },
      // Quoted the other way round: USD → EUR 0.8, so EUR → USD 1.25.
      { month: month('2020-06'), rate: rate('USD', 'EUR', '0.8') },
    ];
    const sek = (text: string): Money => {
      const parsed = parseMoneyAmount(text, 'SEK');
      return parsed.ok ? parsed.value : money(0n, 'SEK');
    };
    const result = sumTrailingRevenue({
      on,
      rates,
      scope: indirectCloud,
      records: [
        record('2020-06', sek('0.05')), // 0.05 + 0.10 = 0.15 SEK → 0.015 USD → 0.02 (half to even)
        record('2020-06', sek('0.10')),
        record('2020-07', sek('1000.00')), // → 200.00 USD
        record('2020-06', money(100n, 'EUR')), // 1.00 EUR → 1.25 USD
        record('2020-06', usd('5.00')),
      ],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.byMonth.find((m) => m.month === '2020-06')?.usd).toEqual(usd('6.27'));
      expect(result.value.byMonth.find((m) => m.month === '2020-07')?.usd).toEqual(usd('200.00'));
      expect(result.value.totalUsd).toEqual(usd('206.27'));
    }
  });

  it('refuses a month with revenue in a currency it has no rate for, or two rates for', () => {
    const records = [record('2020-06', money(100n, 'SEK'))];
    expect(
      sumTrailingRevenue({
        on,
        records,
        scope: indirectCloud,
        rates: [{ month: month('2020-07'), rate: rate('SEK', 'USD', '0.1') }],
      }),
    ).toEqual({
      ok: false,
      error: { code: 'revenue.missing_rate', details: { month: '2020-06', currency: 'SEK' } },
    });
    const twice = [
      { month: month('2020-06'), rate: rate('SEK', 'USD', '0.1') },
      { month: month('2020-06'), rate: rate('USD', 'SEK', '10') },
    ];
    expect(sumTrailingRevenue({ on, records, scope: indirectCloud, rates: twice })).toMatchObject({
      ok: false,
      error: { code: 'revenue.duplicate_rate' },
    });
  });

  it('needs no rate for revenue left out of the scope', () => {
    const result = sumTrailingRevenue({
      on,
      rates: [],
      scope: indirectCloud,
      records: [record('2019-01', money(1n, 'SEK'))],
    });
    expect(result.ok && result.value.totalUsd).toEqual(usd('0'));
  });

  it('refuses an invalid date and sums that leave the storable range', () => {
    expect(
      sumTrailingRevenue({
        on: new Date(Number.NaN),
        rates: [],
        scope: indirectCloud,
        records: [],
      }),
    ).toMatchObject({ ok: false, error: { code: 'revenue.invalid_date' } });
    const huge = money(MAX_AMOUNT_MINOR, 'USD');
    expect(
      sumTrailingRevenue({
        on,
        rates: [],
        scope: indirectCloud,
        records: [record('2020-06', huge), record('2020-06', huge)],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
    expect(
      sumTrailingRevenue({
        on,
        rates: [],
        scope: indirectCloud,
        records: [record('2020-06', huge), record('2020-07', huge)],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
    const jpy = money(MAX_AMOUNT_MINOR, 'JPY');
    expect(
      sumTrailingRevenue({
        on,
        scope: indirectCloud,
        records: [record('2020-06', jpy)],
        rates: [{ month: month('2020-06'), rate: rate('JPY', 'USD', '2') }],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
    expect(
      sumTrailingRevenue({
        on,
        scope: indirectCloud,
        records: [
          record('2020-06', money(MAX_AMOUNT_MINOR / 100n, 'JPY')),
          record('2020-06', usd('1.00')),
        ],
        rates: [{ month: month('2020-06'), rate: rate('JPY', 'USD', '1') }],
      }),
    ).toMatchObject({ ok: false, error: { code: 'money.out_of_range' } });
    expect(
      sumTrailingRevenue({
        on,
        scope: indirectCloud,
        records: [record('2020-06', jpy), record('2020-06', money(1n, 'JPY'))],
        rates: [],
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'money.out_of_range' },
    });
  });

  it('sums exactly: the total is the sum of the months, and does not depend on record order', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 12n });
    const monthInYear = fc.integer({ min: 0, max: 23 });
    fc.assert(
      fc.property(fc.array(fc.tuple(monthInYear, cents), { maxLength: 60 }), (lines) => {
        const records = lines.map(([offset, amount]) =>
          record(
            `${2020 + Math.floor(offset / 12)}-${String((offset % 12) + 1).padStart(2, '0')}`,
            money(amount, 'USD'),
          ),
        );
        const on2021 = new Date('2021-07-01T00:00:00Z'); // window 2020-07 … 2021-06
        const forward = sumTrailingRevenue({
          on: on2021,
          rates: [],
          scope: indirectCloud,
          records,
        });
        const backward = sumTrailingRevenue({
          on: on2021,
          rates: [],
          scope: indirectCloud,
          records: [...records].reverse(),
        });
        expect(forward).toEqual(backward);
        if (forward.ok) {
          const expected = lines
            .filter(([offset]) => offset >= 6 && offset <= 17)
            .reduce((sum, [, amount]) => sum + amount, 0n);
          expect(forward.value.totalUsd.amountMinor).toBe(expected);
          expect(forward.value.byMonth.reduce((sum, m) => sum + m.usd.amountMinor, 0n)).toBe(
            expected,
          );
        }
      }),
    );
  });
});

describe('meetsRevenueMinimum: "at least", inclusive', () => {
  const minimum = usd('300000.00');
  it.each([
    ['300000.00', true],
    ['299999.99', false],
    ['300000.01', true],
  ])('USD %s', (total, meets) => {
    expect(meetsRevenueMinimum(usd(total), minimum)).toBe(meets);
  });

  it('is false across currencies rather than comparing unlike amounts', () => {
    expect(meetsRevenueMinimum(money(1_000_000_000n, 'SEK'), minimum)).toBe(false);
  });
});

describe('parseRevenueRecord', () => {
  const valid = {
    month: '2021-03',
    amount: { amountMinor: '12345', currency: 'SEK' },
    channel: 'indirect_reseller',
    productKind: 'cloud',
    locationId: '1234567',
  };

  it('reads a revenue line', () => {
    expect(parseRevenueRecord(valid)).toEqual({
      ok: true,
      value: {
        month: '2021-03',
        amount: money(12345n, 'SEK'),
        channel: 'indirect_reseller',
        productKind: 'cloud',
        locationId: '1234567',
      },
    });
  });

  it.each([
    [{ ...valid, month: '2021-13' }, 'revenue.invalid_month'],
    [{ ...valid, amount: { amountMinor: '1.5', currency: 'SEK' } }, 'money.invalid_amount'],
    [{ ...valid, channel: 'tier1' }, 'revenue.invalid_record'],
    [{ ...valid, productKind: 'saas' }, 'revenue.invalid_record'],
    [{ ...valid, locationId: '' }, 'revenue.invalid_record'],
    [{ ...valid, locationId: 'a b' }, 'revenue.invalid_record'],
    [null, 'revenue.invalid_record'],
    ['2021-03', 'revenue.invalid_record'],
  ])('refuses %p with %s', (input, code) => {
    expect(parseRevenueRecord(input)).toMatchObject({ ok: false, error: { code } });
  });

  it('never throws, and ignores prototype keys', () => {
    expect(
      parseRevenueRecord(JSON.parse(`{"__proto__": ${JSON.stringify(valid)}}`) as unknown).ok,
    ).toBe(false);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            month: fc.string(),
            amount: fc.anything(),
            channel: fc.string(),
            productKind: fc.string(),
            locationId: fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary' })),
          }),
        ),
        (input) => {
          parseRevenueRecord(input);
        },
      ),
      { numRuns: 500 },
    );
  });
});
