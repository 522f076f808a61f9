import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { searchMissKey } from './search-miss.js';

describe('searchMissKey', () => {
  it('reads instant-meilisearch’s filters: region, country and the other facets', () => {
    expect(
      searchMissKey([
        '"regions"="Europe"',
        '"countries"="SE"',
        ['"services"="migration"', '"services"="managed_services"'],
        'languages = "sv"',
        '"authorized"="true"',
      ]),
    ).toEqual({
      region: 'Europe',
      country: 'SE',
      filters: ['authorized:true', 'languages:sv', 'services:managed_services|migration'],
    });
  });

  it('has an empty key for a search without filters', () => {
    expect(searchMissKey([])).toEqual({ region: '', country: '', filters: [] });
  });

  it('joins OR-ed values sorted, and AND-ed elements of one facet with &', () => {
    expect(searchMissKey([['countries = "SE"', 'countries = "NO"'], 'countries = "DK"'])).toEqual({
      region: '',
      country: 'DK & NO | SE',
      filters: [],
    });
    expect(searchMissKey([['countries = "SE"', 'countries = "SE"']]).country).toBe('SE');
  });

  it('leaves out what is not one offered value of one facet, never refusing', () => {
    expect(
      searchMissKey([
        'countries = "XX"',
        'regions = "Atlantis"',
        'services = "free_lunch"',
        'productAreas = "azure"',
        'headquartersCountry = "SE"',
        'visibility = "draft"',
        'lastConfirmedAt > 5',
        'NOT countries = "SE"',
        ['countries = "SE"', 'services = "migration"'],
        ['countries = "SE"', 'countries = "XX"'],
        [],
        'authorized = "maybe"',
        'languages = "klingon"',
        `countries = "${'S'.repeat(200)}"`,
      ]),
    ).toEqual({ region: '', country: '', filters: ['productAreas:azure'] });
  });

  it('never throws, and every value in a key is one the directory offers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 })), {
          maxLength: 6,
        }),
        (filter) => {
          const key = searchMissKey(filter);
          expect(key.filters.every((entry) => /^[A-Za-z]+:.+$/.test(entry))).toBe(true);
          expect(key.country === '' || /^[A-Z]{2}( [|&] [A-Z]{2})*$/.test(key.country)).toBe(true);
        },
      ),
    );
  });
});
