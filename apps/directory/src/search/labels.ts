import { regionLabel, type Locale } from '@hub/domain';
import type { Messages } from '../i18n/en';
import { countryLabel, languageLabel } from '../markets/names';
import type { FacetAttribute } from './routing';

/** A service code in words ("support_24_7" → "24/7 support"); an unknown code as it is. */
export const serviceLabel = (code: string, messages: Messages): string =>
  (messages.enums.service as Readonly<Record<string, string>>)[code] ?? code;

export const productAreaLabel = (code: string, messages: Messages): string =>
  (messages.enums.product_area as Readonly<Record<string, string>>)[code] ?? code;

/** A facet value as a reader says it, whatever the facet. */
export function facetValueLabel(
  attribute: FacetAttribute | 'authorized',
  value: string,
  { locale, messages }: { locale: Locale; messages: Messages },
): string {
  switch (attribute) {
    case 'regions':
      return regionLabel(value, locale);
    case 'countries':
      return countryLabel(value, locale);
    case 'services':
      return serviceLabel(value, messages);
    case 'productAreas':
      return productAreaLabel(value, messages);
    case 'languages':
      return languageLabel(value, locale);
    case 'authorized':
      return value === 'true' ? messages.enums.authorized.true : messages.enums.authorized.false;
  }
}

/** The facet's own name ("Country"). */
export function facetTitle(attribute: FacetAttribute | 'authorized', messages: Messages): string {
  const m = messages.search;
  switch (attribute) {
    case 'regions':
      return m.facet_regions;
    case 'countries':
      return m.facet_countries;
    case 'services':
      return m.facet_services;
    case 'productAreas':
      return m.facet_product_areas;
    case 'languages':
      return m.facet_languages;
    case 'authorized':
      return m.facet_authorized;
  }
}

/**
 * The countries a provider serves, short: those the reader looks for first, then by name, at
 * most `max` named and the rest counted.
 */
export function servedCountries({
  codes,
  wanted = [],
  locale,
  max = 3,
}: {
  codes: readonly string[];
  wanted?: readonly string[];
  locale: Locale;
  max?: number;
}): { names: string[]; more: number } {
  const collator = new Intl.Collator(locale);
  const named = codes.map((code) => ({ code, name: countryLabel(code, locale) }));
  named.sort(
    (a, b) =>
      Number(wanted.includes(b.code)) - Number(wanted.includes(a.code)) ||
      collator.compare(a.name, b.name),
  );
  const shown = named.length > max + 1 ? max : named.length;
  return { names: named.slice(0, shown).map((each) => each.name), more: named.length - shown };
}
