// Names in the reader's language. The program data is English; other languages take country and
// currency names from the browser's own locale data (Intl.DisplayNames) by ISO code.
import { findMarket, type Locale } from '@hub/domain';
import { countryName as webCountryName, type MarketResponse } from '@hub/web';

const displayNames = new Map<string, Intl.DisplayNames>();

function displayName(
  locale: Locale,
  type: 'region' | 'currency' | 'language',
  code: string,
): string | undefined {
  const key = `${locale}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type, fallback: 'none' });
    displayNames.set(key, names);
  }
  try {
    return names.of(code);
  } catch {
    return undefined; // not a well-formed code
  }
}

export const countryName = (market: MarketResponse, locale: Locale): string =>
  locale === 'en'
    ? market.countryName
    : (displayName(locale, 'region', market.country) ?? market.countryName);

export const currencyName = (code: string, locale: Locale): string | undefined =>
  displayName(locale, 'currency', code);

/** A country's name by its code alone: the program's market name, in the reader's language. */
export function countryLabel(code: string, locale: Locale): string {
  const market = findMarket(code);
  return webCountryName(code, market.ok ? market.value.countryName : code, locale);
}

/** A language tag ("sv", "pt-BR") named in the reader's language. */
export function languageLabel(tag: string, locale: Locale): string {
  const key = `${locale}:language`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' });
    displayNames.set(key, names);
  }
  try {
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
