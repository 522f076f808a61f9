// CSP revenue over a trailing window, in USD (DOMAIN.md §6.3: "At least USD 300K of CSP revenue
// as an indirect reseller over the trailing 12 months. Counted on cloud revenue; perpetual
// software is excluded").
import { convertMoney, invertRate, type ExchangeRate } from '../money/exchange-rate.js';
import { describeInput } from '../money/describe-input.js';
import {
  addMoney,
  isAtLeast,
  parseMoney,
  sumMoney,
  zeroMoney,
  type Money,
  type MoneyRefusal,
} from '../money/money.js';
import type { CurrencyCode } from '../money/currency.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { addMonths, monthOf, parseMonth, utcDay, type MonthKey } from './calendar.js';

export type RevenueChannel = 'indirect_reseller' | 'direct_bill';
export const revenueChannels: readonly RevenueChannel[] = ['indirect_reseller', 'direct_bill'];
export type RevenueProductKind = 'cloud' | 'perpetual_software';
export const revenueProductKinds: readonly RevenueProductKind[] = ['cloud', 'perpetual_software'];

/** One line of billed CSP revenue: a month's sales in one currency, as Partner Center reports it. */
export type RevenueRecord = {
  readonly month: MonthKey;
  readonly amount: Money;
  readonly channel: RevenueChannel;
  readonly productKind: RevenueProductKind;
  /** The location PartnerID (PLA) it was booked under. */
  readonly locationId: string;
};

/** The rate used for a currency in a month (e.g. that month's average). Either direction to USD. */
export type MonthlyRate = { readonly month: MonthKey; readonly rate: ExchangeRate };

/** Which revenue counts. */
export type RevenueScope = {
  readonly channels: readonly RevenueChannel[];
  readonly includePerpetualSoftware: boolean;
  /** One location (PLA) only, or every location of the global account (PGA) when absent. */
  readonly locationId?: string;
};

/** Every revenue rule of the program so far looks back 12 months. */
export const TRAILING_MONTHS = 12;

export type RevenueWindow = {
  readonly first: MonthKey;
  readonly last: MonthKey;
  readonly months: readonly MonthKey[];
};

export type TrailingRevenue = {
  readonly window: RevenueWindow;
  readonly totalUsd: Money;
  /** Every month of the window, in order, with its USD sum (zero when nothing counted). */
  readonly byMonth: readonly { readonly month: MonthKey; readonly usd: Money }[];
  /** How many records counted, and how many were left out and why. */
  readonly counted: number;
  readonly excluded: {
    readonly outsideWindow: number;
    readonly otherChannel: number;
    readonly perpetualSoftware: number;
    readonly otherLocation: number;
  };
  /**
   * How each month's figure was reached: per month and currency, the exact sum, the rate used
   * (that month's, from the currency to USD; absent for USD) and the USD amount, in month order.
   */
  readonly conversions: readonly RevenueConversion[];
  /** The records of the window that were left out, and why (e.g. perpetual software). */
  readonly excludedInWindow: readonly {
    readonly record: RevenueRecord;
    readonly reason: 'other_channel' | 'perpetual_software' | 'other_location';
  }[];
};

export type RevenueConversion = {
  readonly month: MonthKey;
  readonly currency: CurrencyCode;
  readonly amount: Money;
  readonly rate?: ExchangeRate;
  readonly usd: Money;
};

export type RevenueRefusal = Refusal<
  | 'revenue.invalid_date'
  | 'revenue.missing_rate'
  | 'revenue.duplicate_rate'
  | 'money.out_of_range'
  | 'money.currency_mismatch'
  | 'money.rate_currency_mismatch'
>;

