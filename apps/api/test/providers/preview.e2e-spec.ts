import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ProviderSearchSync } from '../../src/modules/providers/provider-search-sync.js';
import {
  asPersona,
  createPublishedProvider,
  expectStatus,
  listingBody,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { indexPrefix, searchNames } from './support.js';

// Issue 9 item 3: the distributor sees its unpublished draft as a result inside the real search,
// and nobody else sees it (the restriction is the API's, from the caller's token).
describe('the distributor’s draft previewed in the real search', () => {
  let t: TestApp;
  let dana: PersonaClient;
  let rita: PersonaClient;

  const preview = (body: object) => dana.post('/api/providers/mine/preview-search', body);
  const names = (response: { body: { hits: { name: string; draft: boolean }[] } }) =>
    response.body.hits.map((hit) => `${hit.name}${hit.draft ? ' (draft)' : ''}`);

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
    dana = asPersona(t, await t.tokenFor('distributor'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
    // Dana's Northwind is published; two other distributors serve the Nordics too.
    const northwind = await createPublishedProvider(t);
    const others = await Promise.all([
      createPublishedProvider(
        t,
        { tenantId: randomUUID() },
        { name: 'Litware Cloud Distribution', countries: ['SE', 'NO'] },
      ),
      createPublishedProvider(
        t,
        { tenantId: randomUUID() },
        {
          name: 'Adatum Security Distribution',
          countries: ['DK'],
          headquartersCountry: 'DK',
          offices: [],
          shortDescription: { en: 'Security services.', sv: 'Säkerhetstjänster.' },
        },
      ),
    ]);
    await t.app.get(ProviderSearchSync).sync([northwind.id, ...others.map((p) => p.id)]);
  });
  afterAll(() => t.close());

  it('without a draft, shows the published listing among the others, marked as the caller’s', async () => {
    const response = expectStatus(await preview({ q: 'distribution' }), 200);
    expect(response.body.estimatedTotalHits).toBe(3);
    expect(names(response).sort()).toEqual([
      'Adatum Security Distribution',
      'Litware Cloud Distribution',
      'Northwind Distribution (draft)',
    ]);
  });

  it('ranks the draft by its new text, while the public search still has the published one', async () => {
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    expectStatus(
      await dana.put(
        '/api/providers/mine/draft',
        listingBody({
          name: 'Northwind Security Academy',
          shortDescription: {
            en: 'Security training academy for resellers.',
            sv: 'Säkerhetsakademi för återförsäljare.',
          },
        }),
        { 'if-match': String(mine.headers['etag']), 'idempotency-key': randomUUID() },
      ),
      200,
    );

    const security = expectStatus(await preview({ q: 'security' }), 200);
    expect(names(security)).toContain('Northwind Security Academy (draft)');
    expect(names(security)).toContain('Adatum Security Distribution');
    expect(security.body.draftPosition).toBe(
      names(security).indexOf('Northwind Security Academy (draft)') + 1,
    );
    // The published listing is not shown beside its own draft.
    expect(names(security)).not.toContain('Northwind Distribution');

    // Resellers see none of it.
    expect(await searchNames(t, { q: 'academy' })).toEqual([]);
    expect(await searchNames(t, { q: 'northwind' })).toEqual(['Northwind Distribution']);
  });

  it('filters by a country served, and says when the draft does not match', async () => {
    const denmark = expectStatus(await preview({ q: 'distribution', country: 'DK' }), 200);
    expect(names(denmark)).toEqual(['Adatum Security Distribution']);
    expect(denmark.body.draftPosition).toBeNull();

    const sweden = expectStatus(await preview({ q: '', country: 'SE' }), 200);
    expect(names(sweden).sort()).toEqual([
      'Litware Cloud Distribution',
      'Northwind Security Academy (draft)',
    ]);
  });

  it('refuses what is not a preview: another country code, injected filters, extra fields', async () => {
    const unknown = await preview({ country: 'XX' });
    expect(unknown.status).toBe(400);
    const injected = await preview({ country: 'SE" OR id != "x' });
    expect(injected.status).toBe(400);
    const extra = await preview({ q: 'x', providerId: randomUUID() });
    expect(extra.status).toBe(400);
    expect(JSON.stringify(extra.body)).toContain('providerId');
    const long = await preview({ q: 'x'.repeat(201) });
    expect(long.status).toBe(400);
  });

  it('says which field to fill in when the draft is not complete enough to be a result', async () => {
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    expectStatus(
      await dana.put(
        '/api/providers/mine/draft',
        { name: 'Northwind' },
        { 'if-match': String(mine.headers['etag']), 'idempotency-key': randomUUID() },
      ),
      200,
    );
    const response = await dana
      .post('/api/providers/mine/preview-search', { q: 'northwind' })
      .set('accept-language', 'sv');
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'provider.preview_incomplete',
      details: { fields: 'shortDescription.en' },
    });
    expect(response.body.message).toContain('Fyll i annonsens obligatoriska fält');
  });

  it('is the distributor’s alone', async () => {
    expect((await rita.post('/api/providers/mine/preview-search', { q: 'a' })).status).toBe(403);
  });
});
