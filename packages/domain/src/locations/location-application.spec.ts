import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileString, hostileValue } from '../../test-support/hostile-input.js';
import {
  checkLocationApplication,
  checkLocationCountry,
  checkTenantPartnerIdLink,
  decideNewLocation,
  isLiveLocation,
  isVerifiedLocation,
  parseLocationApplication,
  partnerLinks,
  partnerRegions,
  type ExistingLocation,
  type PartnerAccount,
} from './location-application.js';
import type { CountryCode } from '../country/country.js';

const TENANT = '6f1c2a9e-2b7d-4c1e-9a55-1f2e3d4c5b6a';
const OTHER_TENANT = '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const ACCOUNT_TENANT = 'f0e1d2c3-b4a5-4968-8776-655443322110';

const swedish = {
  legalName: 'Fabrikam Sverige AB',
  country: 'SE',
  partnerId: '7654321',
  tenantId: TENANT,
  taxId: 'SE556677889901',
  address: { addressLine1: 'Drottninggatan 1', city: 'Stockholm', postalCode: '111 51' },
  bankDetails: { iban: 'SE4550000000058398257466', accountHolderName: 'Fabrikam Sverige AB' },
  partnerIdActive: true,
  partnerIdInPartnerCenter: true,
};

const account: PartnerAccount = { country: 'US', tenantId: ACCOUNT_TENANT, partnerId: '1234567' };

const location = (over: Partial<ExistingLocation> = {}): ExistingLocation => ({
  country: 'FR',
  tenantId: OTHER_TENANT,
  partnerId: '2345678',
  state: 'submitted',
  ...over,
});

