// The edges of the revenue rules that Stryker's first run found unguarded: the calendar's year
// range and anchors, which exchange rate converts which currency, how records are counted, and
// what each refusal names. Expectations written by hand.
import { describe, expect, it } from '@jest/globals';
import { parseExchangeRate, type ExchangeRate } from '../money/exchange-rate.js';
import type { CurrencyCode } from '../money/currency.js';
import { money, type Money } from '../money/money.js';
import { month } from '../../test-support/fixtures.js';
import { parseDay, parseMonth, utcDay } from './calendar.js';
import {
  parseRevenueRecord,
  revenueChannels,
  revenueProductKinds,
  sumTrailingRevenue,
  type MonthlyRate,
  type RevenueRecord,
  type TrailingRevenue,
} from './revenue.js';

const rate = (from: CurrencyCode, to: CurrencyCode, value: string): ExchangeRate => {
  const parsed = parseExchangeRate({ from, to, rate: value });
  if (!parsed.ok) {
    throw new Error(value);
  }
  return parsed.value;
};

describe('the calendar: years 1900 to 9999, whole strings only', () => {
  it('utcDay knows 1900-01-01 and 9999-12-31, and nothing outside', () => {
    expect(utcDay(new Date('1900-01-01T00:00:00Z'))).toEqual({ year: 1900, month: 1, day: 1 });
    expect(utcDay(new Date('1899-12-31T23:59:59Z'))).toBeUndefined();
    expect(utcDay(new Date('9999-12-31T23:59:59Z'))).toEqual({ year: 9999, month: 12, day: 31 });
    expect(utcDay(new Date(Date.UTC(10000, 0, 1)))).toBeUndefined();
  });

  it('parseMonth accepts 1900-01, refuses 1899-12 naming the input, and reads only strings', () => {
    expect(parseMonth('1900-01')).toEqual({ ok: true, value: '1900-01' });
    expect(parseMonth('1899-12')).toEqual({
      ok: false,
      error: { code: 'revenue.invalid_month', details: { value: '1899-12' } },
    });
    expect(parseMonth({ toString: () => '2021-03' })).toEqual({
      ok: false,
      error: { code: 'revenue.invalid_month', details: { value: 'object' } },
    });
  });

  it('parseDay reads a whole YYYY-MM-DD from 1900 on', () => {
    expect(parseDay('1900-01-01')).toEqual({ year: 1900, month: 1, day: 1 });
    expect(parseDay('1899-12-31')).toBeUndefined();
    expect(parseDay('2021-01-31')).toEqual({ year: 2021, month: 1, day: 31 });
    expect(parseDay('2021-04-30')).toEqual({ year: 2021, month: 4, day: 30 });
    expect(parseDay('2021-04-31')).toBeUndefined();
    expect(parseDay('2021-03-04x')).toBeUndefined();
    expect(parseDay('x2021-03-04')).toBeUndefined();
  });
});

describe('revenue records: channels, product kinds, and what a refusal names', () => {
  const valid = {
    month: '2021-03',
    amount: { amountMinor: '100', currency: 'USD' },
    channel: 'direct_bill',
    productKind: 'perpetual_software',
    locationId: 'pla-se',
  };

  it('knows the two channels and the two product kinds', () => {
    expect(revenueChannels).toEqual(['indirect_reseller', 'direct_bill']);
    expect(revenueProductKinds).toEqual(['cloud', 'perpetual_software']);
    expect(parseRevenueRecord(valid)).toMatchObject({
      ok: true,
      value: { channel: 'direct_bill', productKind: 'perpetual_software', locationId: 'pla-se' },
    });
  });

  it.each([
    [null, 'record', 'null'],
    [{ ...valid, channel: 'tier1' }, 'channel', 'tier1'],
    [{ ...valid, productKind: 'hardware' }, 'productKind', 'hardware'],
    [{ ...valid, locationId: 'pla se' }, 'locationId', 'pla se'],
    [{ ...valid, locationId: 12345 }, 'locationId', 'number'],
  ] as const)('refuses %p naming the field %s', (input, field, value) => {
    expect(parseRevenueRecord(input)).toEqual({
      ok: false,
      error: { code: 'revenue.invalid_record', details: { field, value } },
    });
  });
});

