import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  LISTING_LIMITS,
  listingLanguages,
  parseLanguageTag,
  parseLogoId,
  parseProviderListing,
  parseWebsite,
  productAreas,
  providerServices,
} from './provider-listing.js';

/** Northwind Distribution in Stockholm, serving the Nordics (Europe). */
const valid = () => ({
  name: 'Northwind Distribution',
  shortDescription: { en: 'Cloud distributor for the Nordics.', sv: 'Molndistributör för Norden.' },
  longDescription: { en: 'We train resellers.', sv: null },
  website: 'https://www.northwind.example/partners',
  contactEmail: 'partners@northwind.example',
  contactPhone: '+46 8 123 456 78',
  headquartersCountry: 'se',
  regions: ['Europe'],
  countries: ['SE', 'NO', 'DK'],
  services: ['technical_training', 'marketing_help', 'financing_credit_terms'],
  productAreas: ['azure', 'microsoft_365'],
  languages: ['sv', 'en-gb'],
  offices: [
    {
      name: 'Head office',
      addressLine1: 'Storgatan 1',
      city: 'Stockholm',
      postalCode: '111 22',
      country: 'SE',
      latitude: 59.33,
      longitude: 18.07,
    },
  ],
  minimumRequirements: { en: 'An active PartnerID.', sv: 'Ett aktivt PartnerID.' },
});

const refusal = (overrides: Record<string, unknown>) => {
  const result = parseProviderListing({ ...valid(), ...overrides });
  if (result.ok) {
    throw new Error('expected a refusal');
  }
  return result.error;
};

