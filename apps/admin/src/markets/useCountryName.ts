import { isLocale } from '@hub/domain';
import { countryName, compareNames, type MarketResponse } from '@hub/web';
import { useCallback } from 'react';
import { useLocaleState } from 'react-admin';

/** The console's language, as one of ours. */
export function useLocale() {
  const [locale] = useLocaleState();
  return isLocale(locale) ? locale : 'en';
}

/** A market's country name in the current language (Sverige, Tyskland), else the program's. */
export function useCountryName(): (
  market: Pick<MarketResponse, 'country' | 'countryName'>,
) => string {
  const locale = useLocale();
  return useCallback((market) => countryName(market.country, market.countryName, locale), [locale]);
}

/** Compares names in the current language's collation (Intl.Collator). */
export function useCompareNames(): (a: string, b: string) => number {
  return compareNames(useLocale());
}
