import type { Messages } from './en';

/** Svenska: the directory's texts, same keys as en.ts. */
export const sv: Messages = {
  meta: {
    title: 'Hitta en indirekt leverantör · Partner Enrollment Hub',
  },
  skip_to_content: 'Hoppa till innehållet',
  brand: 'Programmet Cloud Solution Provider',
  language: 'Språk',
  finder: {
    title: 'Hitta en indirekt leverantör',
    intro:
      'Indirekta leverantörer (distributörer) förser återförsäljare i programmet Cloud Solution Provider. Börja med var ditt företag finns: regionen, sedan landet, med valutan du faktureras i.',
    legend: 'Var finns ditt företag?',
    region: 'Region',
    country: 'Land',
    choose_region: 'Välj en region',
    choose_country: 'Välj ett land',
    region_first: 'Välj en region först',
    loading_regions: 'Läser in regioner…',
    loading_countries: 'Läser in länderna i {region}…',
    countries_in_region: {
      one: '{count} land i {region}.',
      other: '{count} länder i {region}.',
    },
    no_regions: 'Inga regioner finns ännu.',
    no_countries: 'Inga länder finns ännu för {region}.',
    error: 'Listan kunde inte läsas in. Kontrollera anslutningen och försök igen.',
    retry: 'Försök igen',
    market_region: 'Region',
    billing_currency: 'Faktureringsvaluta',
    currency_inferred: 'Härledd från regionen: programmet anger den inte för det här landet.',
    billed_in: 'Återförsäljare i {country} faktureras i {currency}.',
  },
  coming: {
    title: 'Sökning efter leverantörer kommer snart',
    body: 'Snart hittar du här de indirekta leverantörer som betjänar ditt land, med deras tjänster, produkter, språk och kontaktuppgifter. Listningarna kommer i en senare version.',
  },
  footer: 'Partner Enrollment Hub · ingången till programmet Cloud Solution Provider',
};
