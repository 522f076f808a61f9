// The market data guarded independently of scripts/generate-markets.mjs (issue 12 item 2):
// 1. the CSV's checksum is pinned, so any change to data/csp-markets.csv fails here until the
//    same commit updates the checksum and names the source of the change;
// 2. the rows DOMAIN.md §1 singles out are written out by hand below and compared both with the
//    published API (findMarket, marketsInRegion, regions: what the generated module gives) and
//    with the CSV read by a small reader of its own here, not the generator's csv-parse mapping.
/* eslint-disable no-restricted-imports -- the test reads and hashes the source CSV on purpose */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
/* eslint-enable no-restricted-imports */
import { describe, expect, it } from '@jest/globals';
import { findMarket, marketsInRegion, regions } from './markets.js';

/**
 * sha256 of data/csp-markets.csv. Source: MicrosoftDocs/partner-center-pr.de-de@live-sxs
 * regional-authorization-overview.md (ms.date 04/15/2021, English spans) plus China/CNY from
 * isabella232/partner-center-pr.sv-se@live (09/20/2021), as DOMAIN.md §1 describes; the five
 * blank currencies filled as inferred. A deliberate data change updates this value in the same
 * commit and names its source there.
 */
const CSV_SHA256 = '575c60373bee5d6bcacfbe22223f7b2db01208ca4e9f82bbf57e096751e51cdc';

const csvBytes = readFileSync(new URL('../../data/csp-markets.csv', import.meta.url));

/** A reader of its own: one record per line, fields split on commas outside double quotes. */
function readCsv(text: string): Map<string, readonly string[]> {
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line !== '');
  expect(header).toBe('country_iso2,country_name,region,currency,currency_inferred');
  const byCountry = new Map<string, readonly string[]>();
  for (const line of lines) {
    const fields: string[] = [];
    let field = '';
    let quoted = false;
    for (const char of line) {
      if (char === '"') {
        quoted = !quoted;
      } else if (char === ',' && !quoted) {
        fields.push(field);
        field = '';
      } else {
        field += char;
      }
    }
    fields.push(field);
    expect(fields).toHaveLength(5);
    byCountry.set(fields[0] as string, fields.slice(1));
  }
  return byCountry;
}
const csv = readCsv(csvBytes.toString('utf8'));

const EUROPE = 'Europe';
const LATAM = 'Latin America and the Caribbean';
const MEA = 'Middle East, Central Europe, and Eastern Europe';

/** [country, name as the doc writes it, region, billing currency, currency inferred]. */
type Row = readonly [string, string, string, string, boolean];
const SINGLED_OUT: readonly Row[] = [
  // Non-euro Europe: DKK (DK); NOK (NO, SJ); SEK (SE); CHF (CH); GBP (GB, GI, GG, IM, JE).
  ['DK', 'Denmark', EUROPE, 'DKK', false],
  ['NO', 'Norway', EUROPE, 'NOK', false],
  ['SJ', 'Svalbard and Jan Mayen', EUROPE, 'NOK', false],
  ['SE', 'Sweden', EUROPE, 'SEK', false],
  ['CH', 'Switzerland', EUROPE, 'CHF', false],
  ['GB', 'UK', EUROPE, 'GBP', false],
  ['GI', 'Gibraltar', EUROPE, 'GBP', false],
  ['GG', 'Guernsey', EUROPE, 'GBP', false],
  ['IM', 'Isle of Man', EUROPE, 'GBP', false],
  ['JE', 'Jersey', EUROPE, 'GBP', false],
  // Billed in EUR though their own currency is not the euro; Brazil billed in USD, not BRL.
  ['CZ', 'Czech Republic', EUROPE, 'EUR', false],
  ['PL', 'Poland', EUROPE, 'EUR', false],
  ['HU', 'Hungary', EUROPE, 'EUR', false],
  ['RO', 'Romania', EUROPE, 'EUR', false],
  ['BG', 'Bulgaria', EUROPE, 'EUR', false],
  ['IS', 'Iceland', EUROPE, 'EUR', false],
  ['GL', 'Greenland', EUROPE, 'EUR', false],
  // Single-country regions.
  ['BR', 'Brazil', 'Brazil', 'USD', false],
  ['CN', 'China', 'China', 'CNY', false],
  ['IN', 'India', 'India', 'INR', false],
  ['JP', 'Japan', 'Japan', 'JPY', false],
  ['KR', 'Korea, Republic of', 'Korea, Republic of', 'KRW', false],
  ['RU', 'Russia', 'Russia', 'RUB', false],
  ['TW', 'Taiwan', 'Taiwan', 'TWD', false],
  // Small multi-country regions, listed in full.
  ['CA', 'Canada', 'Canada', 'CAD', false],
  ['PM', 'Saint Pierre and Miquelon', 'Canada', 'CAD', false],
  ['US', 'United States', 'United States', 'USD', false],
  ['UM', 'U.S. Outlying Islands', 'United States', 'USD', false],
  ['AS', 'American Samoa', 'New Zealand', 'NZD', false],
  ['NZ', 'New Zealand', 'New Zealand', 'NZD', false],
  ['WS', 'Samoa', 'New Zealand', 'NZD', false],
  ['VU', 'Vanuatu', 'New Zealand', 'NZD', false],
  // The five currencies blank in the source, filled from the region's default (inference).
  ['VA', 'Vatican City', EUROPE, 'EUR', true],
  ['KN', 'Saint Kitts and Nevis', LATAM, 'USD', true],
  ['BA', 'Bosnia and Herzegovina', MEA, 'USD', true],
  ['MK', 'Macedonia, Republic of', MEA, 'USD', true],
  ['PS', 'Palestinian Territory, Occupied', MEA, 'USD', true],
  // Groupings that look odd but are as documented.
  ['PF', 'French Polynesia', 'Africa', 'USD', false],
  ['NC', 'New Caledonia', 'Africa', 'USD', false],
  ['ZA', 'South Africa', MEA, 'USD', false],
  ['LS', 'Lesotho', MEA, 'USD', false],
  ['SZ', 'Swaziland', MEA, 'USD', false],
  ['ZW', 'Zimbabwe', MEA, 'USD', false],
  ['MZ', 'Mozambique', MEA, 'USD', false],
  ['BM', 'Bermuda', LATAM, 'USD', false],
  ['AQ', 'Antarctica', LATAM, 'USD', false],
  ['GU', 'Guam', 'Australia', 'AUD', false],
  ['MP', 'Northern Mariana Islands', 'Australia', 'AUD', false],
  // Codes that are not ISO 3166-1 (Partner Center's own), and old names kept.
  ['XS', 'Saba', LATAM, 'USD', false],
  ['XE', 'Sint Eustatius', LATAM, 'USD', false],
  ['BQ', 'Bonaire', LATAM, 'USD', false],
  ['XK', 'Kosovo', MEA, 'USD', false],
  ['CV', 'Cape Verde', 'Africa', 'USD', false],
  // The parser gotcha: NA is Namibia.
  ['NA', 'Namibia', 'Africa', 'USD', false],
];

