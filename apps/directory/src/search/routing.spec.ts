import { describe, expect, it } from '@jest/globals';
import { fromSearchParams, searchUrl, toSearchParams } from './routing';

describe('the search state in the URL', () => {
  const state = {
    query: 'contoso',
    refinementList: {
      regions: ['Korea, Republic of', 'Europe'],
      countries: ['SE'],
      services: ['migration', 'support_24_7'],
      productAreas: ['azure'],
      languages: ['sv'],
    },
    toggle: { authorized: true },
    sortBy: 'providers:nameSort:asc',
    page: 3,
  };

  it('writes every part readably, lists as repeated keys (region names hold commas)', () => {
    expect(searchUrl(state)).toBe(
      '/?q=contoso&region=Korea%2C+Republic+of&region=Europe&country=SE&service=migration&service=support_24_7&product=azure&language=sv&authorized=1&sort=name&page=3',
    );
  });

  it('reads back what it wrote', () => {
    expect(fromSearchParams(toSearchParams(state))).toEqual(state);
  });

  it('reads the picker’s old links', () => {
    expect(fromSearchParams(new URLSearchParams('region=Europe&country=SE'))).toEqual({
      refinementList: { regions: ['Europe'], countries: ['SE'] },
    });
  });

  it('leaves out defaults: relevance, the first page, an empty query', () => {
    expect(searchUrl({ query: ' ', sortBy: 'providers', page: 1 })).toBe('/');
  });

  it('drops what it does not know or cannot use', () => {
    expect(
      fromSearchParams(
        new URLSearchParams('sort=price&page=-2&authorized=yes&colour=red&country=&service=x'),
      ),
    ).toEqual({ refinementList: { services: ['x'] } });
    expect(fromSearchParams(new URLSearchParams('page=1000'))).toEqual({});
  });
});
