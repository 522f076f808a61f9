import { describe, expect, it } from '@jest/globals';
import { toWritableBody } from './writable';

describe('toWritableBody', () => {
  it('drops read-only fields and the masked bank details of a partner', () => {
    const body = toWritableBody('partners', {
      id: 'p1',
      tenantId: 't1',
      version: 3,
      canEdit: true,
      createdAt: 'x',
      updatedAt: 'y',
      region: 'Europe',
      billingCurrency: 'SEK',
      country: 'SE',
      legalName: 'Contoso Ltd',
      bankDetails: {
        kind: 'iban',
        last4: '7466',
        country: 'SE',
        bic: null,
        accountHolderName: 'C',
      },
    });
    expect(body).toEqual({ legalName: 'Contoso Ltd' });
  });

  it('keeps bank details entered anew', () => {
    const bankDetails = { iban: 'SE4550000000058398257466', accountHolderName: 'Contoso Ltd' };
    expect(toWritableBody('partners', { bankDetails })).toEqual({ bankDetails });
  });

  it('sends only the eligibility answers of an enrollment draft', () => {
    const eligibility = { hasSigningAuthority: true };
    expect(
      toWritableBody('enrollments', { id: 'e1', state: 'draft', version: 2, eligibility }),
    ).toEqual({ eligibility });
  });

  it('sends an agreement version’s name, which is called version like a record’s lock counter', () => {
    const draft = {
      kind: 'indirect_reseller_terms',
      version: '2027-01',
      publishedOn: '2027-01-01',
      texts: { en: { title: 'T', body: 'B' }, sv: { title: 'T', body: 'B' } },
    };
    expect(toWritableBody('agreement-versions', { ...draft, requireReacceptance: false })).toEqual(
      draft,
    );
    // Elsewhere a version is never sent.
    expect(toWritableBody('revenue-records', { version: 2, month: '2026-01' })).toEqual({
      month: '2026-01',
    });
  });

  it('sends the customer tenant and country a partner registers', () => {
    const customer = {
      tenantId: 'c4e8a1f3-2d5b-4c6e-8f7a-9b0c1d2e3f03',
      name: 'Litware',
      country: 'SE',
    };
    expect(toWritableBody('customers', { ...customer, id: 'x' })).toEqual(customer);
  });
});