/** DOMAIN.md §1's region table: country count and billing currency (Europe: EUR by default). */
const REGIONS: Readonly<Record<string, readonly [number, string]>> = {
  Africa: [47, 'USD'],
  'Asia and Pacific': [18, 'USD'],
  Australia: [23, 'AUD'],
  Brazil: [1, 'USD'],
  Canada: [2, 'CAD'],
  China: [1, 'CNY'],
  Europe: [45, 'EUR'],
  India: [1, 'INR'],
  Japan: [1, 'JPY'],
  'Korea, Republic of': [1, 'KRW'],
  [LATAM]: [53, 'USD'],
  [MEA]: [45, 'USD'],
  'New Zealand': [4, 'NZD'],
  Russia: [1, 'RUB'],
  Taiwan: [1, 'TWD'],
  'United States': [2, 'USD'],
};
const EUROPE_EXCEPTIONS: Readonly<Record<string, string>> = {
  DK: 'DKK',
  NO: 'NOK',
  SJ: 'NOK',
  SE: 'SEK',
  CH: 'CHF',
  GB: 'GBP',
  GI: 'GBP',
  GG: 'GBP',
  IM: 'GBP',
  JE: 'GBP',
};
/** Sanctioned or otherwise unsupported: in no region. */
const ABSENT = ['CU', 'IR', 'KP', 'SY', 'SD', 'EH'];

describe('data/csp-markets.csv', () => {
  it('is the reviewed revision (sha256 pinned; a deliberate change updates it and names its source)', () => {
    expect(createHash('sha256').update(csvBytes).digest('hex')).toBe(CSV_SHA256);
  });
});

describe('the rows DOMAIN.md §1 singles out, written by hand', () => {
  it.each(SINGLED_OUT.map((row) => [row[0], row] as const))(
    '%s: name, region, billing currency and inference flag, in the CSV and in findMarket',
    (_, [country, name, region, currency, inferred]) => {
      expect(csv.get(country)).toEqual([name, region, currency, inferred ? 'yes' : '']);
      expect(findMarket(country)).toEqual({
        ok: true,
        value: expect.objectContaining({
          country,
          countryName: name,
          region,
          currency,
          currencyInferred: inferred,
        }),
      });
    },
  );

  it('exactly the five blank-in-source currencies are inferred', () => {
    const inferred = [...csv]
      .filter(([, fields]) => fields[3] === 'yes')
      .map(([country]) => country);
    expect(inferred.sort()).toEqual(['BA', 'KN', 'MK', 'PS', 'VA']);
  });

  it('every region has its documented country count and currency; Europe is EUR but for its ten exceptions', () => {
    const counted = new Map<string, number>();
    for (const [country, [, region, currency]] of csv) {
      counted.set(region as string, (counted.get(region as string) ?? 0) + 1);
      const documented = REGIONS[region as string];
      expect([country, currency]).toEqual([
        country,
        region === EUROPE ? (EUROPE_EXCEPTIONS[country] ?? 'EUR') : documented?.[1],
      ]);
    }
    expect(Object.fromEntries(counted)).toEqual(
      Object.fromEntries(Object.entries(REGIONS).map(([region, [count]]) => [region, count])),
    );
    expect(csv.size).toBe(246);
    for (const [region, [count]] of Object.entries(REGIONS)) {
      const listed = marketsInRegion(region);
      expect(listed.ok && listed.value.length).toBe(count);
    }
    expect(regions.map((r) => r.name).sort()).toEqual(Object.keys(REGIONS).sort());
  });

  it.each(ABSENT)('%s is in no region (sanctioned or unsupported)', (country) => {
    expect(csv.has(country)).toBe(false);
    expect(findMarket(country).ok).toBe(false);
  });
});
