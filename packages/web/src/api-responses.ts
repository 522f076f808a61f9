/** One CSP market as `GET /api/markets` returns it. */
export type MarketResponse = {
  id: string;
  country: string;
  countryName: string;
  region: string;
  currency: string;
  currencyInferred: boolean;
};

/** One program region as `GET /api/regions` returns it. */
export type RegionResponse = {
  id: string;
  name: string;
  countryCount: number;
  currencies: string[];
};
