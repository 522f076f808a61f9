import { describe, expect, it } from '@jest/globals';
import { isProviderId, providerQuery } from '../provider/fetch-provider';
import { withRankingDetails } from '../search/search-client';
import { parseRoute, providerPath } from './route';

describe('routes', () => {
  it('tells the provider page from the search', () => {
    expect(parseRoute('/')).toEqual({ page: 'search' });
    expect(parseRoute('/providers/abc')).toEqual({ page: 'provider', id: 'abc' });
    expect(parseRoute('/providers/abc/')).toEqual({ page: 'provider', id: 'abc' });
    expect(parseRoute('/providers/')).toEqual({ page: 'search' });
    expect(parseRoute(providerPath('a b'))).toEqual({ page: 'provider', id: 'a b' });
  });
});

describe('fetching a provider', () => {
  it('asks only for UUIDs, by an id filter the search allows', () => {
    expect(isProviderId('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true);
    expect(isProviderId('some-provider')).toBe(false);
    expect(providerQuery('0f8fad5b-d9cb-469f-a165-70867728950e').queries[0]).toEqual({
      indexUid: 'providers',
      q: '',
      filter: ['id = "0f8fad5b-d9cb-469f-a165-70867728950e"'],
      limit: 1,
    });
  });
});

describe('the search client', () => {
  it('asks every query for its ranking score details', () => {
    expect(
      JSON.parse(withRankingDetails(JSON.stringify({ queries: [{ q: 'a' }, { q: 'b' }] }))),
    ).toEqual({
      queries: [
        { q: 'a', showRankingScoreDetails: true },
        { q: 'b', showRankingScoreDetails: true },
      ],
    });
    expect(withRankingDetails('{"other":1}')).toBe('{"other":1}');
  });
});
