// The world map's data, without React: which shipped country shape belongs to which CSP market.
// The shapes are world-atlas's countries-50m (Natural Earth), keyed by ISO 3166-1 numeric codes;
// the markets by alpha-2 codes (or the program's own XS, XE, XK).
import countries from 'i18n-iso-countries';

/** The part of a market the map needs. */
export type MapMarket = {
  readonly country: string;
  readonly countryName: string;
  readonly region: string;
  readonly currency: string;
};

/** A country shape as topojson-client's `feature` gives it (a GeoJSON feature). */
export type CountryFeature = {
  readonly type: 'Feature';
  readonly id?: string | number;
  readonly properties: { readonly name?: string } | null;
  readonly geometry: unknown;
};

/** One shape to draw, with its market when the country is one. */
export type MarketShape<F extends CountryFeature, M extends MapMarket> = {
  /**
   * Unique per shape: the market's code, else the alpha-2 code, else the shape's name; a second
   * shape of one country (Australia's Ashmore and Cartier Islands) adds its position.
   */
  readonly key: string;
  readonly feature: F;
  readonly market: M | undefined;
};

/**
 * Antarctica is a CSP market (billed in Latin America and the Caribbean), but drawn it is a band
 * across the whole bottom of the map in that region's colour: it is listed instead.
 */
const ANTARCTICA = 'AQ';

/** A shape's ISO 3166-1 alpha-2 code, from its numeric id ("752" → "SE"); none for id-less shapes. */
export function alpha2OfShape(feature: CountryFeature): string | undefined {
  if (feature.id === undefined || feature.id === '') {
    return undefined;
  }
  return countries.numericToAlpha2(String(feature.id).padStart(3, '0'));
}

/**
 * Joins the shapes to the markets. A shape whose numeric id names a market's country is that
 * market; Natural Earth leaves a few shapes without an ISO id (Kosovo, N. Cyprus, Somaliland),
 * and those join a market of the same English name (Kosovo is the program's XK). Antarctica is
 * left out. `notOnMap`: the markets no shape stands for (Saba, Sint Eustatius, the French
 * overseas departments drawn as part of France, Antarctica…), in the markets' order.
 */
export function joinShapes<F extends CountryFeature, M extends MapMarket>(
  features: readonly F[],
  markets: readonly M[],
): { shapes: MarketShape<F, M>[]; notOnMap: M[] } {
  const byCountry = new Map(markets.map((market) => [market.country, market]));
  const byName = new Map(markets.map((market) => [market.countryName, market]));
  const drawn = new Set<string>();
  const keys = new Set<string>();
  const shapes: MarketShape<F, M>[] = [];
  features.forEach((feature, index) => {
    const alpha2 = alpha2OfShape(feature);
    const name = feature.properties?.name;
    const market =
      alpha2 !== undefined
        ? byCountry.get(alpha2)
        : name !== undefined
          ? byName.get(name)
          : undefined;
    if (alpha2 === ANTARCTICA) {
      return;
    }
    if (market) {
      drawn.add(market.country);
    }
    const code = market?.country ?? alpha2 ?? name ?? String(feature.id ?? 'shape');
    const key = keys.has(code) ? `${code}-${index}` : code;
    keys.add(key);
    shapes.push({ key, feature, market });
  });
  return { shapes, notOnMap: markets.filter((market) => !drawn.has(market.country)) };
}