/**
 * The trailing window: the 12 full calendar months before the month of `on`, in UTC.
 *
 * The month that contains `on` is never in the window, even on its last day, because it is not
 * over; the month just before it is always in, even when `on` is the 1st at 00:00 UTC, because it
 * is over. So for any `on` in April 2021 (UTC), the window is 2020-04 … 2021-03; for
 * 2021-05-01T00:00Z it is 2020-05 … 2021-04; for any day of January 2024 it is 2023-01 … 2023-12.
 * An instant is read in UTC: 2021-05-01T01:00+02:00 is still 30 April in UTC, so its window ends
 * with March.
 */
export function trailingWindow(on: Date): Result<RevenueWindow, Refusal<'revenue.invalid_date'>> {
  const day = utcDay(on);
  if (day === undefined) {
    return err(refuse('revenue.invalid_date'));
  }
  const current = monthOf(day);
  const months = Array.from({ length: TRAILING_MONTHS }, (_, index) =>
    addMonths(current, index - TRAILING_MONTHS),
  );
  return ok({ first: addMonths(current, -TRAILING_MONTHS), last: addMonths(current, -1), months });
}

const USD: CurrencyCode = 'USD';

function rateToUsd(
  rates: readonly MonthlyRate[],
  month: MonthKey,
  currency: CurrencyCode,
): Result<ExchangeRate, RevenueRefusal> {
  const found = rates
    .filter((entry) => entry.month === month)
    .map((entry) => entry.rate)
    .filter(
      (rate) =>
        (rate.from === currency && rate.to === USD) || (rate.from === USD && rate.to === currency),
    );
  const [rate, ...others] = found;
  if (rate === undefined) {
    return err(refuse('revenue.missing_rate', { month, currency }));
  }
  if (others.length > 0) {
    return err(refuse('revenue.duplicate_rate', { month, currency }));
  }
  return ok(rate.from === currency ? rate : invertRate(rate));
}

export type SumTrailingRevenueInput = {
  readonly records: readonly RevenueRecord[];
  readonly rates: readonly MonthlyRate[];
  /** The date the window is measured back from (the application's submission). */
  readonly on: Date;
  readonly scope: RevenueScope;
};

/**
 * The USD sum of the revenue in scope over the trailing window.
 *
 * Records are first summed per month and currency, exactly; each such sum is then converted to
 * USD once, with that month's rate, rounding half to even to the cent (see RoundingMode); USD
 * amounts are not converted. A month that has revenue in a currency but no rate for it is
 * refused (`revenue.missing_rate`), as are two rates for one currency in one month.
 */
