/**
 * English texts of the directory. sv.ts has exactly these keys (its type and i18n.spec.ts check).
 * `{name}` placeholders are filled by `format`; `{ one, other }` pairs are chosen by `plural`.
 */
export const en = {
  meta: {
    title: 'Find an indirect provider · Partner Enrollment Hub',
  },
  skip_to_content: 'Skip to content',
  brand: 'Cloud Solution Provider program',
  language: 'Language',
  finder: {
    title: 'Find an indirect provider',
    intro:
      'Indirect providers (distributors) supply resellers in the Cloud Solution Provider program. Start with where your business is: the region, then the country, with the currency you are billed in.',
    legend: 'Where is your business?',
    region: 'Region',
    country: 'Country',
    choose_region: 'Choose a region',
    choose_country: 'Choose a country',
    region_first: 'Choose a region first',
    loading_regions: 'Loading regions…',
    loading_countries: 'Loading the countries of {region}…',
    countries_in_region: {
      one: '{count} country in {region}.',
      other: '{count} countries in {region}.',
    },
    no_regions: 'No regions are available yet.',
    no_countries: 'No countries are listed for {region} yet.',
    error: 'The list could not be loaded. Check your connection and try again.',
    retry: 'Try again',
    market_region: 'Region',
    billing_currency: 'Billing currency',
    currency_inferred: 'Inferred from the region: the program does not state it for this country.',
    billed_in: 'Resellers in {country} are billed in {currency}.',
  },
  coming: {
    title: 'Provider search is coming',
    body: 'Soon you will find the indirect providers that serve your country here, with their services, products, languages and contacts. The listings arrive in a later release.',
  },
  footer: 'Partner Enrollment Hub · the front door of the Cloud Solution Provider program',
};

export type Messages = typeof en;
