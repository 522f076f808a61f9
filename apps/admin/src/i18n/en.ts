import englishMessages from 'ra-language-english';
import { toErrorMessages } from './domain-messages';

/** English: react-admin's own texts (`ra.*`) plus the console's. sv.ts has exactly these keys. */
export const en = {
  ...englishMessages,
  hub: {
    app_title: 'Partner Enrollment Hub',
    language: 'Language',
    login: {
      title: 'Partner Enrollment Hub',
      subtitle: 'Console of the Cloud Solution Provider program',
      sign_in: 'Sign in with your work account',
      signing_in: 'Taking you to your organization’s sign-in page…',
      help: 'You sign in at your organization’s identity provider; this console never sees your password.',
      unavailable: 'Sign-in is not available right now. Please try again in a moment.',
    },
    dashboard: {
      title: 'Dashboard',
      welcome: 'Welcome, %{name}',
      signed_in_as: 'Signed in as %{username}',
      tenant: 'Tenant',
      roles: 'Roles',
      no_roles: 'No program roles',
      global_admin: 'Global administrator of your tenant',
      program_data: 'Program data',
      markets_intro:
        'The countries where the CSP program runs, with their region and billing currency.',
      regions_intro: 'The program’s regions and the billing currencies used in each.',
      open_markets: 'Open markets',
      open_regions: 'Open regions',
    },
  },
  resources: {
    markets: {
      name: 'Market |||| Markets',
      fields: {
        id: 'Code',
        country: 'Code',
        countryName: 'Country',
        region: 'Region',
        currency: 'Billing currency',
        currencyInferred: 'Currency inferred',
        q: 'Search',
      },
      inferred: 'inferred',
      inferred_hint: 'The billing currency is inferred from the region, not stated by the program.',
      empty: {
        title: 'No markets yet',
        body: 'The CSP markets appear here once the program data has been loaded.',
      },
    },
    regions: {
      name: 'Region |||| Regions',
      fields: {
        id: 'Region',
        name: 'Region',
        countryCount: 'Countries',
        currencies: 'Billing currencies',
      },
      show_markets: 'Show the markets of %{name}',
      empty: {
        title: 'No regions yet',
        body: 'The program’s regions appear here once the program data has been loaded.',
      },
    },
  },
  errors: toErrorMessages('en'),
};