export function sumTrailingRevenue(
  input: SumTrailingRevenueInput,
): Result<TrailingRevenue, RevenueRefusal> {
  const { records, rates, on, scope } = input;
  const window = trailingWindow(on);
  if (!window.ok) {
    return window;
  }
  const inWindow = new Set<string>(window.value.months);
  const excluded = { outsideWindow: 0, otherChannel: 0, perpetualSoftware: 0, otherLocation: 0 };
  const excludedInWindow: TrailingRevenue['excludedInWindow'][number][] = [];
  const buckets = new Map<string, { month: MonthKey; currency: CurrencyCode; amounts: Money[] }>();
  for (const record of records) {
    if (!inWindow.has(record.month)) {
      excluded.outsideWindow += 1;
    } else if (!scope.channels.includes(record.channel)) {
      excluded.otherChannel += 1;
      excludedInWindow.push({ record, reason: 'other_channel' });
    } else if (record.productKind === 'perpetual_software' && !scope.includePerpetualSoftware) {
      excluded.perpetualSoftware += 1;
      excludedInWindow.push({ record, reason: 'perpetual_software' });
    } else if (scope.locationId !== undefined && record.locationId !== scope.locationId) {
      excluded.otherLocation += 1;
      excludedInWindow.push({ record, reason: 'other_location' });
    } else {
      const key = `${record.month} ${record.amount.currency}`;
      const bucket = buckets.get(key) ?? {
        month: record.month,
        currency: record.amount.currency,
        amounts: [],
      };
      bucket.amounts.push(record.amount);
      buckets.set(key, bucket);
    }
  }
  const usdByMonth = new Map<string, Money>();
  const conversions: RevenueConversion[] = [];
  // In month order, then currency (the keys are `YYYY-MM CUR`).
  for (const key of [...buckets.keys()].sort()) {
    const bucket = buckets.get(key) as {
      month: MonthKey;
      currency: CurrencyCode;
      amounts: Money[];
    };
    const sum = sumMoney(bucket.currency, bucket.amounts);
    if (!sum.ok) {
      return sum;
    }
    let usd = sum.value;
    let used: ExchangeRate | undefined;
    if (bucket.currency !== USD) {
      const rate = rateToUsd(rates, bucket.month, bucket.currency);
      if (!rate.ok) {
        return rate;
      }
      const converted = convertMoney(sum.value, rate.value);
      if (!converted.ok) {
        return converted;
      }
      usd = converted.value;
      used = rate.value;
    }
    conversions.push({
      month: bucket.month,
      currency: bucket.currency,
      amount: sum.value,
      ...(used === undefined ? {} : { rate: used }),
      usd,
    });
    const monthTotal = addMoney(usdByMonth.get(bucket.month) ?? zeroMoney(USD), usd);
    if (!monthTotal.ok) {
      return monthTotal;
    }
    usdByMonth.set(bucket.month, monthTotal.value);
  }
  const byMonth = window.value.months.map((month) => ({
    month,
    usd: usdByMonth.get(month) ?? zeroMoney(USD),
  }));
  const total = sumMoney(
    USD,
    byMonth.map((entry) => entry.usd),
  );
  if (!total.ok) {
    return total;
  }
  const counted =
    records.length -
    excluded.outsideWindow -
    excluded.otherChannel -
    excluded.perpetualSoftware -
    excluded.otherLocation;
  return ok({
    window: window.value,
    totalUsd: total.value,
    byMonth,
    counted,
    excluded,
    conversions,
    excludedInWindow,
  });
}

/** The threshold is inclusive: "at least" USD 300K means exactly 300,000.00 meets it. */
export function meetsRevenueMinimum(total: Money, minimum: Money): boolean {
  const atLeast = isAtLeast(total, minimum);
  return atLeast.ok && atLeast.value;
}

export type RevenueRecordRefusal =
  Refusal<'revenue.invalid_record' | 'revenue.invalid_month'> | MoneyRefusal;

const LOCATION_ID = /^[A-Za-z0-9-]{1,64}$/;

/**
 * Reads `{ month, amount: { amountMinor, currency }, channel, productKind, locationId }`, e.g. a
 * line of a revenue report or of a self-reported form. Never throws.
 */
export function parseRevenueRecord(input: unknown): Result<RevenueRecord, RevenueRecordRefusal> {
  if (typeof input !== 'object' || input === null) {
    return err(refuse('revenue.invalid_record', { field: 'record', value: describeInput(input) }));
  }
  const field = (name: string): unknown =>
    Object.hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
  const month = parseMonth(field('month'));
  if (!month.ok) {
    return month;
  }
  const amount = parseMoney(field('amount'));
  if (!amount.ok) {
    return amount;
  }
  const channel = field('channel');
  if (!revenueChannels.some((known) => known === channel)) {
    return err(
      refuse('revenue.invalid_record', { field: 'channel', value: describeInput(channel) }),
    );
  }
  const productKind = field('productKind');
  if (!revenueProductKinds.some((known) => known === productKind)) {
    return err(
      refuse('revenue.invalid_record', { field: 'productKind', value: describeInput(productKind) }),
    );
  }
  const locationId = field('locationId');
  if (typeof locationId !== 'string' || !LOCATION_ID.test(locationId)) {
    return err(
      refuse('revenue.invalid_record', { field: 'locationId', value: describeInput(locationId) }),
    );
  }
  return ok({
    month: month.value,
    amount: amount.value,
    channel: channel as RevenueChannel,
    productKind: productKind as RevenueProductKind,
    locationId,
  });
}
