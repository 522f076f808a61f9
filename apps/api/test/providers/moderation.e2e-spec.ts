import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../src/jobs/job-queue.service.js';
import { OutboundEmailEntity } from '../../src/modules/notifications/outbound-email.entity.js';
import { verifyAuditChains } from '../../src/modules/audit/audit.service.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import {
  asPersona,
  createProvider,
  expectStatus,
  listingBody,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { eventually, indexPrefix, search, searchNames } from './support.js';

describe('provider listings: edit, moderate, publish, search', () => {
  let t: TestApp;
  let dana: PersonaClient;
  let rita: PersonaClient;
  let providerId: string;
  let etag = '"1"';

  /** A command with the provider's current ETag and a fresh Idempotency-Key. */
  async function send(
    client: PersonaClient,
    method: 'post' | 'put',
    path: string,
    body: object = {},
  ) {
    const response = await client[method](path, body, {
      'if-match': etag,
      'idempotency-key': `k-${Math.random()}`,
    });
    if (response.headers['etag']) {
      etag = String(response.headers['etag']);
    }
    return response;
  }

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
    providerId = (await createProvider(t)).id;
    dana = asPersona(t, await t.tokenFor('distributor'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    await t.app.get(JobQueue).start();
  });
  afterAll(async () => {
    await t.app.get(JobQueue).stop();
    await t.close();
  });

  it('applies the index settings once: a second start-up changes nothing', async () => {
    const searchService = t.app.get(SearchService);
    expect(await searchService.ensureProviderIndex()).toBe(false);
  });

  it('the distributor sees its own provider, with nothing listed yet', async () => {
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    expect(mine.body).toMatchObject({
      id: providerId,
      live: null,
      working: null,
      commands: ['draft'],
    });
    etag = String(mine.headers['etag']);
  });

  it('saves an incomplete draft, says what is missing, and refuses to submit it', async () => {
    const saved = expectStatus(
      await send(dana, 'put', '/api/providers/mine/draft', { name: 'Northwind' }),
      200,
    );
    expect(saved.body.working).toMatchObject({
      state: 'draft',
      problem: { code: 'provider.field_required', field: 'shortDescription.en' },
    });
    const refused = await send(dana, 'post', '/api/providers/mine/submit');
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'provider.listing_incomplete',
      details: { field: 'shortDescription.en' },
    });
  });

  it('refuses a stale If-Match and a missing one', async () => {
    expect(
      (await dana.put('/api/providers/mine/draft', listingBody(), { 'if-match': '"999"' })).status,
    ).toBe(412);
    expect((await dana.put('/api/providers/mine/draft', listingBody())).status).toBe(428);
  });

  it('submits a complete draft; a reviewer approves it; it becomes searchable', async () => {
    expectStatus(await send(dana, 'put', '/api/providers/mine/draft', listingBody()), 200);
    const submitted = expectStatus(await send(dana, 'post', '/api/providers/mine/submit'), 200);
    expect(submitted.body.working.state).toBe('submitted');
    expect(submitted.body.working.fields.contactPhone).toBe('+46812345678');
    expect(await searchNames(t)).toEqual([]);

    // Not the distributor's to approve.
    expect((await send(dana, 'post', `/api/providers/${providerId}/approve`)).status).toBe(403);
    const approved = expectStatus(
      await send(rita, 'post', `/api/providers/${providerId}/approve`),
      200,
    );
    expect(approved.body).toMatchObject({ live: { state: 'published' }, working: null });
    expect(
      await eventually(async () => ((await searchNames(t)).length ? searchNames(t) : undefined)),
    ).toEqual(['Northwind Distribution']);
  });

  it('finds it with a typo, by facet, and counts the facets', async () => {
    expect(await searchNames(t, { q: 'Nortwind' })).toEqual(['Northwind Distribution']);
    const faceted = expectStatus(
      await search(t, {
        filter: ['countries = SE', ['services = marketing_help', 'services = migration']],
        facets: ['countries', 'services'],
      }),
      200,
    );
    expect(faceted.body.results[0].indexUid).toBe('providers');
    expect(faceted.body.results[0].facetDistribution.countries).toMatchObject({ SE: 1, NO: 1 });
    expect(await searchNames(t, { filter: 'countries = US' })).toEqual([]);
  });

  it('searches facet values among published listings only, as a searchable refinement list does', async () => {
    const facets = expectStatus(
      await request(t.server)
        .post('/api/search/indexes/providers/facet-search')
        .send({ facetName: 'countries', facetQuery: 'N' }),
      200,
    );
    expect(facets.body.facetHits).toEqual([{ value: 'NO', count: 1 }]);
    for (const body of [{ facetName: 'contactEmail' }, { facetName: 'countries', filter: '(((' }]) {
      const refused = await request(t.server)
        .post('/api/search/indexes/providers/facet-search')
        .send(body);
      expect(refused.status).toBe(400);
    }
    const other = await request(t.server)
      .post('/api/search/indexes/secrets/facet-search')
      .send({ facetName: 'countries' });
    expect(other.status).toBe(400);
  });

  it('a new draft beside the published version stays out of the directory, whatever filter is sent', async () => {
    const drafted = expectStatus(
      await send(
        dana,
        'put',
        '/api/providers/mine/draft',
        listingBody({ name: 'Secret Draft Name' }),
      ),
      200,
    );
    expect(drafted.body).toMatchObject({
      live: { state: 'published' },
      working: { state: 'draft' },
    });
    expectStatus(await send(dana, 'post', '/api/providers/mine/submit'), 200);
    const injections: unknown[] = [
      'visibility = draft',
      'visibility != public',
      'visibility = public OR visibility != public',
      'countries = SE) OR (visibility != public',
      ['visibility = draft'],
      [['visibility = public', 'visibility = draft']],
      `id = ${providerId}`,
      'name = "Secret Draft Name"',
      'NOT visibility = public',
    ];
    for (const filter of injections) {
      const response = await search(t, { q: 'Secret', filter, limit: 50 });
      expect(response.status === 200 || response.status === 400).toBe(true);
      const hits = response.status === 200 ? response.body.results[0].hits : [];
      expect(JSON.stringify(hits)).not.toContain('Secret Draft Name');
      expect(JSON.stringify(response.body)).not.toContain(t.config.MEILI_INDEX_PREFIX);
    }
    expect(await searchNames(t)).toEqual(['Northwind Distribution']);
  });

  it('rejects the new version with a reason; the published one stays live', async () => {
    expect(
      (await send(rita, 'post', `/api/providers/${providerId}/reject`, { reason: ' ' })).status,
    ).toBe(400);
    const rejected = expectStatus(
      await send(rita, 'post', `/api/providers/${providerId}/reject`, {
        reason: 'Use your trading name.',
      }),
      200,
    );
    expect(rejected.body.working).toMatchObject({
      state: 'rejected',
      reason: 'Use your trading name.',
    });
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    expect(mine.body.working.reason).toBe('Use your trading name.');
    expect(await searchNames(t)).toEqual(['Northwind Distribution']);

    // The provider is told at its listing's contact address, in its first language (Swedish),
    // as it was told of the approval before.
    const emails = await t.app
      .get(DataSource)
      .getRepository(OutboundEmailEntity)
      .find({ where: { providerId }, order: { createdAt: 'ASC' } });
    expect(emails.map((e) => [e.template, e.recipient, e.locale])).toEqual([
      ['listing_approved', 'partners@northwind.example', 'sv'],
      ['listing_rejected', 'partners@northwind.example', 'sv'],
    ]);
    expect(emails[1]!.body).toContain('Skäl: Use your trading name.');
  });

  it('suspend → gone from the directory; reinstate → back', async () => {
    expectStatus(
      await send(rita, 'post', `/api/providers/${providerId}/suspend`, {
        reason: 'Contact bounces.',
      }),
      200,
    );
    await eventually(async () => ((await searchNames(t)).length === 0 ? true : undefined));
    const reinstated = expectStatus(
      await send(rita, 'post', `/api/providers/${providerId}/reinstate`),
      200,
    );
    expect(reinstated.body.live.state).toBe('published');
    expect(
      await eventually(async () => ((await searchNames(t)).length ? searchNames(t) : undefined)),
    ).toEqual(['Northwind Distribution']);
  });

  it('the authorized flag is the reviewers’ alone, and is searchable', async () => {
    expect(
      (await send(dana, 'post', `/api/providers/${providerId}/authorized`, { authorized: true }))
        .status,
    ).toBe(403);
    expectStatus(
      await send(rita, 'post', `/api/providers/${providerId}/authorized`, { authorized: true }),
      200,
    );
    await eventually(async () =>
      (await searchNames(t, { filter: 'authorized = true' })).length ? true : undefined,
    );
  });

  it('the distributor confirms freshness', async () => {
    const confirmed = expectStatus(
      await send(dana, 'post', '/api/providers/mine/confirm-freshness'),
      200,
    );
    expect(Date.parse(confirmed.body.lastConfirmedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('replays a command sent twice with one Idempotency-Key, and writes it once', async () => {
    const headers = { 'if-match': etag, 'idempotency-key': 'same-key-twice' };
    const first = expectStatus(
      await dana.post('/api/providers/mine/confirm-freshness', {}, headers),
      200,
    );
    const second = expectStatus(
      await dana.post('/api/providers/mine/confirm-freshness', {}, headers),
      200,
    );
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.body.version).toBe(first.body.version);
    etag = String(first.headers['etag']);
  });

  it('every command left one audit row on the provider’s own chain, and every chain verifies', async () => {
    const trail = expectStatus(await rita.get(`/api/providers/${providerId}/timeline`), 200);
    expect((trail.body as { command: string }[]).map((row) => row.command)).toEqual([
      'open_draft',
      'update_draft',
      'submit',
      'approve',
      'open_draft',
      'submit',
      'reject',
      'suspend',
      'reinstate',
      'set_authorized',
      'confirm_freshness',
      'confirm_freshness',
    ]);
    const report = await verifyAuditChains(t.app.get(DataSource));
    expect(report.broken).toBeUndefined();
    expect(report.chains).toBeGreaterThanOrEqual(1);
  });

  it('reviewers list what waits for moderation', async () => {
    const list = expectStatus(await rita.get('/api/providers?filter={"state":["rejected"]}'), 200);
    expect(list.headers['content-range']).toBe('providers 0-0/1');
    expect(list.body[0].id).toBe(providerId);
    expect((await dana.get('/api/providers')).status).toBe(403);
  });
});
