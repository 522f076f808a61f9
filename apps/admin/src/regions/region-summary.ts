/** The part of a market a region's summary reads. */
type SummaryMarket = { readonly currency: string };

/** One billing currency of a region and how many of its countries are billed in it. */
export type CurrencyShare = { readonly currency: string; readonly countries: number };

/**
 * A region's billing currencies, each with the number of its countries billed in it: the most
 * used first, ties by currency code (Europe: EUR 35, GBP 5, …, CHF 1, DKK 1).
 */
export function currencyShares(markets: readonly SummaryMarket[]): CurrencyShare[] {
  const counts = new Map<string, number>();
  for (const market of markets) {
    counts.set(market.currency, (counts.get(market.currency) ?? 0) + 1);
  }
  return [...counts]
    .map(([currency, countries]) => ({ currency, countries }))
    .sort((a, b) => b.countries - a.countries || a.currency.localeCompare(b.currency));
}
