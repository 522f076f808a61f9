import { productAreas, providerServices } from '@hub/domain';
import { describe, expect, it } from '@jest/globals';
import { en } from '../i18n/en';
import { sv } from '../i18n/sv';
import { facetValueLabel, servedCountries, serviceLabel } from './labels';

describe('labels', () => {
  it('names every service and product area of the domain, in both languages', () => {
    for (const messages of [en, sv]) {
      expect(Object.keys(messages.enums.service).sort()).toEqual([...providerServices].sort());
      expect(Object.keys(messages.enums.product_area).sort()).toEqual([...productAreas].sort());
    }
    expect(serviceLabel('support_24_7', en)).toBe('24/7 support');
    expect(serviceLabel('something_new', en)).toBe('something_new');
  });

  it('names facet values in the reader’s language', () => {
    expect(facetValueLabel('countries', 'SE', { locale: 'sv', messages: sv })).toBe('Sverige');
    expect(facetValueLabel('countries', 'SE', { locale: 'en', messages: en })).toBe('Sweden');
    expect(facetValueLabel('regions', 'Europe', { locale: 'sv', messages: sv })).toBe('Europa');
    expect(facetValueLabel('languages', 'sv', { locale: 'en', messages: en })).toBe('Swedish');
    expect(facetValueLabel('productAreas', 'security', { locale: 'sv', messages: sv })).toBe(
      'Säkerhet',
    );
  });
});

describe('servedCountries', () => {
  it('names the countries looked for first, then by name, and counts the rest', () => {
    expect(
      servedCountries({ codes: ['SE', 'NO', 'DK', 'FI', 'IS'], wanted: ['IS'], locale: 'en' }),
    ).toEqual({ names: ['Iceland', 'Denmark', 'Finland'], more: 2 });
  });

  it('names one more rather than saying “and 1 more”', () => {
    expect(servedCountries({ codes: ['SE', 'NO', 'DK', 'FI'], locale: 'sv' })).toEqual({
      names: ['Danmark', 'Finland', 'Norge', 'Sverige'],
      more: 0,
    });
  });
});
