import { describe, expect, it } from '@jest/globals';
import { countingQueries, filterOf, quote, relaxations, without } from './relax';

const state = {
  query: 'northwind',
  refinementList: { countries: ['JP', 'KR'], services: ['migration'] },
  toggle: { authorized: true },
  page: 2,
};

describe('relaxing an empty search', () => {
  it('offers the search text, each filter value and the authorized flag', () => {
    expect(relaxations(state)).toEqual([
      { kind: 'query', query: 'northwind' },
      { kind: 'facet', attribute: 'countries', value: 'JP' },
      { kind: 'facet', attribute: 'countries', value: 'KR' },
      { kind: 'facet', attribute: 'services', value: 'migration' },
      { kind: 'authorized' },
    ]);
    expect(relaxations({})).toEqual([]);
  });

  it('drops exactly one of them, back on the first page', () => {
    expect(without(state, { kind: 'facet', attribute: 'countries', value: 'JP' })).toEqual({
      ...state,
      refinementList: { countries: ['KR'], services: ['migration'] },
      page: 1,
    });
    expect(without(state, { kind: 'query', query: 'northwind' }).query).toBe('');
    expect(without(state, { kind: 'authorized' }).toggle).toEqual({});
  });

  it('filters like instant-meilisearch: facets AND-ed, a facet’s values OR-ed, values quoted', () => {
    expect(filterOf(state)).toEqual([
      ['countries = "JP"', 'countries = "KR"'],
      ['services = "migration"'],
      ['authorized = true'],
    ]);
    expect(quote('a "b" \\ c')).toBe('"a \\"b\\" \\\\ c"');
  });

  it('counts each candidate with a zero-hit query (limit 0), at most ten', () => {
    const body = countingQueries(state, relaxations(state));
    expect(body.queries[0]).toEqual({
      indexUid: 'providers',
      q: '',
      filter: filterOf(state),
      limit: 0,
    });
    expect(body.queries.every((query) => query.limit === 0)).toBe(true);
    const many = Array.from({ length: 12 }, (_, i) => ({
      kind: 'facet' as const,
      attribute: 'languages' as const,
      value: `l${i}`,
    }));
    expect(countingQueries({}, many).queries).toHaveLength(10);
  });
});
