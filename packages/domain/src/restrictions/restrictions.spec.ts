import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileString } from '../../test-support/hostile-input.js';
import { decidePurchase } from './restrictions.js';

const providerTenant = '11111111-1111-4111-8111-111111111111';
const resellerCspTenant = '22222222-2222-4222-8222-222222222222';
const resellerCorporateTenant = '33333333-3333-4333-8333-333333333333';
const customerTenant = '44444444-4444-4444-8444-444444444444';
const cspTransactionTenantIds = [providerTenant, resellerCspTenant];

describe('decidePurchase (CSP-to-CSP restriction)', () => {
  it('allows an ordinary customer to buy from a CSP partner', () => {
    expect(
      decidePurchase({
        buyerTenantId: customerTenant,
        sellerTenantId: providerTenant,
        cspTransactionTenantIds,
      }),
    ).toEqual({
      ok: true,
      value: { reason: { code: 'restrictions.buyer_not_csp_transaction_tenant' } },
    });
  });

  it("refuses a CSP partner's CSP transaction tenant as buyer", () => {
    expect(
      decidePurchase({
        buyerTenantId: resellerCspTenant,
        sellerTenantId: providerTenant,
        cspTransactionTenantIds,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'restrictions.buyer_is_csp_transaction_tenant' },
    });
  });

  it("allows the same CSP partner's separate, non-CSP corporate tenant", () => {
    expect(
      decidePurchase({
        buyerTenantId: resellerCorporateTenant,
        sellerTenantId: providerTenant,
        cspTransactionTenantIds,
      }),
    ).toMatchObject({ ok: true });
  });

  it('refuses a partner buying from its own CSP tenant', () => {
    expect(
      decidePurchase({
        buyerTenantId: providerTenant,
        sellerTenantId: providerTenant,
        cspTransactionTenantIds,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'restrictions.buyer_is_csp_transaction_tenant' },
    });
  });

  it('refuses a seller whose tenant is not a CSP transaction tenant', () => {
    expect(
      decidePurchase({
        buyerTenantId: customerTenant,
        sellerTenantId: resellerCorporateTenant,
        cspTransactionTenantIds,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'restrictions.seller_not_csp_tenant' },
    });
  });

  it('compares tenant ids in any letter case and ignores invalid ids in the list', () => {
    expect(
      decidePurchase({
        buyerTenantId: resellerCspTenant.toUpperCase(),
        sellerTenantId: providerTenant,
        cspTransactionTenantIds: new Set([
          providerTenant.toUpperCase(),
          resellerCspTenant,
          'garbage',
        ]),
      }),
    ).toMatchObject({ ok: false, error: { code: 'restrictions.buyer_is_csp_transaction_tenant' } });
  });

  it('refuses invalid tenant ids, naming the field', () => {
    expect(
      decidePurchase({
        buyerTenantId: 'x',
        sellerTenantId: providerTenant,
        cspTransactionTenantIds,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'identity.invalid_tenant_id', details: { field: 'buyerTenantId' } },
    });
    expect(
      decidePurchase({
        buyerTenantId: customerTenant,
        sellerTenantId: '',
        cspTransactionTenantIds,
      }),
    ).toEqual({
      ok: false,
      error: { code: 'identity.invalid_tenant_id', details: { field: 'sellerTenantId' } },
    });
  });

  it('checks the regional rule when both countries are given', () => {
    const base = {
      buyerTenantId: customerTenant,
      sellerTenantId: providerTenant,
      cspTransactionTenantIds,
    };
    expect(decidePurchase({ ...base, buyerCountry: 'SE', sellerCountry: 'DE' })).toMatchObject({
      ok: true,
    });
    expect(decidePurchase({ ...base, buyerCountry: 'US', sellerCountry: 'GB' })).toEqual({
      ok: false,
      error: {
        code: 'market.customer_outside_region',
        details: { country: 'US', region: 'Europe' },
      },
    });
    expect(decidePurchase({ ...base, buyerCountry: 'US' })).toMatchObject({ ok: true });
  });

  it('allows exactly a buyer outside the CSP tenants buying from a seller inside them (generated tenants)', () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.uuid(), { minLength: 3, maxLength: 6 }),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (ids, buyerIsCsp, sellerIsCsp, upper) => {
          const [buyer, seller, ...others] = ids as [string, string, ...string[]];
          const csp = [...others, ...(buyerIsCsp ? [buyer] : []), ...(sellerIsCsp ? [seller] : [])];
          const r = decidePurchase({
            buyerTenantId: upper ? buyer.toUpperCase() : buyer,
            sellerTenantId: seller,
            cspTransactionTenantIds: csp,
          });
          const expected = !sellerIsCsp
            ? 'restrictions.seller_not_csp_tenant'
            : buyerIsCsp
              ? 'restrictions.buyer_is_csp_transaction_tenant'
              : 'allowed';
          outcomes.set(expected, (outcomes.get(expected) ?? 0) + 1);
          expect(r.ok ? 'allowed' : r.error.code).toBe(expected);
        },
      ),
      { numRuns: 300 },
    );
    // Each of the three answers in a good share of the runs.
    for (const answer of [
      'allowed',
      'restrictions.seller_not_csp_tenant',
      'restrictions.buyer_is_csp_transaction_tenant',
    ]) {
      expect(outcomes.get(answer) ?? 0).toBeGreaterThan(30);
    }
  });

  it('fuzz (hostile input): never throws; never allows a CSP transaction tenant to buy', () => {
    const tenant = fc.oneof(
      fc.constantFrom(providerTenant, resellerCspTenant, customerTenant),
      fc.uuid(),
      hostileString,
    );
    fc.assert(
      fc.property(tenant, tenant, fc.array(tenant, { maxLength: 5 }), (buyer, seller, csp) => {
        const r = decidePurchase({
          buyerTenantId: buyer,
          sellerTenantId: seller,
          cspTransactionTenantIds: csp,
        });
        if (r.ok) {
          expect(csp.map((t) => t.trim().toLowerCase())).not.toContain(buyer.trim().toLowerCase());
          expect(csp.map((t) => t.trim().toLowerCase())).toContain(seller.trim().toLowerCase());
        }
      }),
    );
  });
});
