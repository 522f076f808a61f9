import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileRecord, hostileString } from '../../test-support/hostile-input.js';
import { parseBusinessAddress } from './business-address.js';

const swedish = {
  country: 'SE',
  addressLine1: 'Kungsgatan 1',
  city: 'Stockholm',
  postalCode: '111 52',
};

describe('parseBusinessAddress', () => {
  it('accepts a complete address and trims it', () => {
    expect(
      parseBusinessAddress({
        ...swedish,
        addressLine1: '  Kungsgatan 1 ',
        addressLine2: 'Plan 4',
        addressLine3: '  ',
      }),
    ).toEqual({
      ok: true,
      value: {
        country: 'SE',
        addressLine1: 'Kungsgatan 1',
        addressLine2: 'Plan 4',
        city: 'Stockholm',
        postalCode: '111 52',
      },
    });
  });

  it('accepts a US address with a state code', () => {
    expect(
      parseBusinessAddress({
        country: 'US',
        addressLine1: 'One Microsoft Way',
        city: 'Redmond',
        state: 'wa',
        postalCode: '98052',
      }),
    ).toEqual({
      ok: true,
      value: {
        country: 'US',
        addressLine1: 'One Microsoft Way',
        city: 'Redmond',
        state: 'WA',
        postalCode: '98052',
      },
    });
  });

  it('requires a valid state where the country has a list', () => {
    const base = { country: 'AU', addressLine1: '1 George St', city: 'Sydney', postalCode: '2000' };
    expect(parseBusinessAddress(base)).toEqual({
      ok: false,
      error: { code: 'partner.address_field_required', details: { field: 'state' } },
    });
    expect(parseBusinessAddress({ ...base, state: 'XYZ' })).toEqual({
      ok: false,
      error: { code: 'partner.address_state_invalid', details: { country: 'AU' } },
    });
    expect(parseBusinessAddress({ ...base, state: 'nsw' })).toMatchObject({
      ok: true,
      value: { state: 'NSW' },
    });
  });

  it('requires a state as text in India, Mexico, China and Japan', () => {
    const base = {
      country: 'IN',
      addressLine1: '1 MG Road',
      city: 'Bengaluru',
      postalCode: '560001',
    };
    expect(parseBusinessAddress(base)).toMatchObject({
      ok: false,
      error: { details: { field: 'state' } },
    });
    expect(parseBusinessAddress({ ...base, state: 'Karnataka' })).toMatchObject({
      ok: true,
      value: { state: 'Karnataka', postalCode: '560 001' },
    });
  });

  it('keeps a third address line, and goes without a postal code in Ireland', () => {
    expect(
      parseBusinessAddress({
        country: 'IE',
        addressLine1: 'One Microsoft Place',
        addressLine2: 'South County Business Park',
        addressLine3: 'Leopardstown',
        city: 'Dublin 18',
      }),
    ).toEqual({
      ok: true,
      value: {
        country: 'IE',
        addressLine1: 'One Microsoft Place',
        addressLine2: 'South County Business Park',
        addressLine3: 'Leopardstown',
        city: 'Dublin 18',
      },
    });
  });

  it('keeps an optional state elsewhere', () => {
    expect(parseBusinessAddress({ ...swedish, state: 'Stockholms län' })).toMatchObject({
      ok: true,
      value: { state: 'Stockholms län' },
    });
  });

  it.each([
    [{ ...swedish, country: 'XX' }, 'country.invalid', { field: 'country' }],
    [{ ...swedish, country: 'UK' }, 'country.use_gb_for_uk', { field: 'country' }],
    [
      { ...swedish, addressLine1: ' ' },
      'partner.address_field_required',
      { field: 'addressLine1' },
    ],
    [{ ...swedish, addressLine1: 42 }, 'partner.address_field_required', { field: 'addressLine1' }],
    [{ ...swedish, addressLine2: 42 }, 'partner.address_field_required', { field: 'addressLine2' }],
    [
      { ...swedish, addressLine3: 'x'.repeat(101) },
      'partner.address_field_too_long',
      { field: 'addressLine3', max: 100 },
    ],
    [{ ...swedish, city: undefined }, 'partner.address_field_required', { field: 'city' }],
    [
      { ...swedish, city: 'Stock\u0000holm' },
      'partner.address_field_invalid_characters',
      { field: 'city' },
    ],
    [
      { ...swedish, postalCode: '' },
      'partner.postal_code_required',
      { country: 'SE', field: 'postalCode' },
    ],
    [
      { ...swedish, postalCode: '011 52' },
      'partner.postal_code_invalid',
      { country: 'SE', example: '111 52', field: 'postalCode' },
    ],
  ])('refuses %j with %s', (input, code, details) => {
    expect(parseBusinessAddress(input)).toEqual({ ok: false, error: { code, details } });
  });

  it('refuses what is not an object', () => {
    for (const input of [undefined, null, 'Kungsgatan 1', 42, []]) {
      expect(parseBusinessAddress(input)).toMatchObject({
        ok: false,
        error: { details: { field: 'country' } },
      });
    }
  });

  it('does not read fields from the prototype', () => {
    const input = JSON.parse(
      '{"__proto__": {"country": "SE", "addressLine1": "a", "city": "b", "postalCode": "11152"}}',
    ) as unknown;
    expect(parseBusinessAddress(input).ok).toBe(false);
    const inherited = Object.create(swedish) as unknown;
    expect(parseBusinessAddress(inherited).ok).toBe(false);
  });

  it('fuzz: never throws on arbitrary objects; accepted addresses hold their required fields', () => {
    const input = fc.oneof(
      hostileRecord({
        country: fc.constantFrom('SE', 'US', 'IE', 'AU', 'IN'),
        addressLine1: fc.constantFrom('Kungsgatan 1', 'One Microsoft Way'),
        addressLine2: fc.string(),
        addressLine3: fc.string(),
        city: fc.constantFrom('Stockholm', 'Redmond'),
        state: fc.constantFrom('WA', 'NSW', 'Karnataka'),
        postalCode: fc.constantFrom('111 52', '98052', '2000'),
      }),
      hostileString.map((city) => ({ ...swedish, city })),
    );
    fc.assert(
      fc.property(input, (input) => {
        const r = parseBusinessAddress(input);
        if (r.ok) {
          expect(r.value.addressLine1.trim()).not.toBe('');
          expect(r.value.city.trim()).not.toBe('');
          // eslint-disable-next-line no-control-regex
          expect(r.value.city).not.toMatch(/[\u0000-\u001f]/);
        }
      }),
    );
  });
});
