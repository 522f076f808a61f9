import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type Meilisearch } from 'meilisearch';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../src/jobs/job-queue.service.js';
import { ProviderSearchSync } from '../../src/modules/providers/provider-search-sync.js';
import { ProviderEntity } from '../../src/modules/providers/provider.entity.js';
import { MEILISEARCH } from '../../src/modules/search/search.module.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import {
  asPersona,
  createPublishedProvider,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { eventually, indexPrefix, search } from './support.js';

const COUNT = 40;

describe('the directory index: full rebuild with a swap, and the consistency check', () => {
  let t: TestApp;
  let olga: PersonaClient;
  let ids: string[];
  const total = async () => {
    const response = await search(t, { q: '', hitsPerPage: 1 });
    expect(response.status).toBe(200);
    const result = response.body.results[0] as { totalHits?: number; estimatedTotalHits?: number };
    return result.totalHits ?? result.estimatedTotalHits;
  };

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
    olga = asPersona(t, await t.tokenFor('program-admin'));
    ids = [];
    for (let i = 0; i < COUNT; i += 1) {
      const provider = await createPublishedProvider(
        t,
        { tenantId: randomUUID() },
        { name: `Provider ${String(i).padStart(3, '0')}` },
      );
      ids.push(provider.id);
    }
    await t.app.get(ProviderSearchSync).sync(ids);
  });
  afterAll(async () => {
    await t.app.get(JobQueue).stop();
    await t.close();
  });

  it('rebuilds into a new index and swaps it in: searches meanwhile never come back empty', async () => {
    expect(await total()).toBe(COUNT);
    const started = expectStatus(await olga.post('/api/search-index/rebuilds', {}), 202);
    expect(started.body).toMatchObject({ status: 'queued', total: COUNT, indexed: 0 });
    // One at a time.
    const second = await olga.post('/api/search-index/rebuilds', {});
    expect(second.status).toBe(409);
    expect(second.body.code).toBe('search.reindex_running');

    await t.app.get(JobQueue).start();
    const seen: (number | undefined)[] = [];
    const done = await eventually(async () => {
      seen.push(await total());
      const run = expectStatus(
        await olga.get(`/api/search-index/rebuilds/${started.body.id}`),
        200,
      );
      return run.body.status === 'succeeded' || run.body.status === 'failed' ? run : undefined;
    }, 5);
    expect(done.body).toMatchObject({ status: 'succeeded', total: COUNT, indexed: COUNT });
    seen.push(await total());
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([COUNT]));
    expect((await t.app.get(SearchService).providerIds()).sort()).toEqual([...ids].sort());
    // The rebuild's own index is gone; the live one keeps its name.
    const client = t.app.get<Meilisearch>(MEILISEARCH);
    const uid = t.app.get(SearchService).providerIndexUid;
    const { results } = await client.getIndexes({ limit: 1000 });
    expect(results.map((index) => index.uid).filter((name) => name.startsWith(uid))).toEqual([uid]);
  });

  it('the consistency check finds a planted drift, and repairs it', async () => {
    const client = t.app.get<Meilisearch>(MEILISEARCH);
    const index = client.index(t.app.get(SearchService).providerIndexUid);
    await index.deleteDocument(ids[0]!).waitTask({ timeout: 60_000 });
    await index
      .addDocuments([{ id: randomUUID(), name: 'Ghost Ltd', visibility: 'public' }])
      .waitTask({ timeout: 60_000 });
    await t.app
      .get(DataSource)
      .getRepository(ProviderEntity)
      .update({ id: ids[1] }, { authorized: true });

    const report = expectStatus(await olga.post('/api/search-index/consistency-check', {}), 200);
    expect(report.body).toMatchObject({
      published: COUNT,
      indexed: COUNT,
      missing: [ids[0]],
      extra: [expect.any(String)],
      stale: [ids[1]],
      drifted: 3,
      repaired: 0,
    });
    const repaired = expectStatus(
      await olga.post('/api/search-index/consistency-check', { repair: true }),
      200,
    );
    expect(repaired.body).toMatchObject({ drifted: 3, repaired: 3 });
    const after = expectStatus(await olga.post('/api/search-index/consistency-check', {}), 200);
    expect(after.body).toMatchObject({ published: COUNT, indexed: COUNT, drifted: 0 });
  });

  it('is staff work: a distributor is refused, and a bad body is a 400', async () => {
    const dana = asPersona(t, await t.tokenFor('distributor'));
    expect((await dana.post('/api/search-index/rebuilds', {})).status).toBe(403);
    expect((await dana.post('/api/search-index/consistency-check', {})).status).toBe(403);
    expect((await olga.post('/api/search-index/consistency-check', { repair: 'yes' })).status).toBe(
      400,
    );
    expect((await olga.get('/api/search-index/rebuilds/not-an-id')).status).toBe(404);
  });
});
