import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { ProviderSearchSync } from '../../src/modules/providers/provider-search-sync.js';
import { SearchMissesService } from '../../src/modules/search/search-misses.service.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import {
  asPersona,
  createPublishedProvider,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { eventually, indexPrefix, search } from './support.js';

describe('unmet demand: searches that found no provider', () => {
  let t: TestApp;
  let rita: PersonaClient;
  const misses = async (filter: Record<string, unknown> = {}) => {
    await t.app.get(SearchMissesService).flush();
    return expectStatus(
      await rita.get(`/api/search-misses?filter=${encodeURIComponent(JSON.stringify(filter))}`),
      200,
    );
  };

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
    rita = asPersona(t, await t.tokenFor('reviewer'));
    await t.app.get(SearchService).ensureProviderIndex();
    // Northwind serves the Nordics (SE, NO, DK, FI) and is in the index.
    const northwind = await createPublishedProvider(t);
    await t.app.get(ProviderSearchSync).sync([northwind.id]);
  });
  afterAll(() => t.close());

  it('counts a search without results by its region, country and filters, never its text', async () => {
    const found = await search(t, {
      q: 'northwind',
      filter: ['"countries"="SE"'],
      hitsPerPage: 20,
    });
    expect(found.body.results[0].totalHits ?? found.body.results[0].estimatedTotalHits).toBe(1);
    for (let i = 0; i < 2; i += 1) {
      const missed = await search(t, {
        q: 'kim@wideworldimporters.example',
        filter: ['"countries"="JP"', ['"services"="migration"']],
        hitsPerPage: 20,
      });
      expect(missed.status).toBe(200);
    }
    // A facet-only query (no hits asked for) is not a search someone saw empty, nor is a
    // lookup by id (the provider page).
    await search(t, { filter: ['"countries"="BR"'], limit: 0, facets: ['countries'] });
    await search(t, { filter: [`id = "${randomUUID()}"`], limit: 1 });

    const list = await eventually(async () => {
      const response = await misses();
      return response.body[0]?.count === 2 ? response : undefined;
    });
    expect(list.body).toEqual([
      {
        id: expect.any(String),
        region: '',
        country: 'JP',
        filters: ['services:migration'],
        withText: true,
        count: 2,
        lastSeenAt: expect.any(String),
      },
    ]);
    expect(list.headers['content-range']).toBe('search-misses 0-0/1');
    expect(JSON.stringify(list.body)).not.toContain('wideworldimporters');
  });

  it('keeps only values the directory offers in the key', async () => {
    await search(t, {
      filter: ['"countries"="ZZ"', '"regions"="Europe"', '"services"="<script>"'],
      hitsPerPage: 5,
    });
    const europe = await eventually(async () => {
      const response = await misses({ region: ['Europe'] });
      return response.body.length === 1 ? response : undefined;
    });
    expect(europe.body[0]).toMatchObject({ region: 'Europe', country: '', filters: [] });
    expect((await misses({ country: ['JP'] })).body).toHaveLength(1);
    expect((await misses({ since: '2999-01-01' })).body).toEqual([]);
  });

  it('is for reviewers only, and refuses a bad window', async () => {
    const dana = asPersona(t, await t.tokenFor('distributor'));
    expect((await dana.get('/api/search-misses')).status).toBe(403);
    expect((await request(t.server).get('/api/search-misses')).status).toBe(401);
    const bad = await rita.get(
      `/api/search-misses?filter=${encodeURIComponent('{"since":"yesterday"}')}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('http.list_query_invalid');
  });
});
