import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileString, hostileValue } from '../../test-support/hostile-input.js';
import { parseCountry, type CountryCode } from '../country/country.js';
import {
  checkCanSellTo,
  checkSalesOpen,
  findMarket,
  findPartnerMarket,
  isSameRegion,
  markets,
  marketsInRegion,
  parseRegionName,
  regionOf,
  regions,
} from './markets.js';

const cc = (code: string): CountryCode => {
  const parsed = parseCountry(code);
  if (!parsed.ok) {
    throw new Error(`bad test country ${code}`);
  }
  return parsed.value;
};

describe('findMarket', () => {
  it('finds a country, its region and billing currency', () => {
    expect(findMarket('SE')).toEqual({
      ok: true,
      value: {
        country: 'SE',
        countryName: 'Sweden',
        region: 'Europe',
        currency: 'SEK',
        currencyInferred: false,
      },
    });
    expect(findMarket('pl')).toMatchObject({
      ok: true,
      value: { region: 'Europe', currency: 'EUR' },
    });
    expect(findMarket('BR')).toMatchObject({
      ok: true,
      value: { region: 'Brazil', currency: 'USD' },
    });
    expect(findMarket('NA')).toMatchObject({
      ok: true,
      value: { countryName: 'Namibia', region: 'Africa' },
    });
  });

  it('knows the program codes XS, XE and XK', () => {
    expect(findMarket('XS')).toMatchObject({ ok: true, value: { countryName: 'Saba' } });
    expect(findMarket('XE')).toMatchObject({ ok: true, value: { countryName: 'Sint Eustatius' } });
    expect(findMarket('XK')).toMatchObject({ ok: true, value: { countryName: 'Kosovo' } });
  });

  it.each(['CU', 'IR', 'KP', 'SY', 'SD', 'EH'])('refuses %s: in no market', (code) => {
    expect(findMarket(code)).toEqual({
      ok: false,
      error: { code: 'market.country_not_in_market', details: { country: code } },
    });
  });

  it('refuses what is not a country code', () => {
    expect(findMarket('ZZ')).toEqual({ ok: false, error: { code: 'country.invalid' } });
    expect(findMarket('UK')).toEqual({ ok: false, error: { code: 'country.use_gb_for_uk' } });
  });

  it('every ISO country is either in a market or refused as in no market', () => {
    const notInMarket = ['CU', 'EH', 'IR', 'KP', 'SD', 'SY'];
    for (const m of markets) {
      expect(findMarket(m.country).ok).toBe(true);
    }
    expect(markets.map((m) => m.country)).toEqual(expect.not.arrayContaining(notInMarket));
  });

  it('finds every market by its code in any case and padding; refuses every other known country', () => {
    const inMarket = new Set<string>(markets.map((m) => m.country));
    const outcomes = { found: 0, refused: 0 };
    fc.assert(
      fc.property(
        fc.oneof(
          fc.constantFrom(...markets.map((m) => m.country)),
          fc.constantFrom('CU', 'IR', 'KP', 'SY', 'SD', 'EH'),
        ),
        fc.constantFrom('', ' '),
        fc.boolean(),
        (code, pad, lower) => {
          const r = findMarket(`${pad}${lower ? code.toLowerCase() : code}${pad}`);
          outcomes[r.ok ? 'found' : 'refused'] += 1;
          expect(r.ok).toBe(inMarket.has(code));
          if (r.ok) {
            expect(r.value).toEqual(markets.find((m) => m.country === code));
            expect(regionOf(code)).toEqual({ ok: true, value: r.value.region });
          } else {
            expect(r.error.code).toBe('market.country_not_in_market');
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(outcomes.found).toBeGreaterThan(150);
    expect(outcomes.refused).toBeGreaterThan(50);
  });

  it('fuzz (hostile input): never throws; anything found is the trimmed, upper-cased input', () => {
    fc.assert(
      fc.property(hostileString, (s) => {
        const r = findMarket(s);
        if (r.ok) {
          expect(r.value.country).toBe(s.trim().toUpperCase());
        }
      }),
    );
  });
});

describe('findPartnerMarket', () => {
  it('is the market of the legal country', () => {
    expect(findPartnerMarket('FR')).toMatchObject({
      ok: true,
      value: { region: 'Europe', currency: 'EUR' },
    });
    expect(findPartnerMarket('GB')).toMatchObject({
      ok: true,
      value: { region: 'Europe', currency: 'GBP' },
    });
  });

  it('refuses a legal country in no market, with that reason', () => {
    expect(findPartnerMarket('IR')).toMatchObject({
      ok: false,
      error: { code: 'market.country_not_in_market' },
    });
  });
});

describe('regions', () => {
  it('are sorted by name and partition the markets', () => {
    const names = regions.map((r) => r.name);
    expect(names).toEqual([...names].sort());
    expect(regions.reduce((n, r) => n + r.countries.length, 0)).toBe(246);
  });

  it('single-country regions hold one country', () => {
    for (const name of [
      'Brazil',
      'India',
      'Japan',
      'Korea, Republic of',
      'Russia',
      'Taiwan',
      'China',
    ]) {
      expect(regions.find((r) => r.name === name)?.countries).toHaveLength(1);
    }
  });
});

describe('marketsInRegion and parseRegionName', () => {
  it("lists a region's countries in CSV order", () => {
    const r = marketsInRegion('Canada');
    expect(r.ok && r.value.map((m) => m.country)).toEqual(['CA', 'PM']);
    const nz = marketsInRegion('  new zealand ');
    expect(nz.ok && nz.value.map((m) => m.country)).toEqual(['AS', 'NZ', 'WS', 'VU']);
  });

  it('refuses an unknown region', () => {
    expect(marketsInRegion('Atlantis')).toEqual({
      ok: false,
      error: { code: 'market.unknown_region' },
    });
    expect(parseRegionName(42)).toEqual({ ok: false, error: { code: 'market.unknown_region' } });
  });

  it('never throws on arbitrary input', () => {
    fc.assert(fc.property(hostileValue, (x) => typeof parseRegionName(x).ok === 'boolean'));
  });
});

describe('regionOf and isSameRegion', () => {
  it('maps documented odd groupings as documented', () => {
    expect(regionOf('PF')).toEqual({ ok: true, value: 'Africa' });
    expect(regionOf('ZA')).toEqual({
      ok: true,
      value: 'Middle East, Central Europe, and Eastern Europe',
    });
    expect(regionOf('BM')).toEqual({ ok: true, value: 'Latin America and the Caribbean' });
    expect(regionOf('GU')).toEqual({ ok: true, value: 'Australia' });
    expect(regionOf('AS')).toEqual({ ok: true, value: 'New Zealand' });
  });

  it('refuses a country in no market', () => {
    expect(regionOf('KP')).toMatchObject({
      ok: false,
      error: { code: 'market.country_not_in_market' },
    });
  });

  it('France and Germany share a region; the US and the UK do not', () => {
    expect(isSameRegion(cc('FR'), cc('DE'))).toBe(true);
    expect(isSameRegion(cc('US'), cc('GB'))).toBe(false);
    expect(isSameRegion(cc('US'), cc('UM'))).toBe(true);
  });

  it('is false when either country is in no market', () => {
    expect(isSameRegion(cc('CU'), cc('CU'))).toBe(false);
    expect(isSameRegion(cc('US'), cc('IR'))).toBe(false);
  });

  it('is symmetric and reflexive over markets', () => {
    const country = fc.constantFrom(...markets.map((m) => m.country));
    fc.assert(
      fc.property(country, country, (a, b) => {
        expect(isSameRegion(a, b)).toBe(isSameRegion(b, a));
        expect(isSameRegion(a, a)).toBe(true);
      }),
    );
  });
});

describe('checkCanSellTo', () => {
  it("allows a customer whose tenant country is in the partner's region", () => {
    expect(checkCanSellTo('US', 'UM')).toMatchObject({ ok: true, value: { country: 'UM' } });
    expect(checkCanSellTo('FR', 'SE')).toMatchObject({ ok: true, value: { currency: 'SEK' } });
  });

  it("refuses a customer outside the region, naming the partner's region", () => {
    expect(checkCanSellTo('BR', 'AR')).toEqual({
      ok: false,
      error: {
        code: 'market.customer_outside_region',
        details: { country: 'AR', region: 'Brazil' },
      },
    });
  });

  it('refuses when either country is in no market or invalid', () => {
    expect(checkCanSellTo('IR', 'US')).toMatchObject({
      ok: false,
      error: { code: 'market.country_not_in_market' },
    });
    expect(checkCanSellTo('US', 'CU')).toMatchObject({
      ok: false,
      error: { code: 'market.country_not_in_market' },
    });
    expect(checkCanSellTo('US', '')).toMatchObject({
      ok: false,
      error: { code: 'country.invalid' },
    });
  });
});

describe('checkSalesOpen', () => {
  it('Russia is open before 4 March 2022 and suspended from that day (UTC)', () => {
    expect(checkSalesOpen('RU', new Date('2022-03-03T23:59:59Z'))).toMatchObject({ ok: true });
    expect(checkSalesOpen('RU', new Date('2022-03-04T00:00:00Z'))).toEqual({
      ok: false,
      error: { code: 'market.sales_suspended', details: { country: 'RU', since: '2022-03-04' } },
    });
  });

  it('keeps the Russia row in the market table', () => {
    expect(findMarket('RU')).toMatchObject({
      ok: true,
      value: { region: 'Russia', currency: 'RUB' },
    });
  });

  it('other markets are open', () => {
    expect(checkSalesOpen('BY', new Date('2025-01-01T00:00:00Z'))).toMatchObject({ ok: true });
  });

  it('refuses an invalid date and a country in no market', () => {
    expect(checkSalesOpen('SE', new Date(Number.NaN))).toEqual({
      ok: false,
      error: { code: 'market.invalid_date' },
    });
    expect(checkSalesOpen('SY', new Date(0))).toMatchObject({
      ok: false,
      error: { code: 'market.country_not_in_market' },
    });
  });
});
