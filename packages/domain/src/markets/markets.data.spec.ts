// The generated table must equal the CSV it was generated from, row by row.
// Tests may read files; the rules may not (the lint rule below guards src against I/O).
// eslint-disable-next-line no-restricted-imports -- the test reads the source CSV on purpose
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { parseCountry } from '../country/country.js';
import { parseCurrency } from '../money/index.js';
import { marketRows, regionNames } from './markets.data.js';
import { markets, regions } from './markets.js';

type CsvRow = {
  country_iso2: string;
  country_name: string;
  region: string;
  currency: string;
  currency_inferred: string;
};

const csvText = readFileSync(new URL('../../data/csp-markets.csv', import.meta.url), 'utf8');
// No casting: every cell stays a string, so `NA` stays Namibia.
const csvRows = parse<CsvRow>(csvText, { columns: true, skip_empty_lines: true, cast: false });

describe('markets.data.ts (generated from data/csp-markets.csv)', () => {
  it('equals the CSV, every row in order', () => {
    expect(marketRows).toEqual(
      csvRows.map((r) => ({
        country: r.country_iso2,
        countryName: r.country_name,
        region: r.region,
        currency: r.currency,
        currencyInferred: r.currency_inferred === 'yes',
      })),
    );
  });

  it('has 246 markets in 16 regions', () => {
    expect(csvRows).toHaveLength(246);
    expect(markets).toHaveLength(246);
    expect(new Set(csvRows.map((r) => r.region)).size).toBe(16);
    expect(regionNames).toHaveLength(16);
    expect(regions).toHaveLength(16);
  });

  it('reads NA as Namibia, not as a missing value', () => {
    expect(csvRows.find((r) => r.country_iso2 === 'NA')?.country_name).toBe('Namibia');
  });

  it('lists each country once', () => {
    expect(new Set(csvRows.map((r) => r.country_iso2)).size).toBe(246);
  });

  it.each(csvRows.map((r) => [r.country_iso2, r] as const))(
    '%s: known country, known ISO 4217 currency, non-empty region',
    (_code, row) => {
      expect(parseCountry(row.country_iso2)).toEqual({ ok: true, value: row.country_iso2 });
      expect(row.country_name.trim()).not.toBe('');
      expect(row.region.trim()).not.toBe('');
      expect(regionNames).toContain(row.region);
      expect(parseCurrency(row.currency)).toEqual({ ok: true, value: row.currency });
      expect(['', 'yes']).toContain(row.currency_inferred);
    },
  );

  it('marks exactly the five blank-in-source currencies as inferred (DOMAIN.md §1)', () => {
    expect(
      markets
        .filter((m) => m.currencyInferred)
        .map((m) => m.country)
        .sort(),
    ).toEqual(['BA', 'KN', 'MK', 'PS', 'VA']);
  });

  it('matches the per-region country counts and currencies of DOMAIN.md §1', () => {
    const counts = Object.fromEntries(regions.map((r) => [r.name, r.countries.length]));
    expect(counts).toEqual({
      Africa: 47,
      'Asia and Pacific': 18,
      Australia: 23,
      Brazil: 1,
      Canada: 2,
      China: 1,
      Europe: 45,
      India: 1,
      Japan: 1,
      'Korea, Republic of': 1,
      'Latin America and the Caribbean': 53,
      'Middle East, Central Europe, and Eastern Europe': 45,
      'New Zealand': 4,
      Russia: 1,
      Taiwan: 1,
      'United States': 2,
    });
    const currencies = Object.fromEntries(regions.map((r) => [r.name, r.currencies]));
    expect(currencies).toMatchObject({
      Brazil: ['USD'],
      China: ['CNY'],
      Europe: ['CHF', 'DKK', 'EUR', 'GBP', 'NOK', 'SEK'],
      India: ['INR'],
      Japan: ['JPY'],
      'Korea, Republic of': ['KRW'],
      'New Zealand': ['NZD'],
      Russia: ['RUB'],
      Taiwan: ['TWD'],
      'United States': ['USD'],
      Canada: ['CAD'],
      Australia: ['AUD'],
    });
  });
});
