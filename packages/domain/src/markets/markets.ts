// CSP regional markets (DOMAIN.md §1): country → region → billing currency, and back.
// The table is data/csp-markets.csv, shipped as generated TypeScript (markets.data.ts).
import { parseCountry, type CountryCode } from '../country/country.js';
import { refuse, type Refusal } from '../refusal.js';
import { err, ok, type Result } from '../result.js';
import { marketRows, regionNames, type RegionName } from './markets.data.js';

export type { RegionName } from './markets.data.js';

/**
 * One row of the market table. `currency` is the partner's CSP billing currency in that market
 * (an ISO 4217 code), not the country's local currency: Poland is billed in EUR, Brazil in USD.
 * `currencyInferred` marks the five rows whose currency cell was blank in Microsoft's table and
 * was filled from the region's default.
 */
export type Market = {
  readonly country: CountryCode;
  readonly countryName: string;
  readonly region: RegionName;
  readonly currency: string;
  readonly currencyInferred: boolean;
};

/** A CSP region: the countries one CSP tenant may sell into, and the billing currencies used. */
export type Region = {
  readonly name: RegionName;
  readonly countries: readonly CountryCode[];
  readonly currencies: readonly string[];
};

/** All 246 markets, in the CSV's order. */
export const markets: readonly Market[] = marketRows.map((row) => ({
  ...row,
  // The data test checks every row's code against parseCountry.
  country: row.country as CountryCode,
}));

const byCountry: ReadonlyMap<string, Market> = new Map(markets.map((m) => [m.country, m]));

/** The 16 regions, sorted by name; countries in CSV order, currencies sorted. */
export const regions: readonly Region[] = regionNames.map((name) => {
  const inRegion = markets.filter((m) => m.region === name);
  return {
    name,
    countries: inRegion.map((m) => m.country),
    currencies: [...new Set(inRegion.map((m) => m.currency))].sort(),
  };
});

/**
 * The market of a country. Refused when the input is no country code (`country.invalid`) and
 * when the country is in no CSP market (`market.country_not_in_market`): Cuba, Iran, North Korea,
 * Syria, Sudan and Western Sahara, which are sanctioned or otherwise unsupported. Customers
 * there are reached only through the Office admin sign-up URLs (DOMAIN.md §1).
 */
export function findMarket(country: string): Result<Market, Refusal> {
  const code = parseCountry(country);
  if (!code.ok) {
    return code;
  }
  const market = byCountry.get(code.value);
  if (market === undefined) {
    return err(refuse('market.country_not_in_market', { country: code.value }));
  }
  return ok(market);
}

/**
 * A partner's market is set by its location: the legal country of its CSP account (the country
 * of the location PartnerID linked to the tenant). It cannot change after the account is created,
 * because tenant, services and billing currency all hang off it (DOMAIN.md §1, §2).
 */
export function findPartnerMarket(legalCountry: string): Result<Market, Refusal> {
  return findMarket(legalCountry);
}

/** A region name exactly as in the table, ignoring surrounding spaces and letter case. */
export function parseRegionName(input: unknown): Result<RegionName, Refusal> {
  if (typeof input === 'string') {
    const wanted = input.trim().toLowerCase();
    const name = regionNames.find((n) => n.toLowerCase() === wanted);
    if (name !== undefined) {
      return ok(name);
    }
  }
  return err(refuse('market.unknown_region'));
}

/** The markets (countries) of a region, in CSV order. */
export function marketsInRegion(region: string): Result<readonly Market[], Refusal> {
  const name = parseRegionName(region);
  if (!name.ok) {
    return name;
  }
  return ok(markets.filter((m) => m.region === name.value));
}

/** The CSP region a country belongs to. */
export function regionOf(country: string): Result<RegionName, Refusal> {
  const market = findMarket(country);
  return market.ok ? ok(market.value.region) : market;
}

/**
 * Whether two countries are in the same CSP region (a tenant in one may sell to customers in the
 * other; a reseller and a provider must be in one region). False when either is in no market.
 */
export function isSameRegion(a: CountryCode, b: CountryCode): boolean {
  const ma = byCountry.get(a);
  const mb = byCountry.get(b);
  return ma !== undefined && mb !== undefined && ma.region === mb.region;
}

/**
 * Whether a partner whose CSP account is in `partnerCountry` may sell CSP offers to a customer
 * whose tenant country is `customerCountry` (the country set on the customer's tenant, not its
 * physical site). Returns the customer's market, or why not.
 */
export function checkCanSellTo(
  partnerCountry: string,
  customerCountry: string,
): Result<Market, Refusal> {
  const partner = findPartnerMarket(partnerCountry);
  if (!partner.ok) {
    return partner;
  }
  const customer = findMarket(customerCountry);
  if (!customer.ok) {
    return customer;
  }
  if (partner.value.region !== customer.value.region) {
    return err(
      refuse('market.customer_outside_region', {
        country: customer.value.country,
        region: partner.value.region,
      }),
    );
  }
  return ok(customer.value);
}

/**
 * Sales suspensions that came after Microsoft's 2021 market table (DOMAIN.md §1, "Changes after
 * 2021"). DOMAIN.md suggests a `salesSuspended` flag on the market row; we keep it out of `Market`
 * instead, as dated data beside the table, because (1) the CSV is Microsoft's table as published
 * and a suspension is a later, dated event, so a flag would have to be true or false with no
 * "since when"; (2) rules evaluated for a past date (an application submitted in 2021) must see the
 * market as it was then. The row stays in `markets`: the country, region and currency are still facts.
 *
 * Russia: Microsoft suspended all new sales on 4 March 2022. Belarus is not listed: DOMAIN.md names
 * no Microsoft source or date for it (the news notes it cites are about Russia). Adding it, once a
 * source is confirmed, is one more row here.
 */
export type SalesSuspension = {
  readonly country: CountryCode;
  /** First day (UTC, YYYY-MM-DD) on which no new sales are possible. */
  readonly from: string;
  readonly source: string;
};

export const salesSuspensions: readonly SalesSuspension[] = [
  {
    country: 'RU' as CountryCode,
    from: '2022-03-04',
    source: 'Microsoft, "Microsoft suspends new sales in Russia", 4 March 2022',
  },
];

/**
 * The market of a country if new CSP sales are possible there on `on` (pass the clock in).
 * Refuses like findMarket, and with `market.sales_suspended` from a suspension's first day.
 */
export function checkSalesOpen(country: string, on: Date): Result<Market, Refusal> {
  const market = findMarket(country);
  if (!market.ok) {
    return market;
  }
  const time = on.getTime();
  if (Number.isNaN(time)) {
    return err(refuse('market.invalid_date'));
  }
  const suspension = salesSuspensions.find(
    (s) => s.country === market.value.country && Date.parse(`${s.from}T00:00:00Z`) <= time,
  );
  if (suspension !== undefined) {
    return err(
      refuse('market.sales_suspended', { country: suspension.country, since: suspension.from }),
    );
  }
  return ok(market.value);
}
