import { err, ok, type Result } from '../result.js';
import { refuse, type Refusal } from '../refusal.js';
import { minorUnits, parseCurrency, type CurrencyCode, type CurrencyRefusal } from './currency.js';
import { describeInput } from './describe-input.js';
import { MAX_AMOUNT_MINOR, money, type Money, type OutOfRange } from './money.js';

declare const rateBrand: unique symbol;

/**
 * How many major units of `to` one major unit of `from` buys, as an exact positive fraction
 * `numerator / denominator` in lowest terms. Never a floating-point number: a rate is read from
 * a decimal string (`'10.4567'`) or a fraction (`{ numerator: 1n, denominator: 3n }`).
 * A rate from a currency to itself must be exactly 1.
 */
export type ExchangeRate = {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly numerator: bigint;
  readonly denominator: bigint;
  readonly [rateBrand]: true;
};

/**
 * How a conversion rounds the exact result to a whole minor unit.
 * - `half_even` (the default): to the nearest, ties to the even neighbour ("banker's rounding").
 *   Chosen because revenue sums many converted months: ties rounding away from zero would bias
 *   the total upward, half-even does not on average. The result is within half a minor unit of
 *   the exact value.
 * - `half_away_from_zero`: to the nearest, ties away from zero (commercial rounding).
 * - `floor` / `ceiling`: towards −∞ / +∞, for when a bound must not be overstated / understated.
 */
export type RoundingMode = 'half_even' | 'half_away_from_zero' | 'floor' | 'ceiling';

/** A rate as JSON can carry it; parseExchangeRate reads it back. */
export type ExchangeRateJson = {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly rate: { readonly numerator: string; readonly denominator: string };
};

export const toExchangeRateJson = (rate: ExchangeRate): ExchangeRateJson => ({
  from: rate.from,
  to: rate.to,
  rate: { numerator: rate.numerator.toString(), denominator: rate.denominator.toString() },
});

// As for Money: JSON.stringify of a rate writes toExchangeRateJson instead of throwing on bigint.
const ratePrototype = {
  toJSON(this: ExchangeRate): ExchangeRateJson {
    return toExchangeRateJson(this);
  },
};

const makeRate = (
  from: CurrencyCode,
  to: CurrencyCode,
  numerator: bigint,
  denominator: bigint,
): ExchangeRate =>
  Object.assign(Object.create(ratePrototype) as object, {
    from,
    to,
    numerator,
    denominator,
  }) as ExchangeRate;

export type RateRefusal = Refusal<'money.invalid_rate'> | CurrencyRefusal;
export type RateMismatch = Refusal<'money.rate_currency_mismatch'>;

const RATE_DECIMAL = /^(\d{1,19})(?:\.(\d{1,19}))?$/;
const INTEGER = /^\d{1,19}$/;

const gcd = (a: bigint, b: bigint): bigint => {
  let [x, y] = [a, b];
  while (y !== 0n) {
    [x, y] = [y, x % y];
  }
  return x;
};

/**
 * Reads `{ from, to, rate }` where rate is a decimal string with a point (`'0.0934'`), or a
 * fraction `{ numerator, denominator }` of positive integers (bigint, safe integer, or digit
 * strings). Zero, negative, fractional-number and floating-point input are refused; never throws.
 */
export function parseExchangeRate(input: unknown): Result<ExchangeRate, RateRefusal> {
  if (typeof input !== 'object' || input === null) {
    return err(refuse('money.invalid_rate', { value: describeInput(input) }));
  }
  const field = (name: string): unknown =>
    Object.hasOwn(input, name) ? (input as Record<string, unknown>)[name] : undefined;
  const from = parseCurrency(field('from'));
  if (!from.ok) {
    return from;
  }
  const to = parseCurrency(field('to'));
  if (!to.ok) {
    return to;
  }
  const fraction = toFraction(field('rate'));
  if (fraction === undefined) {
    return err(refuse('money.invalid_rate', { value: describeInput(field('rate')) }));
  }
  const divisor = gcd(fraction.numerator, fraction.denominator);
  const numerator = fraction.numerator / divisor;
  const denominator = fraction.denominator / divisor;
  if (from.value === to.value && numerator !== denominator) {
    return err(refuse('money.invalid_rate', { value: `${from.value}/${to.value} ≠ 1` }));
  }
  return ok(makeRate(from.value, to.value, numerator, denominator));
}