describe('parseLocationApplication', () => {
  it('parses a Swedish location: SEK from the market, address in Sweden', () => {
    const r = parseLocationApplication(swedish);
    expect(r.ok).toBe(true);
    if (!r.ok) {
      return;
    }
    expect(r.value).toMatchObject({
      legalName: 'Fabrikam Sverige AB',
      country: 'SE',
      currency: 'SEK',
      partnerId: '7654321',
      tenantId: TENANT,
      taxId: 'SE556677889901',
      address: { country: 'SE', city: 'Stockholm' },
      bankDetails: { kind: 'iban' },
    });
    expect(r.value.market.region).toBe('Europe');
    expect(r.value.registrationId).toBeUndefined();
    expect(parseLocationApplication({ ...swedish, currency: ' sek ' }).ok).toBe(true);
    expect(parseLocationApplication({ ...swedish, currency: '' }).ok).toBe(true);
  });

  it('refuses a currency that is not the market’s billing currency', () => {
    expect(parseLocationApplication({ ...swedish, currency: 'EUR' })).toEqual({
      ok: false,
      error: {
        code: 'locations.currency_mismatch',
        details: { country: 'SE', currency: 'EUR', expected: 'SEK' },
      },
    });
    // Poland is billed in EUR, not PLN.
    const polish = {
      ...swedish,
      country: 'PL',
      currency: 'PLN',
      registrationId: { value: '123-456-32-18' },
      address: { addressLine1: 'ul. Prosta 1', city: 'Warszawa', postalCode: '00-001' },
    };
    const r = parseLocationApplication(polish);
    expect(r.ok ? undefined : r.error.code).toBe('locations.currency_mismatch');
    expect(parseLocationApplication({ ...polish, currency: 'EUR' }).ok).toBe(true);
  });

  it('refuses a country that is not a CSP market, and an invalid country', () => {
    expect(parseLocationApplication({ ...swedish, country: 'IR' })).toEqual({
      ok: false,
      error: { code: 'locations.country_not_in_market', details: { country: 'IR' } },
    });
    const invalid = parseLocationApplication({ ...swedish, country: 'nope' });
    expect(invalid.ok ? undefined : invalid.error).toEqual({
      code: 'country.invalid',
      details: { field: 'country' },
    });
  });

  it('refuses each missing or bad field with its code, in form order', () => {
    const codeOf = (input: unknown): string | undefined => {
      const r = parseLocationApplication(input);
      return r.ok ? undefined : r.error.code;
    };
    expect(codeOf({ ...swedish, legalName: '  ' })).toBe('locations.legal_name_required');
    expect(codeOf({ ...swedish, partnerId: 'abc' })).toBe('partner.partner_id_not_numeric');
    expect(codeOf({ ...swedish, tenantId: 'x' })).toBe('locations.invalid_tenant_id');
    expect(codeOf({ ...swedish, taxId: undefined })).toBe('locations.tax_id_required');
    expect(codeOf({ ...swedish, address: 'Stockholm' })).toBe('partner.address_field_required');
    expect(codeOf({ ...swedish, bankDetails: { iban: 'SE00' } })).toBe(
      'partner.bank_account_holder_required',
    );
    expect(
      codeOf({ ...swedish, country: 'PL', address: { ...swedish.address, postalCode: '00-001' } }),
    ).toBe('partner.registration_id_required');
    expect(codeOf(null)).toBe('locations.legal_name_required');
  });

  it('the address is always in the location’s country', () => {
    const r = parseLocationApplication({
      ...swedish,
      address: { ...swedish.address, country: 'US' },
    });
    expect(r.ok && r.value.address.country).toBe('SE');
  });

  it('fuzz: never throws on hostile input', () => {
    fc.assert(
      fc.property(
        fc.record({
          legalName: hostileValue,
          country: fc.oneof(fc.constantFrom('SE', 'PL', 'IR'), hostileString),
          currency: hostileValue,
          partnerId: hostileValue,
          tenantId: hostileValue,
          registrationId: hostileValue,
          taxId: hostileValue,
          address: hostileValue,
          bankDetails: hostileValue,
        }),
        (input) => {
          const r = parseLocationApplication({ ...swedish, ...input });
          if (r.ok) {
            expect(r.value.currency).toBe(r.value.market.currency);
          }
          const checklist = checkLocationApplication({
            account,
            locations: [],
            application: input,
          });
          expect(checklist.ready).toBe(checklist.items.every((i) => i.status === 'met'));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('checkLocationCountry', () => {
  const se = 'SE' as CountryCode;
  it('refuses the account’s own country and a country with a live location', () => {
    expect(checkLocationCountry(account, [], 'US' as CountryCode)).toEqual({
      ok: false,
      error: { code: 'locations.country_already_covered', details: { country: 'US' } },
    });
    expect(checkLocationCountry(account, [location({ country: 'se' })], se).ok).toBe(false);
    expect(
      checkLocationCountry(account, [location({ country: 'SE', state: 'verified' })], se).ok,
    ).toBe(false);
  });

  it('a rejected or withdrawn location no longer covers its country', () => {
    expect(
      checkLocationCountry(
        account,
        [
          location({ country: 'SE', state: 'rejected' }),
          location({ country: 'SE', state: 'withdrawn' }),
        ],
        se,
      ),
    ).toEqual({ ok: true, value: 'SE' });
  });
});

describe('checkTenantPartnerIdLink (one CSP tenant ↔ one location PartnerID)', () => {
  const links = [
    { tenantId: ACCOUNT_TENANT, partnerId: '1234567' },
    { tenantId: OTHER_TENANT, partnerId: '2345678' },
  ];
  it('links a new tenant to a new PartnerID', () => {
    expect(checkTenantPartnerIdLink(links, { tenantId: TENANT, partnerId: '7654321' })).toEqual({
      ok: true,
      value: { tenantId: TENANT, partnerId: '7654321' },
    });
  });
  it('refuses a tenant already linked (any case), even to the same PartnerID', () => {
    expect(
      checkTenantPartnerIdLink(links, {
        tenantId: OTHER_TENANT.toUpperCase(),
        partnerId: '7654321',
      }),
    ).toEqual({
      ok: false,
      error: { code: 'locations.tenant_already_linked', details: { partnerId: '2345678' } },
    });
    expect(
      checkTenantPartnerIdLink(links, { tenantId: ACCOUNT_TENANT, partnerId: '1234567' }).ok,
    ).toBe(false);
  });
  it('refuses a PartnerID linked to another tenant, the account’s own included', () => {
    expect(checkTenantPartnerIdLink(links, { tenantId: TENANT, partnerId: '1234567' })).toEqual({
      ok: false,
      error: { code: 'locations.partner_id_already_linked', details: { partnerId: '1234567' } },
    });
  });
  it('property: after a successful link, neither side can be linked again', () => {
    const guid = fc.uuid();
    const pid = fc.integer({ min: 1, max: 99 }).map(String);
    fc.assert(
      fc.property(
        fc.array(fc.record({ tenantId: guid, partnerId: pid })),
        guid,
        pid,
        (xs, t, p) => {
          const links: { tenantId: string; partnerId: string }[] = [];
          for (const x of xs) {
            if (checkTenantPartnerIdLink(links, x).ok) {
              links.push(x);
            }
          }
          expect(new Set(links.map((l) => l.tenantId)).size).toBe(links.length);
          expect(new Set(links.map((l) => l.partnerId)).size).toBe(links.length);
          const r = checkTenantPartnerIdLink(links, { tenantId: t, partnerId: p });
          expect(r.ok).toBe(!links.some((l) => l.tenantId === t || l.partnerId === p));
        },
      ),
    );
  });
});

describe('partnerLinks and partnerRegions', () => {
  it('links: the account’s (when it has a PartnerID) and the live locations’', () => {
    expect(
      partnerLinks(account, [location(), location({ tenantId: TENANT, state: 'rejected' })]),
    ).toEqual([
      { tenantId: ACCOUNT_TENANT, partnerId: '1234567' },
      { tenantId: OTHER_TENANT, partnerId: '2345678' },
    ]);
    expect(partnerLinks({ ...account, partnerId: null }, [])).toEqual([]);
  });

  it('regions: the active account’s and the verified locations’, each once, sorted', () => {
    expect(
      partnerRegions({
        accountCountry: 'US',
        accountActive: true,
        locations: [
          { country: 'SE', state: 'verified' },
          { country: 'FR', state: 'active' },
          { country: 'JP', state: 'in_review' },
          { country: 'BR', state: 'agreement_accepted' },
          { country: 'IR', state: 'verified' },
        ],
      }),
    ).toEqual(['Brazil', 'Europe', 'United States']);
    expect(partnerRegions({ accountCountry: 'US', accountActive: false, locations: [] })).toEqual(
      [],
    );
  });

  it('which states are live and which verified', () => {
    expect(isLiveLocation('draft')).toBe(true);
    expect(isLiveLocation('withdrawn')).toBe(false);
    expect(isVerifiedLocation('verified')).toBe(true);
    expect(isVerifiedLocation('submitted')).toBe(false);
  });
});

describe('checkLocationApplication', () => {
  const facts = { account, locations: [], application: swedish };
  it('is ready for a complete Swedish location, in checklist order, with the market', () => {
    const r = checkLocationApplication(facts);
    expect(r.items.filter((i) => i.status !== 'met')).toEqual([]);
    expect(r.ready).toBe(true);
    expect(r.market).toMatchObject({ country: 'SE', currency: 'SEK', region: 'Europe' });
    expect(r.items.map((i) => i.requirement)).toEqual([
      'legal_entity',
      'country_in_market',
      'country_not_covered',
      'location_partner_id',
      'partner_id_same_country',
      'partner_id_active',
      'partner_id_in_partner_center',
      'registration_id',
      'csp_tenant',
      'tax_id',
      'address',
      'bank_details',
    ]);
  });

  it('an empty form: everything not met or unknown, no market', () => {
    const r = checkLocationApplication({ account, locations: [], application: {} });
    expect(r.ready).toBe(false);
    expect(r.market).toBeUndefined();
    expect(Object.fromEntries(r.items.map((i) => [i.requirement, i.status]))).toEqual({
      legal_entity: 'not_met',
      country_in_market: 'not_met',
      country_not_covered: 'not_met',
      location_partner_id: 'not_met',
      partner_id_same_country: 'not_met',
      partner_id_active: 'unknown',
      partner_id_in_partner_center: 'unknown',
      registration_id: 'not_met',
      csp_tenant: 'not_met',
      tax_id: 'not_met',
      address: 'not_met',
      bank_details: 'not_met',
    });
  });

  it('the account’s global PartnerID is not a location PartnerID; the link is refused too', () => {
    const r = checkLocationApplication({
      ...facts,
      application: { ...swedish, partnerId: 1234567 },
    });
    const byName = Object.fromEntries(r.items.map((i) => [i.requirement, i.reason.code]));
    expect(byName.location_partner_id).toBe('locations.global_partner_id_not_transactional');
    expect(byName.csp_tenant).toBe('locations.partner_id_already_linked');
  });

  it('checks market sales on the date given (Russia suspended since March 2022)', () => {
    const russian = {
      ...swedish,
      country: 'RU',
      registrationId: { value: '7707083893' },
      address: { addressLine1: 'Tverskaya 1', city: 'Moskva', postalCode: '125009' },
      bankDetails: { accountNumber: '40702810900000000001', accountHolderName: 'Fabrikam RU' },
    };
    const before = checkLocationApplication({
      ...facts,
      application: russian,
      on: new Date('2021-06-01T00:00:00Z'),
    });
    expect(before.items[1]?.status).toBe('met');
    const after = checkLocationApplication({
      ...facts,
      application: russian,
      on: new Date('2023-01-01T00:00:00Z'),
    });
    expect(after.items[1]?.reason.code).toBe('market.sales_suspended');
  });

  it('a covered country, a bad PartnerID, registration id typed in', () => {
    const r = checkLocationApplication({
      ...facts,
      locations: [location({ country: 'SE' })],
      application: {
        ...swedish,
        partnerId: 'x',
        registrationId: { type: 'COMPANY_ID', value: '5566778899' },
      },
    });
    const byName = Object.fromEntries(r.items.map((i) => [i.requirement, i]));
    expect(byName.country_not_covered?.reason.code).toBe('locations.country_already_covered');
    expect(byName.location_partner_id?.reason.code).toBe('partner.partner_id_not_numeric');
    expect(byName.csp_tenant?.status).toBe('met');
  });
});

describe('decideNewLocation', () => {
  const codeOf = (over: Partial<Parameters<typeof decideNewLocation>[0]>): string | undefined => {
    const r = decideNewLocation({ account, locations: [], application: swedish, ...over });
    return r.ok ? undefined : r.error.code;
  };
  it('accepts a complete application', () => {
    const r = decideNewLocation({ account, locations: [], application: swedish });
    expect(r.ok && r.value.currency).toBe('SEK');
  });
  it('refuses, in order: the country covered, the application, the link, the checklist', () => {
    expect(codeOf({ application: { ...swedish, country: 'CU' } })).toBe(
      'locations.country_not_in_market',
    );
    expect(codeOf({ locations: [location({ country: 'SE' })] })).toBe(
      'locations.country_already_covered',
    );
    // Covered comes first, even when the form is otherwise incomplete.
    expect(
      codeOf({ locations: [location({ country: 'SE' })], application: { country: 'se' } }),
    ).toBe('locations.country_already_covered');
    expect(codeOf({ application: { ...swedish, country: 'nope' } })).toBe('country.invalid');
    expect(codeOf({ locations: [location({ tenantId: TENANT })] })).toBe(
      'locations.tenant_already_linked',
    );
    expect(codeOf({ otherLinks: [{ tenantId: OTHER_TENANT, partnerId: '7654321' }] })).toBe(
      'locations.partner_id_already_linked',
    );
    const r = decideNewLocation({
      account,
      locations: [],
      application: { ...swedish, partnerIdActive: false, partnerIdInPartnerCenter: undefined },
    });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'locations.checklist_incomplete',
        details: { requirements: ['partner_id_active', 'partner_id_in_partner_center'] },
      },
    });
  });
});
