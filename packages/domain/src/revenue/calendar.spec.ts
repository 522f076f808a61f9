import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  addMonths,
  addMonthsToDay,
  compareDays,
  daysInMonth,
  formatDay,
  monthOf,
  parseDay,
  parseMonth,
  utcDay,
} from './calendar.js';
import { month } from '../../test-support/fixtures.js';

describe('utcDay', () => {
  it('reads the calendar date in UTC, whatever the offset written', () => {
    expect(utcDay(new Date('2021-05-01T01:00:00+02:00'))).toEqual({
      year: 2021,
      month: 4,
      day: 30,
    });
    expect(utcDay(new Date('2021-04-30T23:00:00-02:00'))).toEqual({ year: 2021, month: 5, day: 1 });
    expect(utcDay(new Date('2024-02-29T23:59:59.999Z'))).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses invalid dates and years outside 1900–9999', () => {
    expect(utcDay(new Date('not a date'))).toBeUndefined();
    expect(utcDay(new Date('1899-12-31T23:59:59Z'))).toBeUndefined();
    expect(utcDay(new Date(8.64e15))).toBeUndefined();
    expect(utcDay('2021-01-01' as unknown as Date)).toBeUndefined();
  });
});

describe('months', () => {
  it('parses YYYY-MM only', () => {
    expect(parseMonth('2021-03')).toEqual({ ok: true, value: '2021-03' });
    for (const bad of [
      '2021-3',
      '2021-13',
      '2021-00',
      '21-03',
      '2021-03-01',
      '1899-12',
      ' 2021-03',
      2021,
      null,
    ]) {
      expect(parseMonth(bad)).toMatchObject({
        ok: false,
        error: { code: 'revenue.invalid_month' },
      });
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        parseMonth(input);
      }),
    );
  });

  it('adds and subtracts across year boundaries', () => {
    expect(addMonths(month('2021-01'), -1)).toBe('2020-12');
    expect(addMonths(month('2020-12'), 1)).toBe('2021-01');
    expect(addMonths(month('2021-04'), -12)).toBe('2020-04');
    expect(addMonths(month('2021-04'), -24)).toBe('2019-04');
    expect(monthOf({ year: 2021, month: 4, day: 30 })).toBe('2021-04');
  });

  it('adding then subtracting is the identity', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 9000 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: -600, max: 600 }),
        (y, m, n) => {
          const start = monthOf({ year: y, month: m, day: 1 });
          expect(addMonths(addMonths(start, n), -n)).toBe(start);
          expect(parseMonth(addMonths(start, n)).ok).toBe(true);
        },
      ),
    );
  });
});

describe('days', () => {
  it('knows month lengths and leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2021, 4)).toBe(30);
    expect(daysInMonth(2021, 12)).toBe(31);
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonthsToDay({ year: 2020, month: 2, day: 29 }, 12)).toEqual({
      year: 2021,
      month: 2,
      day: 28,
    });
    expect(addMonthsToDay({ year: 2020, month: 2, day: 29 }, 48)).toEqual({
      year: 2024,
      month: 2,
      day: 29,
    });
    expect(addMonthsToDay({ year: 2021, month: 1, day: 31 }, 1)).toEqual({
      year: 2021,
      month: 2,
      day: 28,
    });
    expect(addMonthsToDay({ year: 2020, month: 4, day: 15 }, 12)).toEqual({
      year: 2021,
      month: 4,
      day: 15,
    });
  });

  it('compares and formats', () => {
    expect(compareDays({ year: 2021, month: 4, day: 15 }, { year: 2021, month: 4, day: 15 })).toBe(
      0,
    );
    expect(compareDays({ year: 2021, month: 4, day: 14 }, { year: 2021, month: 4, day: 15 })).toBe(
      -1,
    );
    expect(compareDays({ year: 2022, month: 1, day: 1 }, { year: 2021, month: 12, day: 31 })).toBe(
      1,
    );
    expect(formatDay({ year: 2021, month: 4, day: 5 })).toBe('2021-04-05');
  });

  it('parses real dates only', () => {
    expect(parseDay('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDay('2023-02-29')).toBeUndefined();
    expect(parseDay('2021-04-31')).toBeUndefined();
    expect(parseDay('1899-01-01')).toBeUndefined();
    expect(parseDay('2021-4-1')).toBeUndefined();
  });
});
