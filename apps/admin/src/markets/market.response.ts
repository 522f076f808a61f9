/** One CSP market as `GET /api/markets` returns it. */
export type MarketResponse = {
  id: string;
  country: string;
  countryName: string;
  region: string;
  currency: string;
  currencyInferred: boolean;
};