function toFraction(rate: unknown): { numerator: bigint; denominator: bigint } | undefined {
  if (typeof rate === 'string') {
    const match = RATE_DECIMAL.exec(rate.trim());
    if (match === null) {
      return undefined;
    }
    const [, whole = '0', decimals = ''] = match;
    const numerator = BigInt(whole + decimals);
    return numerator === 0n
      ? undefined
      : { numerator, denominator: 10n ** BigInt(decimals.length) };
  }
  if (typeof rate !== 'object' || rate === null) {
    return undefined;
  }
  const numerator = positiveInteger(
    Object.hasOwn(rate, 'numerator') ? (rate as { numerator: unknown }).numerator : undefined,
  );
  const denominator = positiveInteger(
    Object.hasOwn(rate, 'denominator') ? (rate as { denominator: unknown }).denominator : undefined,
  );
  return numerator === undefined || denominator === undefined
    ? undefined
    : { numerator, denominator };
}

function positiveInteger(value: unknown): bigint | undefined {
  let result: bigint | undefined;
  if (typeof value === 'bigint') {
    result = value;
  } else if (typeof value === 'number' && Number.isSafeInteger(value)) {
    result = BigInt(value);
  } else if (typeof value === 'string' && INTEGER.test(value)) {
    result = BigInt(value);
  }
  return result !== undefined && result > 0n && result <= MAX_AMOUNT_MINOR ? result : undefined;
}

/** The rate from `to` back to `from` (exact: 1 / rate). */
export const invertRate = (rate: ExchangeRate): ExchangeRate =>
  makeRate(rate.to, rate.from, rate.denominator, rate.numerator);

/**
 * numerator / denominator rounded to an integer by `mode`; denominator > 0.
 * Exported for the properties that check the rounding bounds.
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  const quotient = numerator / denominator; // truncates towards zero
  const remainder = numerator % denominator; // same sign as numerator
  if (remainder === 0n) {
    return quotient;
  }
  const floor = remainder < 0n ? quotient - 1n : quotient;
  const toNext = remainder < 0n ? remainder + denominator : remainder; // exact − floor, times denominator
  switch (mode) {
    case 'floor':
      return floor;
    case 'ceiling':
      return floor + 1n;
    case 'half_away_from_zero':
      if (2n * toNext === denominator) {
        return numerator < 0n ? floor : floor + 1n;
      }
      return 2n * toNext > denominator ? floor + 1n : floor;
    case 'half_even':
      if (2n * toNext === denominator) {
        return floor % 2n === 0n ? floor : floor + 1n;
      }
      return 2n * toNext > denominator ? floor + 1n : floor;
  }
}

/**
 * Converts an amount with a rate, exactly, then rounds once to the target's minor unit:
 *   result = round(amountMinor × numerator × 10^minor(to) / (denominator × 10^minor(from))).
 * The rate must be from the amount's currency. No floating point anywhere.
 */
export function convertMoney(
  amount: Money,
  rate: ExchangeRate,
  mode: RoundingMode = 'half_even',
): Result<Money, RateMismatch | OutOfRange> {
  if (rate.from !== amount.currency) {
    return err(
      refuse('money.rate_currency_mismatch', { expected: rate.from, actual: amount.currency }),
    );
  }
  const numerator = amount.amountMinor * rate.numerator * 10n ** BigInt(minorUnits(rate.to));
  const denominator = rate.denominator * 10n ** BigInt(minorUnits(rate.from));
  const result = divideRounded(numerator, denominator, mode);
  if (result > MAX_AMOUNT_MINOR || result < -MAX_AMOUNT_MINOR) {
    return err(refuse('money.out_of_range', { currency: rate.to }));
  }
  return ok(money(result, rate.to));
}
