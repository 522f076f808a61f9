// The CSP transaction tenant and customer rules (issue 10 item 5), with expectations written out
// from the seed's "Important" note and DOMAIN.md §1: one transaction tenant per partner per
// region, a tenant is one partner's, no CSP-to-CSP resale, customers only in the partner's regions.
import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  decideCspTenantDesignation,
  decideCustomerRegistration,
  type CspTenantDesignation,
} from './csp-tenants.js';

const contoso = 'partner-contoso';
const fabrikam = 'partner-fabrikam';
const contosoTenant = '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01';
const contosoCorporate = '0b6e1d3a-5f7c-4e2a-9d8b-1c2e3f4a5b6c';
const fabrikamTenant = '9b2d4e71-5a6c-4f80-b3d2-1c7e8f9a0b02';
const customerTenant = 'c4e8a1f3-2d5b-4c6e-8f7a-9b0c1d2e3f03';

const designations: readonly CspTenantDesignation[] = [
  { partnerId: contoso, region: 'Europe', tenantId: contosoTenant },
  { partnerId: fabrikam, region: 'United States', tenantId: fabrikamTenant },
];

describe('marking a CSP transaction tenant', () => {
  const designate = (change: Partial<Parameters<typeof decideCspTenantDesignation>[0]>) =>
    decideCspTenantDesignation({
      partnerId: contoso,
      partnerRegions: ['Europe', 'United States'],
      region: 'United States',
      tenantId: contosoCorporate,
      designations,
      ...change,
    });

  it('one per region the partner sells in; the same tenant may serve another of its regions', () => {
    expect(designate({})).toEqual({
      ok: true,
      value: { partnerId: contoso, region: 'United States', tenantId: contosoCorporate },
    });
    expect(designate({ tenantId: contosoTenant })).toMatchObject({ ok: true });
    // Region names are read as the program writes them, whatever the case.
    expect(designate({ region: ' united states ' })).toMatchObject({
      ok: true,
      value: { region: 'United States' },
    });
  });

  it.each([
    [{ region: 'Europe' }, 'restrictions.csp_tenant_region_taken'],
    [{ region: 'Japan' }, 'restrictions.region_not_partners'],
    [{ region: 'Atlantis' }, 'market.unknown_region'],
    [{ tenantId: fabrikamTenant }, 'restrictions.csp_tenant_other_partner'],
    [{ tenantId: 'not-a-guid' }, 'restrictions.invalid_tenant_id'],
    [{ tenantId: 42 }, 'restrictions.invalid_tenant_id'],
  ])('refuses %j with %s', (change, code) => {
    const result = designate(change);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });
});

describe('registering a customer tenant', () => {
  const register = (change: Partial<Parameters<typeof decideCustomerRegistration>[0]>) =>
    decideCustomerRegistration({
      partnerId: contoso,
      partnerRegions: ['Europe'],
      customerTenantId: customerTenant,
      customerCountry: 'SE',
      designations,
      ...change,
    });

  it('takes a customer in a market of the partner’s regions, its market from the tenant’s country', () => {
    expect(register({})).toMatchObject({
      ok: true,
      value: {
        tenantId: customerTenant,
        market: { country: 'SE', region: 'Europe', currency: 'SEK' },
      },
    });
  });

  it('accepts a CSP partner’s other, non-CSP tenant: only transaction tenants are refused', () => {
    expect(register({ customerTenantId: contosoCorporate }).ok).toBe(true);
  });

  it.each([
    [{ customerTenantId: fabrikamTenant }, 'restrictions.buyer_is_csp_transaction_tenant'],
    [{ customerTenantId: contosoTenant }, 'restrictions.customer_is_own_csp_tenant'],
    [{ customerCountry: 'US' }, 'restrictions.customer_outside_partner_regions'],
    [{ customerCountry: 'IR' }, 'market.country_not_in_market'],
    [{ customerCountry: 'Sweden' }, 'country.invalid'],
    [{ customerCountry: undefined }, 'country.invalid'],
    [{ customerTenantId: '' }, 'restrictions.invalid_tenant_id'],
    // The personal Microsoft accounts tenant is nobody's organization.
    [
      { customerTenantId: '9188040d-6c67-4c5b-b112-36a304b66dad' },
      'restrictions.invalid_tenant_id',
    ],
  ])('refuses %j with %s', (change, code) => {
    const result = register(change);
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.error.code).toBe(code);
  });

  it('names the country and region of a customer outside the partner’s regions', () => {
    expect(register({ customerCountry: 'US' })).toEqual({
      ok: false,
      error: {
        code: 'restrictions.customer_outside_partner_regions',
        details: { country: 'US', region: 'United States' },
      },
    });
  });

  it('never registers another partner’s transaction tenant, in any country (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom('SE', 'DE', 'US', 'JP', 'FR'), (country) => {
        const result = register({ customerTenantId: fabrikamTenant, customerCountry: country });
        expect(result.ok).toBe(false);
      }),
    );
  });
});