describe('sumTrailingRevenue: which rate converts, and what is counted', () => {
  const on = new Date('2021-06-15T00:00:00Z');
  const scope = { channels: ['indirect_reseller'] as const, includePerpetualSoftware: false };
  const sek = (m: string, overrides: Partial<RevenueRecord> = {}): RevenueRecord => ({
    month: month(m),
    amount: money(1_000_00n, 'SEK'),
    channel: 'indirect_reseller',
    productKind: 'cloud',
    locationId: 'pla-se',
    ...overrides,
  });
  const sum = (records: RevenueRecord[], rates: MonthlyRate[], locationId?: string) =>
    sumTrailingRevenue({
      records,
      rates,
      on,
      scope: locationId === undefined ? scope : { ...scope, locationId },
    });

  it('converts with a rate from or to USD for the record’s own currency and month only', () => {
    const m = month('2021-05');
    expect(sum([sek('2021-05')], [{ month: m, rate: rate('EUR', 'USD', '1.2') }])).toEqual({
      ok: false,
      error: { code: 'revenue.missing_rate', details: { month: '2021-05', currency: 'SEK' } },
    });
    expect(sum([sek('2021-05')], [{ month: m, rate: rate('SEK', 'EUR', '0.09') }])).toEqual({
      ok: false,
      error: { code: 'revenue.missing_rate', details: { month: '2021-05', currency: 'SEK' } },
    });
    expect(sum([sek('2021-05')], [{ month: m, rate: rate('EUR', 'SEK', '11') }])).toEqual({
      ok: false,
      error: { code: 'revenue.missing_rate', details: { month: '2021-05', currency: 'SEK' } },
    });
    const twice = [
      { month: m, rate: rate('SEK', 'USD', '0.1') },
      { month: m, rate: rate('USD', 'SEK', '10') },
    ];
    expect(sum([sek('2021-05')], twice)).toEqual({
      ok: false,
      error: { code: 'revenue.duplicate_rate', details: { month: '2021-05', currency: 'SEK' } },
    });
    expect(sum([sek('2021-05')], [{ month: m, rate: rate('USD', 'SEK', '10') }])).toMatchObject({
      ok: true,
      value: { totalUsd: money(100_00n, 'USD') },
    });
  });

  it('counts what is left after every exclusion', () => {
    const m = month('2021-05');
    const records = [
      sek('2021-05'),
      sek('2021-05'),
      sek('2021-06'),
      sek('2021-05', { channel: 'direct_bill' }),
      sek('2021-05', { productKind: 'perpetual_software' }),
      sek('2021-05', { locationId: 'pla-fr' }),
      sek('2021-05', { locationId: 'pla-no' }),
    ];
    const result = sum(records, [{ month: m, rate: rate('SEK', 'USD', '0.1') }], 'pla-se');
    expect(result).toMatchObject({
      ok: true,
      value: {
        totalUsd: money(200_00n, 'USD'),
        counted: 2,
        excluded: { outsideWindow: 1, otherChannel: 1, perpetualSoftware: 1, otherLocation: 2 },
      },
    });
  });
});

describe('sumTrailingRevenue: how each figure was reached', () => {
  const on = new Date('2021-06-15T00:00:00Z');
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

  it('lists each month and currency with its rate (none for USD) in order, and what was left out', () => {
    const sekRate = rate('SEK', 'USD', '0.1');
    const perpetual = record('2021-05', money(5_00n, 'USD'), { productKind: 'perpetual_software' });
    const direct = record('2021-05', money(7_00n, 'USD'), { channel: 'direct_bill' });
    const elsewhere = record('2021-04', money(9_00n, 'USD'), { locationId: 'pla-no' });
    const result = sumTrailingRevenue({
      records: [
        record('2021-05', money(1_000_00n, 'SEK')),
        record('2021-05', money(2_00n, 'USD')),
        record('2021-04', money(3_00n, 'USD')),
        perpetual,
        direct,
        elsewhere,
      ],
      rates: [{ month: month('2021-05'), rate: sekRate }],
      on,
      scope: {
        channels: ['indirect_reseller'],
        includePerpetualSoftware: false,
        locationId: 'pla-se',
      },
    });
    expect(result.ok).toBe(true);
    const value = (result as { value: TrailingRevenue }).value;
    expect(value.conversions).toEqual([
      { month: '2021-04', currency: 'USD', amount: money(3_00n, 'USD'), usd: money(3_00n, 'USD') },
      {
        month: '2021-05',
        currency: 'SEK',
        amount: money(1_000_00n, 'SEK'),
        rate: sekRate,
        usd: money(100_00n, 'USD'),
      },
      { month: '2021-05', currency: 'USD', amount: money(2_00n, 'USD'), usd: money(2_00n, 'USD') },
    ]);
    expect(value.excludedInWindow).toEqual([
      { record: perpetual, reason: 'perpetual_software' },
      { record: direct, reason: 'other_channel' },
      { record: elsewhere, reason: 'other_location' },
    ]);
  });
});
