// The public search route under hostile input: results or a 400, never a 500, never past the
// caps, never an unpublished listing.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { indexPrefix, search } from './support.js';

describe('POST /api/search/multi-search with bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
  });
  afterAll(() => t.close());

  it.each([
    ['a 10 KB query', { q: 'x'.repeat(10_240) }],
    ['a huge page', { limit: 100_000 }],
    ['a negative offset', { offset: -1 }],
    ['an enormous offset', { offset: 10_000_000 }],
    ['a fractional limit', { limit: 2.5 }],
    ['deep pages', { page: 1000, hitsPerPage: 50 }],
    ['a page too deep for its size', { page: 30, hitsPerPage: 50 }],
    ['an unknown facet', { facets: ['contactEmail'] }],
    ['a sort on a hidden field', { sort: ['visibility:asc'] }],
    ['a filter of the wrong type', { filter: 42 }],
    ['a malformed filter', { filter: 'countries = SE) OR (visibility != public' }],
    ['a filter on an attribute that is not filterable', { filter: 'contactEmail = x@y.z' }],
    ['too many filter conditions', { filter: Array(51).fill('countries = SE') }],
    ['another index', { indexUid: 'keys' }],
    ['a boolean that is not one', { showRankingScoreDetails: 'yes' }],
  ])('%s: 400', async (_name, query) => {
    const response = await search(t, query);
    expect(response.status).toBe(400);
    expect(response.body.code).toBe('search.invalid_query');
  });

  it.each([
    ['no body', undefined],
    ['no queries', {}],
    ['an empty list', { queries: [] }],
    ['eleven queries', { queries: Array(11).fill({ indexUid: 'providers' }) }],
    ['a query that is not an object', { queries: ['providers'] }],
  ])('%s: 400', async (_name, body) => {
    const call = request(t.server).post('/api/search/multi-search');
    const response = await (body === undefined ? call : call.send(body));
    expect(response.status).toBe(400);
  });

  it('answers the shape instant-meilisearch sends, with the caps at their edges', async () => {
    const response = await search(t, {
      q: 'northwind',
      facets: ['regions', 'countries'],
      attributesToHighlight: ['*'],
      highlightPreTag: '__ais-highlight__',
      highlightPostTag: '__/ais-highlight__',
      attributesToSnippet: ['shortDescriptionEn:20'],
      snippetEllipsisText: '…',
      hitsPerPage: 21,
      page: 1,
      sort: ['nameSort:asc'],
      filter: [['regions = "Europe"', 'regions = "Japan"']],
      showRankingScoreDetails: true,
      unknownParameter: 'dropped',
    });
    expect(response.status).toBe(200);
    expect(response.body.results[0]).toMatchObject({ indexUid: 'providers', hits: [] });
  });

  it('property: any query object gets a 200 or a 400, never a 500', async () => {
    const value = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }),
        ),
        { maxLength: 4 },
      ),
      fc.constantFrom(
        'countries = SE',
        'visibility = draft',
        '_geoRadius(0, 0, 1)',
        '(((',
        'NOT',
        'nameSort:asc',
      ),
    );
    const key = fc.constantFrom(
      'q',
      'filter',
      'facets',
      'sort',
      'limit',
      'offset',
      'page',
      'hitsPerPage',
      'attributesToRetrieve',
      'attributesToHighlight',
      'cropLength',
      'matchingStrategy',
      '__proto__',
    );
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(fc.dictionary(key, value, { maxKeys: 4 }), async (query) => {
        const response = await search(t, query);
        expect([200, 400]).toContain(response.status);
        answered += 1;
      }),
      { numRuns: 60 },
    );
    expect(answered).toBe(60);
  });
});