describe('parseProviderListing', () => {
  it('accepts a complete listing and normalizes it', () => {
    const result = parseProviderListing(valid());
    expect(result).toEqual({
      ok: true,
      value: {
        ...valid(),
        website: 'https://www.northwind.example/partners',
        contactPhone: '+46812345678',
        headquartersCountry: 'SE',
        languages: ['sv', 'en-GB'],
        longDescription: { en: 'We train resellers.', sv: null },
        logo: null,
      },
    });
  });

  it('accepts the optional parts left out', () => {
    const { longDescription, offices, minimumRequirements, ...rest } = valid();
    void longDescription;
    void offices;
    void minimumRequirements;
    const result = parseProviderListing(rest);
    expect(result.ok && result.value.offices).toEqual([]);
    expect(result.ok && result.value.longDescription).toEqual({ en: null, sv: null });
    expect(result.ok && result.value.minimumRequirements).toEqual({ en: null, sv: null });
    expect(parseProviderListing({ ...rest, offices: null }).ok).toBe(true);
  });

  it.each([null, 'listing', [], 42])('refuses %p as a listing', (input) => {
    expect(parseProviderListing(input)).toEqual({
      ok: false,
      error: { code: 'provider.listing_invalid' },
    });
  });

  it.each([
    [{ name: undefined }, 'provider.field_required', 'name'],
    [{ name: '   ' }, 'provider.field_required', 'name'],
    [{ name: 'N' }, 'provider.field_too_short', 'name'],
    [{ name: 'N'.repeat(LISTING_LIMITS.name.max + 1) }, 'provider.field_too_long', 'name'],
    [{ name: 'North\u0000wind' }, 'provider.field_invalid_characters', 'name'],
    [{ shortDescription: { sv: 'x' } }, 'provider.field_required', 'shortDescription.en'],
    [{ shortDescription: { en: 'x' } }, 'provider.field_required', 'shortDescription.sv'],
    [
      { shortDescription: { en: 'x', sv: 'y'.repeat(201) } },
      'provider.field_too_long',
      'shortDescription.sv',
    ],
    [
      { longDescription: { en: 'x'.repeat(4001) } },
      'provider.field_too_long',
      'longDescription.en',
    ],
    [
      { longDescription: { en: '', sv: 'x'.repeat(4001) } },
      'provider.field_too_long',
      'longDescription.sv',
    ],
    [{ website: 'northwind.example' }, 'provider.website_invalid', 'website'],
    [{ contactEmail: 'not an address' }, 'partner.email_invalid', 'contactEmail'],
    [{ contactPhone: '08-123 456 78' }, 'partner.phone_needs_country_code', 'contactPhone'],
    [{ regions: [] }, 'provider.list_required', 'regions'],
    [{ regions: 'Europe' }, 'provider.list_required', 'regions'],
    [{ regions: ['Europe', 'europe'] }, 'provider.duplicate_value', 'regions'],
    [{ regions: ['Atlantis'] }, 'provider.unknown_value', 'regions'],
    [{ regions: Array(17).fill('Europe') }, 'provider.list_too_long', 'regions'],
    [{ countries: ['SE', 'CU'] }, 'provider.unknown_value', 'countries'],
    [{ countries: ['SE', 42] }, 'provider.unknown_value', 'countries'],
    [{ countries: ['SE', 'US'] }, 'provider.country_outside_regions', 'countries'],
    [{ regions: ['Europe', 'Japan'] }, 'provider.region_without_country', 'regions'],
    [{ headquartersCountry: 'CU' }, 'market.country_not_in_market', 'headquartersCountry'],
    [{ headquartersCountry: 42 }, 'country.invalid', 'headquartersCountry'],
    [{ headquartersCountry: 'US' }, 'provider.headquarters_outside_regions', 'headquartersCountry'],
    [{ services: [] }, 'provider.list_required', 'services'],
    [{ services: ['hosting'] }, 'provider.unknown_value', 'services'],
    [{ productAreas: ['azure', 'azure'] }, 'provider.duplicate_value', 'productAreas'],
    [{ languages: ['xx'] }, 'provider.unknown_value', 'languages'],
    [
      { languages: Array.from({ length: 21 }, (_, i) => listingLanguages[i]) },
      'provider.list_too_long',
      'languages',
    ],
    [{ offices: [null] }, 'provider.unknown_value', 'offices'],
    [{ offices: Array(51).fill({}) }, 'provider.list_too_long', 'offices'],
    [
      { minimumRequirements: { sv: 'x'.repeat(1001) } },
      'provider.field_too_long',
      'minimumRequirements.sv',
    ],
    [
      { minimumRequirements: { en: 'x'.repeat(1001) } },
      'provider.field_too_long',
      'minimumRequirements.en',
    ],
    [{ logo: 'a'.repeat(63) }, 'provider.logo_invalid', 'logo'],
    [{ logo: 'A'.repeat(64) }, 'provider.logo_invalid', 'logo'],
    [{ logo: 42 }, 'provider.logo_invalid', 'logo'],
  ])('refuses %j with %s on %s', (overrides, code, field) => {
    const error = refusal(overrides);
    expect(error.code).toBe(code);
    expect(error.details?.['field']).toBe(field);
  });

  describe('offices', () => {
    const office = (overrides: Record<string, unknown>) => ({
      offices: [{ ...valid().offices[0], ...overrides }],
    });
    it.each([
      [{ name: 'x'.repeat(121) }, 'provider.field_too_long', 'offices.0.name'],
      [{ addressLine1: '' }, 'provider.field_required', 'offices.0.addressLine1'],
      [{ city: undefined }, 'provider.field_required', 'offices.0.city'],
      [{ postalCode: '1'.repeat(21) }, 'provider.field_too_long', 'offices.0.postalCode'],
      [{ latitude: 90.5 }, 'provider.coordinate_invalid', 'offices.0.latitude'],
      [{ latitude: '59.3' }, 'provider.coordinate_invalid', 'offices.0.latitude'],
      [{ longitude: -180.01 }, 'provider.coordinate_invalid', 'offices.0.longitude'],
      [{ longitude: Number.NaN }, 'provider.coordinate_invalid', 'offices.0.longitude'],
      [{ country: 'XX' }, 'country.invalid', 'offices.0.country'],
      [{ country: 'FI' }, 'provider.office_outside_countries', 'offices.0.country'],
    ])('refuses an office with %j', (overrides, code, field) => {
      const error = refusal(office(overrides));
      expect(error.code).toBe(code);
      expect(error.details?.['field']).toBe(field);
    });

    it('accepts the edges of the coordinate ranges and no name or postal code', () => {
      const result = parseProviderListing({
        ...valid(),
        ...office({ latitude: -90, longitude: 180, name: null, postalCode: ' ' }),
      });
      expect(result.ok && result.value.offices[0]).toMatchObject({
        latitude: -90,
        longitude: 180,
        name: null,
        postalCode: null,
      });
    });
  });

  it('the closed sets are the issue’s lists', () => {
    expect(providerServices).toContain('technical_training');
    expect(providerServices).toContain('marketing_help');
    expect(providerServices).toContain('financing_credit_terms');
    expect(providerServices).toHaveLength(10);
    expect(productAreas).toEqual([
      'azure',
      'microsoft_365',
      'dynamics_365',
      'power_platform',
      'security',
      'windows',
      'teams',
    ]);
  });
});

