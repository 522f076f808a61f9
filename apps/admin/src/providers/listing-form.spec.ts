import { describe, expect, it } from '@jest/globals';
import { diffListings } from './listing-diff';
import { fieldLabelKey, listingProblem, toFormValues, toListingBody } from './listing-form';

const listing = {
  name: 'Northwind Distribution',
  shortDescription: { en: 'Cloud distributor.', sv: 'Molndistributör.' },
  longDescription: { en: null, sv: null },
  website: 'https://www.northwind.example',
  contactEmail: 'partners@northwind.example',
  contactPhone: '+46 8 123 456 78',
  headquartersCountry: 'SE',
  regions: ['Europe'],
  countries: ['SE', 'NO'],
  services: ['technical_training'],
  productAreas: ['azure'],
  languages: ['sv', 'en'],
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
  minimumRequirements: { en: null, sv: null },
  logo: null,
};

const logo = 'ab'.repeat(32);

describe('the listing form', () => {
  it('round-trips a stored listing into the body the API takes', () => {
    expect(toListingBody(toFormValues(listing as never))).toEqual(listing);
  });

  it('keeps the uploaded logo’s id, and sends null once it is removed', () => {
    const values = toFormValues({ ...listing, logo } as never);
    expect(values.logo).toBe(logo);
    expect(toListingBody(values)['logo']).toBe(logo);
    expect(toListingBody({ ...values, logo: null })['logo']).toBeNull();
    expect(toFormValues({ ...listing, logo: 42 } as never).logo).toBeNull();
  });

  it('sends blank optional texts as null and trims the rest', () => {
    const body = toListingBody({
      ...toFormValues(listing as never),
      name: '  Northwind  ',
      longDescription: { en: '  ', sv: 'Text ' },
    });
    expect(body['name']).toBe('Northwind');
    expect(body['longDescription']).toEqual({ en: null, sv: 'Text' });
  });

  it('names the first field the domain rules refuse, with its code', () => {
    expect(listingProblem(toFormValues(listing as never))).toBeUndefined();
    const problem = listingProblem({ ...toFormValues(listing as never), website: 'northwind' });
    expect(problem).toMatchObject({ code: 'provider.website_invalid', field: 'website' });
    const office = listingProblem({
      ...toFormValues(listing as never),
      offices: [{ ...listing.offices[0], latitude: null }],
    });
    expect(office).toMatchObject({ field: 'offices.0.latitude' });
  });

  it('maps a field path to its label key', () => {
    expect(fieldLabelKey('shortDescription.sv')).toBe(
      'resources.providers.fields.shortDescription_sv',
    );
    expect(fieldLabelKey('offices.3.latitude')).toBe('resources.providers.fields.office_latitude');
    expect(fieldLabelKey('website')).toBe('resources.providers.fields.website');
  });
});

describe('diffListings', () => {
  it('marks only the changed fields, and what a code list gained and lost', () => {
    const proposed = {
      ...listing,
      shortDescription: { en: 'Cloud distributor.', sv: 'Ny text.' },
      countries: ['SE', 'DK'],
    };
    const rows = diffListings(listing as never, proposed as never);
    expect(rows.filter((row) => row.changed).map((row) => row.path)).toEqual([
      'shortDescription.sv',
      'countries',
    ]);
    expect(rows.find((row) => row.path === 'countries')).toMatchObject({
      added: ['DK'],
      removed: ['NO'],
    });
  });

  it('treats every filled field of a first version as changed', () => {
    const rows = diffListings(undefined, listing as never);
    expect(rows.find((row) => row.path === 'name')?.changed).toBe(true);
    expect(rows.find((row) => row.path === 'longDescription.en')?.changed).toBe(false);
  });

  it('shows a new, changed or removed logo as a change of its own, after the name', () => {
    const rows = diffListings(listing as never, { ...listing, logo } as never);
    expect(rows.map((row) => row.path).slice(0, 2)).toEqual(['name', 'logo']);
    expect(rows.find((row) => row.path === 'logo')).toMatchObject({
      kind: 'logo',
      before: null,
      after: logo,
      changed: true,
    });
    const removed = diffListings({ ...listing, logo } as never, listing as never);
    expect(removed.find((row) => row.path === 'logo')).toMatchObject({ before: logo, after: null });
    expect(diffListings(listing as never, listing as never).some((row) => row.changed)).toBe(false);
  });

  it('ignores the order of codes', () => {
    const rows = diffListings(listing as never, { ...listing, countries: ['NO', 'SE'] } as never);
    expect(rows.some((row) => row.changed)).toBe(false);
  });
});
