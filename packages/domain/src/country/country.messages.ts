export const countryMessages = {
  en: {
    'country.invalid':
      'Enter a two-letter country code (ISO 3166-1 alpha-2), for example SE or US.',
    'country.use_gb_for_uk': 'Use GB, the ISO code of the United Kingdom, instead of UK.',
  },
  sv: {
    'country.invalid':
      'Ange en landskod med två bokstäver (ISO 3166-1 alpha-2), till exempel SE eller US.',
    'country.use_gb_for_uk': 'Använd GB, ISO-koden för Storbritannien, i stället för UK.',
  },
} as const;