describe('parseLogoId', () => {
  const id = 'c0ffee'.padEnd(64, '0');

  it('takes absent or null as no logo', () => {
    expect(parseLogoId(undefined)).toEqual({ ok: true, value: null });
    expect(parseLogoId(null)).toEqual({ ok: true, value: null });
  });

  it('accepts 64 lower-case hex characters, and a listing keeps it', () => {
    expect(parseLogoId(id)).toEqual({ ok: true, value: id });
    const listing = parseProviderListing({ ...valid(), logo: id });
    expect(listing.ok && listing.value.logo).toBe(id);
  });

  it.each(['', ' '.repeat(64), `${id}0`, id.slice(1), id.toUpperCase(), `${id.slice(1)}g`, [id]])(
    'refuses %j, naming the field',
    (input) => {
      expect(parseLogoId(input)).toEqual({
        ok: false,
        error: { code: 'provider.logo_invalid', details: { field: 'logo' } },
      });
    },
  );
});

describe('parseWebsite', () => {
  it.each([
    ['https://northwind.example', 'https://northwind.example/'],
    [' http://www.northwind.example/a?b=c ', 'http://www.northwind.example/a?b=c'],
  ])('accepts %s', (input, expected) => {
    expect(parseWebsite(input)).toEqual({ ok: true, value: expected });
  });
  it.each([
    42,
    'ftp://northwind.example',
    'https://localhost',
    'https://user:secret@northwind.example',
    'https://north wind.example',
    'javascript:alert(1)',
    'https://',
    `https://northwind.example/${'a'.repeat(2048)}`,
    'https://192.168.0.1',
  ])('refuses %p', (input) => {
    expect(parseWebsite(input)).toEqual({
      ok: false,
      error: { code: 'provider.website_invalid', details: { field: 'website' } },
    });
  });
});

describe('parseLanguageTag', () => {
  it.each([
    ['sv', 'sv'],
    ['EN-gb', 'en-GB'],
    [' pt-BR ', 'pt-BR'],
  ])('reads %p as %p', (input, expected) => expect(parseLanguageTag(input)).toBe(expected));
  it.each([undefined, 7, 'swe', 'xx', 'en-ZZ', 'en_GB', 'en-GB-oxendict', ''])(
    'refuses %p',
    (input) => expect(parseLanguageTag(input)).toBeUndefined(),
  );
});

describe('properties', () => {
  const hostile = fc.oneof(
    fc.anything(),
    fc.string({ maxLength: 300 }),
    fc.constantFrom('', ' ', '\u0000', 'Europe', 'SE', '__proto__', 'constructor'),
  );

  it('never throws, and refuses with a coded refusal naming a field, whatever each field holds', () => {
    const keys = Object.keys(valid());
    let refused = 0;
    fc.assert(
      fc.property(fc.constantFrom(...keys), hostile, (key, value) => {
        const result = parseProviderListing({ ...valid(), [key]: value });
        if (!result.ok) {
          refused += 1;
          expect(result.error.code).toMatch(/^(provider|partner|country|market)\./);
          expect(typeof result.error.details?.['field']).toBe('string');
        }
      }),
      { numRuns: 500 },
    );
    expect(refused).toBeGreaterThan(0);
  });

  it('every accepted listing serves only countries of its regions, headquartered in one of them', () => {
    const europe = ['SE', 'NO', 'DK', 'FI', 'DE', 'FR', 'NL'];
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.subarray([...europe, 'US', 'JP', 'BR'], { minLength: 1 }),
        fc.subarray(['Europe', 'United States', 'Japan', 'Brazil'], { minLength: 1 }),
        fc.constantFrom(...europe, 'US', 'JP'),
        (countries, regions, hq) => {
          const result = parseProviderListing({
            ...valid(),
            countries,
            regions,
            headquartersCountry: hq,
            offices: [],
          });
          if (result.ok) {
            accepted += 1;
            const regionOf = (c: string) =>
              europe.includes(c)
                ? 'Europe'
                : c === 'US'
                  ? 'United States'
                  : c === 'JP'
                    ? 'Japan'
                    : 'Brazil';
            for (const country of result.value.countries) {
              expect(result.value.regions).toContain(regionOf(country));
            }
            for (const region of result.value.regions) {
              expect(result.value.countries.some((c) => regionOf(c) === region)).toBe(true);
            }
            expect(result.value.regions).toContain(regionOf(result.value.headquartersCountry));
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(accepted).toBeGreaterThan(0);
  });

  it('accepts every coordinate in range and refuses every one outside', () => {
    let outside = 0;
    fc.assert(
      fc.property(fc.double({ min: -400, max: 400, noNaN: true }), (latitude) => {
        const result = parseProviderListing({
          ...valid(),
          offices: [{ ...valid().offices[0], latitude }],
        });
        expect(result.ok).toBe(Math.abs(latitude) <= 90);
        if (!result.ok) {
          outside += 1;
          expect(result.error.code).toBe('provider.coordinate_invalid');
        }
      }),
      { numRuns: 300 },
    );
    expect(outside).toBeGreaterThan(0);
  });
});
