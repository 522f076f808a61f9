import type { Locale } from '../messages.js';
import { err, ok, type Result } from '../result.js';
import { refuse, type Refusal } from '../refusal.js';
import { minorUnits, parseCurrency, type CurrencyCode, type CurrencyRefusal } from './currency.js';
import { describeInput } from './describe-input.js';

declare const moneyBrand: unique symbol;

/**
 * An amount of one currency, in integer minor units (cents, öre; yen for JPY).
 *
 * `amountMinor` is a `bigint`, not a `number`: every operation is exact at any size (a
 * conversion multiplies an amount by a rate's numerator, which quickly passes 2^53), and no
 * floating-point value can slip in, since `bigint` and `number` do not mix without an explicit
 * conversion. The price is that JSON has no bigint: cross a wire with `toMoneyJson` (the amount
 * as a string of digits) and come back through `parseMoney`.
 *
 * Amounts are kept within PostgreSQL's `bigint` (±(2^63 − 1) minor units) so that whatever
 * stores them can use a 64-bit integer column; arithmetic that would leave it is refused.
 *
 * Made only by `parseMoney`, `parseMoneyAmount`, `money` and the operations below.
 */
export type Money = {
  readonly amountMinor: bigint;
  readonly currency: CurrencyCode;
  readonly [moneyBrand]: true;
};

/** Money as JSON can carry it. */
export type MoneyJson = { readonly amountMinor: string; readonly currency: CurrencyCode };

export const MAX_AMOUNT_MINOR = 2n ** 63n - 1n;

export type MoneyRefusal =
  | Refusal<'money.invalid_amount' | 'money.out_of_range' | 'money.too_many_decimals'>
  | CurrencyRefusal;
export type CurrencyMismatch = Refusal<'money.currency_mismatch'>;
export type OutOfRange = Refusal<'money.out_of_range'>;

const inRange = (amountMinor: bigint): boolean =>
  amountMinor <= MAX_AMOUNT_MINOR && amountMinor >= -MAX_AMOUNT_MINOR;

// JSON has no bigint, and JSON.stringify throws on one. Every Money therefore inherits a
// `toJSON` writing what toMoneyJson writes, so a report or event holding Money serializes as
// `{ "amountMinor": "12345", "currency": "USD" }` and reads back through parseMoney. The two
// fields stay own, enumerable, plain data.
const moneyPrototype = {
  toJSON(this: Money): MoneyJson {
    return toMoneyJson(this);
  },
};

const make = (amountMinor: bigint, currency: CurrencyCode): Money =>
  Object.assign(Object.create(moneyPrototype) as object, { amountMinor, currency }) as Money;

const checked = (amountMinor: bigint, currency: CurrencyCode): Result<Money, OutOfRange> =>
  inRange(amountMinor)
    ? ok(make(amountMinor, currency))
    : err(refuse('money.out_of_range', { currency }));

/**
 * Money from values the code already trusts (literals, other Money). Throws a RangeError for
 * an amount past ±(2^63 − 1): that is a programming error, not user input. User input goes
 * through `parseMoney` or `parseMoneyAmount`, which never throw.
 */
export function money(amountMinor: bigint, currency: CurrencyCode): Money {
  if (!inRange(amountMinor)) {
    throw new RangeError(`amount out of range: ${amountMinor}`);
  }
  return make(amountMinor, currency);
}

/** Zero in a currency. */
export const zeroMoney = (currency: CurrencyCode): Money => make(0n, currency);

const MINOR_DIGITS = /^-?\d{1,19}$/;

/**
 * Reads `{ amountMinor, currency }` where `amountMinor` is a bigint, a safe integer number, or
 * a string of at most 19 digits with an optional minus sign (what `toMoneyJson` writes).
 * Fractions, exponents, NaN and anything else are refused; never throws.
 */
export function parseMoney(input: unknown): Result<Money, MoneyRefusal> {
  if (typeof input !== 'object' || input === null) {
    return err(refuse('money.invalid_amount', { value: describeInput(input) }));
  }
  const amount: unknown = Object.hasOwn(input, 'amountMinor')
    ? (input as { amountMinor: unknown }).amountMinor
    : undefined;
  const currencyInput: unknown = Object.hasOwn(input, 'currency')
    ? (input as { currency: unknown }).currency
    : undefined;
  const currency = parseCurrency(currencyInput);
  if (!currency.ok) {
    return currency;
  }
  const minor = toMinor(amount);
  if (minor === undefined) {
    return err(refuse('money.invalid_amount', { value: describeInput(amount) }));
  }
  return checked(minor, currency.value);
}

function toMinor(amount: unknown): bigint | undefined {
  if (typeof amount === 'bigint') {
    return amount;
  }
  if (typeof amount === 'number') {
    return Number.isSafeInteger(amount) ? BigInt(amount) : undefined;
  }
  if (typeof amount === 'string' && MINOR_DIGITS.test(amount)) {
    return BigInt(amount);
  }
  return undefined;
}

