// The names other packages code against, imported the way they import them: from the one entry.
import { describe, expect, it } from '@jest/globals';
import * as domain from './index.js';

describe('the public entry (src/index.ts)', () => {
  it.each([
    // country, markets
    'parseCountry',
    'isCountryCode',
    'countryCodes',
    'programCountryCodes',
    'markets',
    'regions',
    'regionNames',
    'findMarket',
    'findPartnerMarket',
    'marketsInRegion',
    'regionOf',
    'isSameRegion',
    'parseRegionName',
    'checkCanSellTo',
    'checkSalesOpen',
    'salesSuspensions',
    'regionLabel',
    'regionLabels',
    // identity
    'GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID',
    'appRoles',
    'toActor',
    'toSystemActor',
    'parseTenantId',
    'parseUserId',
    'PERSONAL_ACCOUNTS_TENANT_ID',
    // partner value objects
    'parsePartnerId',
    'parseEmailAddress',
    'parseWorkEmail',
    'isConsumerEmailDomain',
    'isGenericMailbox',
    'duplicateSignals',
    'findDuplicates',
    'findDuplicateSignals',
    'toDuplicateEmailDomain',
    'toDuplicateKeys',
    'parsePhone',
    'toLocationPhone',
    'parsePostalCode',
    'postalCodeRules',
    'parseBusinessAddress',
    'stateCodes',
    'parseRegistrationId',
    'isRegistrationIdRequired',
    'acceptedRegistrationIdTypes',
    'registrationIdRules',
    'parseIban',
    'parseBic',
    'parseBankDetails',
    'usesIban',
    // locations, restrictions, messages
    'checkNewLocation',
    'parseLocationApplication',
    'checkLocationApplication',
    'checkLocationCountry',
    'checkTenantPartnerIdLink',
    'decideNewLocation',
    'isLiveLocation',
    'isVerifiedLocation',
    'partnerLinks',
    'partnerRegions',
    'decidePurchase',
    'messages',
    'formatMessage',
    'locales',
    'isLocale',
    'resolveLocale',
    'ok',
    'err',
    'refuse',
    // provider listings
    'parseProviderListing',
    'parseWebsite',
    'parseLanguageTag',
    'providerServices',
    'productAreas',
    'listingLanguages',
    'decideListing',
    'availableListingCommands',
    'mayOpenListingDraft',
    'listingTransitions',
    'listingStates',
    // program settings
    'parseProgramSetting',
    'PROGRAM_SETTING_LIMITS',
    'programSettingNames',
    // attachments
    'checkAttachment',
    'mayAttach',
    'attachmentMediaTypes',
    'MAX_ATTACHMENT_BYTES',
  ])('exports %s', (name) => {
    expect(domain).toHaveProperty(name);
  });

  it('gives the documented answers through the entry', () => {
    expect(domain.findMarket('SE')).toMatchObject({
      ok: true,
      value: { region: 'Europe', currency: 'SEK' },
    });
    expect(domain.GLOBAL_ADMINISTRATOR_ROLE_TEMPLATE_ID).toBe(
      '62e90394-69f5-4237-9190-012177145e10',
    );
  });
});
