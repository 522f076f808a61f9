/** One program region as `GET /api/regions` returns it. */
export type RegionResponse = {
  id: string;
  name: string;
  countryCount: number;
  currencies: string[];
};