const DECIMAL = /^(-?)(\d{1,19})(?:\.(\d{1,19}))?$/;

/**
 * Reads an amount in major units as a decimal string (`'1234.5'`, `'-0.25'`, `'100'`) in a
 * currency. A point is the only separator; no grouping, no exponent. More fraction digits than
 * the currency has minor units is refused (`'1.005'` USD), never rounded. Never throws.
 */
export function parseMoneyAmount(
  amount: unknown,
  currencyInput: unknown,
): Result<Money, MoneyRefusal> {
  const currency = parseCurrency(currencyInput);
  if (!currency.ok) {
    return currency;
  }
  const match = typeof amount === 'string' ? DECIMAL.exec(amount.trim()) : null;
  if (match === null) {
    return err(refuse('money.invalid_amount', { value: describeInput(amount) }));
  }
  const [, sign, whole = '0', fraction = ''] = match;
  const digits = minorUnits(currency.value);
  if (fraction.length > digits) {
    return err(refuse('money.too_many_decimals', { currency: currency.value, digits }));
  }
  const magnitude = BigInt(whole + fraction.padEnd(digits, '0'));
  return checked(sign === '-' ? -magnitude : magnitude, currency.value);
}

const mismatch = (a: Money, b: Money): CurrencyMismatch =>
  refuse('money.currency_mismatch', { expected: a.currency, actual: b.currency });

/** a + b, within one currency. */
export function addMoney(a: Money, b: Money): Result<Money, CurrencyMismatch | OutOfRange> {
  return a.currency === b.currency
    ? checked(a.amountMinor + b.amountMinor, a.currency)
    : err(mismatch(a, b));
}

/** a − b, within one currency. */
export function subtractMoney(a: Money, b: Money): Result<Money, CurrencyMismatch | OutOfRange> {
  return a.currency === b.currency
    ? checked(a.amountMinor - b.amountMinor, a.currency)
    : err(mismatch(a, b));
}

/** −a (always in range: the range is symmetric). */
export const negateMoney = (a: Money): Money => make(-a.amountMinor, a.currency);

/** The sum of amounts in `currency` (zero for none). Any amount in another currency is refused. */
export function sumMoney(
  currency: CurrencyCode,
  amounts: readonly Money[],
): Result<Money, CurrencyMismatch | OutOfRange> {
  let total = zeroMoney(currency);
  for (const amount of amounts) {
    const next = addMoney(total, amount);
    if (!next.ok) {
      return next;
    }
    total = next.value;
  }
  return ok(total);
}

/** −1, 0 or 1 as a is less than, equal to or greater than b; refused across currencies. */
export function compareMoney(a: Money, b: Money): Result<-1 | 0 | 1, CurrencyMismatch> {
  if (a.currency !== b.currency) {
    return err(mismatch(a, b));
  }
  return ok(a.amountMinor < b.amountMinor ? -1 : a.amountMinor > b.amountMinor ? 1 : 0);
}

/** a ≥ b within one currency ("at least"). */
export function isAtLeast(a: Money, b: Money): Result<boolean, CurrencyMismatch> {
  const order = compareMoney(a, b);
  return order.ok ? ok(order.value >= 0) : order;
}

export const isZeroMoney = (a: Money): boolean => a.amountMinor === 0n;

export const toMoneyJson = (a: Money): MoneyJson => ({
  amountMinor: a.amountMinor.toString(),
  currency: a.currency,
});

/** The amount in major units as an exact decimal string: `'1234.50'`, `'-0.05'`, `'1000'` (JPY). */
export function moneyToDecimal(a: Money): string {
  const { sign, whole, fraction } = split(a);
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole}.${fraction}`;
}

function split(a: Money): { sign: string; whole: string; fraction: string } {
  const digits = minorUnits(a.currency);
  const magnitude = a.amountMinor < 0n ? -a.amountMinor : a.amountMinor;
  const text = magnitude.toString().padStart(digits + 1, '0');
  return {
    sign: a.amountMinor < 0n ? '-' : '',
    whole: text.slice(0, text.length - digits),
    fraction: text.slice(text.length - digits),
  };
}

const group = (whole: string, separator: string): string =>
  whole.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/**
 * For display: `USD 1,234.50` in English, `1 234,50 USD` in Swedish (non-breaking spaces).
 * Exact, from the integer amount; no Intl, so the output does not depend on the runtime's ICU.
 */
export function formatMoney(a: Money, locale: Locale = 'en'): string {
  const { sign, whole, fraction } = split(a);
  if (locale === 'sv') {
    const number = `${group(whole, '\u00a0')}${fraction === '' ? '' : `,${fraction}`}`;
    return `${sign === '' ? '' : '\u2212'}${number}\u00a0${a.currency}`;
  }
  return `${sign}${a.currency}\u00a0${group(whole, ',')}${fraction === '' ? '' : `.${fraction}`}`;
}
