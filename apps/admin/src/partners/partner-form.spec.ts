import { describe, expect, it } from '@jest/globals';
import { toPartnerBody, validatePartnerForm, type PartnerFormValues } from './partner-form';

const valid: PartnerFormValues = {
  legalName: 'Contoso Ltd',
  partnerId: '1234567',
  address: { country: 'SE', addressLine1: 'Storgatan 1', city: 'Stockholm', postalCode: '11122' },
  newBankDetails: {
    iban: 'SE45 5000 0000 0583 9825 7466',
    bic: 'ESSESESS',
    accountHolderName: 'Contoso Ltd',
  },
  adminEmail: 'ada@contoso.com',
  phone: '+46 8 123 456 78',
  preferredLanguage: 'sv',
};

describe('validatePartnerForm', () => {
  it('accepts a complete Swedish profile', () => {
    expect(validatePartnerForm(valid)).toEqual({});
  });

  it("names each field's problem with the domain's code", () => {
    const errors = validatePartnerForm({
      ...valid,
      partnerId: '0123',
      address: { ...valid.address, postalCode: 'ABC' },
      newBankDetails: { ...valid.newBankDetails, iban: 'SE45 5000 0000 0583 9825 7467' },
      adminEmail: 'ada@gmail.com',
    });
    expect(errors).toMatchObject({
      partnerId: { message: 'errors.partner.partner_id_leading_zero' },
      address: { postalCode: { message: 'errors.partner.postal_code_invalid' } },
      newBankDetails: { iban: { message: 'errors.partner.iban_wrong_checksum' } },
      adminEmail: {
        message: 'errors.partner.email_consumer_domain',
        args: { domain: 'gmail.com' },
      },
    });
  });

  it('asks a US bank for an account and routing number, not an IBAN', () => {
    const errors = validatePartnerForm({
      ...valid,
      address: {
        country: 'US',
        addressLine1: '1 Main St',
        city: 'Redmond',
        state: 'WA',
        postalCode: '98052',
      },
      newBankDetails: { accountNumber: '12345678', accountHolderName: 'Contoso Inc' },
      phone: '+1 425 555 0100',
    });
    expect(errors).toMatchObject({
      newBankDetails: { routingNumber: { message: 'errors.partner.bank_routing_number_required' } },
    });
  });

  it('keeps the stored bank details on edit unless they are changed', () => {
    const stored = {
      ...valid,
      newBankDetails: { iban: 'nonsense' },
      bankDetails: {
        kind: 'iban' as const,
        country: 'SE',
        last4: '7466',
        bic: null,
        accountHolderName: 'Contoso Ltd',
      },
    };
    expect(validatePartnerForm(stored)).toEqual({});
    expect(toPartnerBody(stored)).not.toHaveProperty('bankDetails');
  });
});

describe('toPartnerBody', () => {
  it('sends only writable fields, the bank details as typed', () => {
    expect(toPartnerBody(valid)).toEqual({
      legalName: 'Contoso Ltd',
      partnerId: '1234567',
      address: {
        country: 'SE',
        addressLine1: 'Storgatan 1',
        addressLine2: '',
        city: 'Stockholm',
        state: '',
        postalCode: '11122',
      },
      bankDetails: {
        iban: 'SE45 5000 0000 0583 9825 7466',
        bic: 'ESSESESS',
        accountHolderName: 'Contoso Ltd',
      },
      adminEmail: 'ada@contoso.com',
      website: null,
      phone: '+46 8 123 456 78',
      preferredLanguage: 'sv',
    });
  });
});

describe('bank details on create', () => {
  it('are required: the API needs them to create a profile', () => {
    const errors = validatePartnerForm({ ...valid, newBankDetails: {} });
    expect(errors).toMatchObject({
      newBankDetails: {
        accountHolderName: { message: 'errors.partner.bank_account_holder_required' },
      },
    });
  });
});
