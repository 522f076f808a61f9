// Calendar arithmetic on UTC dates. Every rule in this package that turns an instant into a
// calendar date or month does it in UTC: one answer wherever the server or the browser runs.
// An instant like 2021-05-01T01:00+02:00 is 2021-04-30T23:00Z, so its date is 30 April.
import { describeInput } from '../money/describe-input.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';

declare const monthBrand: unique symbol;
/** A calendar month, `YYYY-MM` (years 1900–9999). Made by parseMonth or monthOf. */
export type MonthKey = string & { readonly [monthBrand]: 'MonthKey' };

/** A calendar date in UTC. */
export type UtcDay = { readonly year: number; readonly month: number; readonly day: number };

/** The UTC calendar date of an instant; undefined for an invalid Date or a year outside 1900–9999. */
export function utcDay(instant: Date): UtcDay | undefined {
  const time = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(time)) {
    return undefined;
  }
  const year = instant.getUTCFullYear();
  return year < 1900 || year > 9999
    ? undefined
    : { year, month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/** `YYYY-MM-DD`, which sorts as the dates do. */
export const formatDay = (day: UtcDay): string =>
  `${pad(day.year, 4)}-${pad(day.month, 2)}-${pad(day.day, 2)}`;

const toMonthKey = (year: number, month: number): MonthKey =>
  `${pad(year, 4)}-${pad(month, 2)}` as MonthKey;

/** The month of a UTC date. */
export const monthOf = (day: UtcDay): MonthKey => toMonthKey(day.year, day.month);

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads `YYYY-MM`; never throws. */
export function parseMonth(input: unknown): Result<MonthKey, Refusal<'revenue.invalid_month'>> {
  const match = typeof input === 'string' ? MONTH.exec(input) : null;
  if (match === null || Number(match[1]) < 1900) {
    return err(refuse('revenue.invalid_month', { value: describeInput(input) }));
  }
  return ok(input as MonthKey);
}

/** The month `count` months after (negative: before) `month`. */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return toMonthKey(Math.floor(index / 12), (index % 12) + 1);
}

const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

/**
 * The same day `count` months later; when that month is shorter, its last day
 * (2020-02-29 + 12 months = 2021-02-28; 2021-01-31 + 1 month = 2021-02-28).
 */
export function addMonthsToDay(day: UtcDay, count: number): UtcDay {
  const index = day.year * 12 + day.month - 1 + count;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(day.day, daysInMonth(year, month)) };
}

/** −1, 0 or 1 as a is before, on or after b. */
export const compareDays = (a: UtcDay, b: UtcDay): -1 | 0 | 1 => {
  const [x, y] = [formatDay(a), formatDay(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

const DAY = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Reads `YYYY-MM-DD` as a calendar date (a real one: no 2021-02-29); undefined otherwise. */
export function parseDay(input: string): UtcDay | undefined {
  const match = DAY.exec(input);
  if (match === null) {
    return undefined;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1900 && day <= daysInMonth(year, month) ? { year, month, day } : undefined;
}
