import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { hostileString } from '../../test-support/hostile-input.js';
import { checkNewLocation, type NewLocationFacts } from './locations.js';

const french: NewLocationFacts = {
  cspAccountCountry: 'FR',
  location: {
    country: 'FR',
    partnerId: '1234567',
    partnerIdKind: 'location',
    partnerIdActive: true,
    partnerIdInPartnerCenter: true,
  },
};

const statusOf = (facts: NewLocationFacts): Record<string, string> =>
  Object.fromEntries(checkNewLocation(facts).items.map((i) => [i.requirement, i.status]));

describe('checkNewLocation', () => {
  it('is ready when every prerequisite is met, in checklist order', () => {
    const r = checkNewLocation(french);
    expect(r.ready).toBe(true);
    expect(r.items.map((i) => i.requirement)).toEqual([
      'country_in_market',
      'legal_country_unchanged',
      'location_partner_id',
      'partner_id_same_country',
      'partner_id_active',
      'partner_id_in_partner_center',
      'registration_id',
    ]);
    expect(r.items[0]?.reason).toEqual({
      code: 'locations.country_in_market',
      details: { country: 'FR', region: 'Europe' },
    });
    expect(r.items[6]?.reason).toEqual({
      code: 'locations.registration_id_optional',
      details: { country: 'FR' },
    });
  });

  it('a UK PartnerID does not serve a French account, although both are in Europe', () => {
    const r = checkNewLocation({ ...french, location: { ...french.location, country: 'GB' } });
    expect(r.ready).toBe(false);
    expect(r.items.find((i) => i.requirement === 'partner_id_same_country')).toEqual({
      requirement: 'partner_id_same_country',
      status: 'not_met',
      reason: {
        code: 'locations.partner_id_other_country_same_region',
        details: { locationCountry: 'GB', accountCountry: 'FR', region: 'Europe' },
      },
    });
  });

  it('names a PartnerID from another region without the region', () => {
    const r = checkNewLocation({ ...french, location: { ...french.location, country: 'US' } });
    expect(r.items.find((i) => i.requirement === 'partner_id_same_country')?.reason).toEqual({
      code: 'locations.partner_id_other_country',
      details: { locationCountry: 'US', accountCountry: 'FR' },
    });
  });

  it('the legal country of an existing CSP account cannot change', () => {
    const r = checkNewLocation({ ...french, existingAccountCountry: 'GB' });
    expect(r.ready).toBe(false);
    expect(r.items.find((i) => i.requirement === 'legal_country_unchanged')).toEqual({
      requirement: 'legal_country_unchanged',
      status: 'not_met',
      reason: { code: 'locations.legal_country_cannot_change', details: { from: 'GB', to: 'FR' } },
    });
    expect(statusOf({ ...french, existingAccountCountry: 'fr' }).legal_country_unchanged).toBe(
      'met',
    );
    expect(
      checkNewLocation({ ...french, existingAccountCountry: '??' }).items[1]?.reason.code,
    ).toBe('country.invalid');
  });

  it('requires a location PartnerID, not the global one', () => {
    const missing = checkNewLocation({
      ...french,
      location: { country: 'FR', partnerIdActive: true, partnerIdInPartnerCenter: true },
    });
    expect(missing.items[2]).toEqual({
      requirement: 'location_partner_id',
      status: 'not_met',
      reason: { code: 'locations.location_partner_id_missing' },
    });
    const global = checkNewLocation({
      ...french,
      location: { ...french.location, partnerIdKind: 'global' },
    });
    expect(global.items[2]?.reason).toEqual({
      code: 'locations.global_partner_id_not_transactional',
    });
    const bad = checkNewLocation({ ...french, location: { ...french.location, partnerId: 'abc' } });
    expect(bad.items[2]?.reason).toEqual({ code: 'partner.partner_id_not_numeric' });
    const unknownKind = checkNewLocation({
      ...french,
      location: { ...french.location, partnerIdKind: undefined },
    });
    expect(unknownKind.items[2]?.status).toBe('unknown');
    expect(unknownKind.ready).toBe(false);
  });

  it('requires the PartnerID to be active and in Partner Center; unknown until confirmed', () => {
    expect(
      statusOf({
        ...french,
        location: { ...french.location, partnerIdActive: false, partnerIdInPartnerCenter: false },
      }),
    ).toMatchObject({
      partner_id_active: 'not_met',
      partner_id_in_partner_center: 'not_met',
    });
    const unknown = checkNewLocation({
      ...french,
      location: {
        ...french.location,
        partnerIdActive: undefined,
        partnerIdInPartnerCenter: undefined,
      },
    });
    expect(unknown.items[4]).toEqual({
      requirement: 'partner_id_active',
      status: 'unknown',
      reason: { code: 'locations.partner_id_active' },
    });
    expect(unknown.items[5]?.status).toBe('unknown');
    expect(
      checkNewLocation({ ...french, location: { ...french.location, partnerIdActive: false } })
        .items[4]?.reason,
    ).toEqual({
      code: 'locations.partner_id_inactive',
    });
  });

  it('requires a registration id where the country makes it mandatory', () => {
    const polish: NewLocationFacts = {
      cspAccountCountry: 'PL',
      location: { ...french.location, country: 'PL' },
    };
    expect(checkNewLocation(polish).items[6]).toEqual({
      requirement: 'registration_id',
      status: 'not_met',
      reason: {
        code: 'partner.registration_id_required',
        details: { country: 'PL', types: ['TIN', 'PESEL'] },
      },
    });
    const withId = checkNewLocation({
      ...polish,
      location: { ...polish.location, registrationId: { value: '123-456-32-18' } },
    });
    expect(withId.items[6]).toEqual({
      requirement: 'registration_id',
      status: 'met',
      reason: { code: 'locations.registration_id', details: { country: 'PL' } },
    });
    expect(withId.ready).toBe(true);
  });

  it('refuses an account country in no market, or with sales suspended on the date', () => {
    expect(
      checkNewLocation({
        ...french,
        cspAccountCountry: 'IR',
        location: { ...french.location, country: 'IR' },
      }).items[0],
    ).toEqual({
      requirement: 'country_in_market',
      status: 'not_met',
      reason: { code: 'market.country_not_in_market', details: { country: 'IR' } },
    });
    const russia: NewLocationFacts = {
      cspAccountCountry: 'RU',
      location: { ...french.location, country: 'RU', registrationId: { value: '7707083893' } },
    };
    expect(checkNewLocation({ ...russia, on: new Date('2021-06-01T00:00:00Z') }).ready).toBe(true);
    expect(
      checkNewLocation({ ...russia, on: new Date('2023-01-01T00:00:00Z') }).items[0]?.reason.code,
    ).toBe('market.sales_suspended');
  });

  it('reports invalid countries in every item that needs them', () => {
    const r = checkNewLocation({ cspAccountCountry: 'nope', location: { country: '' } });
    expect(r.ready).toBe(false);
    expect(r.items.map((i) => i.reason.code)).toEqual([
      'country.invalid',
      'locations.legal_country_unchanged',
      'locations.location_partner_id_missing',
      'country.invalid',
      'locations.partner_id_active',
      'locations.partner_id_in_partner_center',
      'country.invalid',
    ]);
    const badAccount = checkNewLocation({ ...french, cspAccountCountry: 'nope' });
    expect(badAccount.items[3]).toEqual({
      requirement: 'partner_id_same_country',
      status: 'not_met',
      reason: { code: 'country.invalid' },
    });
  });

  it('fuzz: never throws; ready only when every item is met', () => {
    const country = fc.oneof(fc.constantFrom('FR', 'GB', 'PL', 'US', 'IR', 'RU'), hostileString);
    const facts = fc.record(
      {
        cspAccountCountry: country,
        existingAccountCountry: country,
        location: fc.record(
          {
            country,
            partnerId: fc.oneof(fc.constant('1234567'), hostileString),
            partnerIdKind: fc.constantFrom('location' as const, 'global' as const),
            partnerIdActive: fc.boolean(),
            partnerIdInPartnerCenter: fc.boolean(),
            registrationId: fc.record(
              { type: hostileString, value: fc.oneof(fc.constant('1234563218'), hostileString) },
              { requiredKeys: [] },
            ),
          },
          { requiredKeys: ['country'] },
        ),
        on: fc.date({ noInvalidDate: false }),
      },
      { requiredKeys: ['cspAccountCountry', 'location'] },
    );
    fc.assert(
      fc.property(facts, (f) => {
        const r = checkNewLocation(f);
        expect(r.items).toHaveLength(7);
        expect(r.ready).toBe(r.items.every((i) => i.status === 'met'));
        if (r.ready) {
          expect(f.location.country.trim().toUpperCase()).toBe(
            f.cspAccountCountry.trim().toUpperCase(),
          );
        }
      }),
    );
  });
});
