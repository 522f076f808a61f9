import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboundEmailEntity } from '../../src/modules/notifications/outbound-email.entity.js';
import { ProviderLeadEntity } from '../../src/modules/providers/provider-lead.entity.js';
import {
  asPersona,
  createProvider,
  createPublishedProvider,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { indexPrefix } from './support.js';

/** Kim of Wide World Importers, as the directory's contact form sends it. */
const form = (overrides: Record<string, unknown> = {}) => ({
  name: 'Kim Akers',
  email: 'kim@wideworldimporters.example',
  company: 'Wide World Importers',
  country: 'SE',
  message: 'We would like to resell Microsoft 365 in Sweden.\nDo you train new resellers?',
  website: '',
  elapsedMs: 15_000,
  ...overrides,
});

describe('the directory contact form: leads, their e-mail, the distributor’s list', () => {
  let t: TestApp;
  let dana: PersonaClient;
  let rita: PersonaClient;
  let northwind: string;
  let db: DataSource;

  const send = (providerId: string, body: unknown, language = 'en') =>
    request(t.server)
      .post(`/api/directory/providers/${providerId}/leads`)
      .set('accept-language', language)
      .send(body as object);
  const leads = () => db.getRepository(ProviderLeadEntity).find({ order: { createdAt: 'ASC' } });
  const emails = (template: string) =>
    db.getRepository(OutboundEmailEntity).find({ where: { template } });

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix(), RATE_LIMIT_LEADS: '100/3600' });
    db = t.app.get(DataSource);
    // Northwind (the distributor persona's provider) lists Swedish first: it is written to in Swedish.
    northwind = (await createPublishedProvider(t)).id;
    dana = asPersona(t, await t.tokenFor('distributor'));
    rita = asPersona(t, await t.tokenFor('reviewer'));
  });
  afterAll(() => t.close());

  it('records a lead to a published provider and e-mails it to the listing’s contact address', async () => {
    const response = await send(northwind, form(), 'sv');
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ id: expect.any(String) });

    const [lead] = await leads();
    expect(lead).toMatchObject({
      id: response.body.id,
      providerId: northwind,
      name: 'Kim Akers',
      company: 'Wide World Importers',
      country: 'SE',
      locale: 'sv',
      message: 'We would like to resell Microsoft 365 in Sweden.\nDo you train new resellers?',
    });
    const [email] = await emails('lead_received');
    expect(email).toMatchObject({
      providerId: northwind,
      enrollmentId: null,
      recipient: 'partners@northwind.example',
      locale: 'sv',
      subject: 'En återförsäljare kontaktade Northwind Distribution via CSP-katalogen',
    });
    expect(email!.body).toContain('Do you train new resellers?');
    expect(email!.body).toContain('Svara till: kim@wideworldimporters.example');
    expect(email!.body).toContain('/admin/leads');
  });

  it('lists the leads to the provider’s own distributor only, newest first, with a search', async () => {
    expectStatus(
      await send(northwind, form({ company: 'Fourth Coffee', message: 'Azure credits, please.' })),
      202,
    );
    const list = expectStatus(await dana.get('/api/leads'), 200);
    expect(list.headers['content-range']).toBe('leads 0-1/2');
    expect((list.body as { company: string }[]).map((lead) => lead.company)).toEqual([
      'Fourth Coffee',
      'Wide World Importers',
    ]);
    const found = expectStatus(
      await dana.get(`/api/leads?filter=${encodeURIComponent('{"q":"azure"}')}`),
      200,
    );
    expect(found.body).toHaveLength(1);
    expect(found.body[0]).toMatchObject({ company: 'Fourth Coffee', locale: 'en' });
    // react-admin's stock client sends sort=["id","ASC"]
    expectStatus(await dana.get(`/api/leads?sort=${encodeURIComponent('["id","ASC"]')}`), 200);
    expect((await rita.get('/api/leads')).body.code).toBe('provider.distributor_only');
    expect((await request(t.server).get('/api/leads')).status).toBe(401);
  });

  it('answers a filled-in honeypot like a lead, and stores and e-mails nothing', async () => {
    const before = (await leads()).length;
    const response = await send(northwind, { website: 'https://cheap-pills.example' });
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ id: expect.any(String) });
    expect(await leads()).toHaveLength(before);
    expect(await emails('lead_received')).toHaveLength(before);
  });

  it('refuses a form sent faster than a person fills it in, in the caller’s language', async () => {
    const response = await send(northwind, form({ elapsedMs: 400 }), 'sv');
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({
      code: 'lead.sent_too_fast',
      message: expect.stringContaining('Vänta några sekunder'),
    });
  });

  it('names the field a bad form breaks, with 400, and stores nothing', async () => {
    const before = (await leads()).length;
    for (const [body, code, field] of [
      [form({ name: '' }), 'provider.field_required', 'name'],
      [form({ email: 'kim@' }), 'partner.email_invalid', 'email'],
      [form({ country: 'XX' }), 'lead.country_invalid', 'country'],
      [form({ message: 'x'.repeat(10_000) }), 'provider.field_too_long', 'message'],
      [form({ message: 'Hi\u0007there, friend' }), 'provider.field_invalid_characters', 'message'],
      // A NUL is refused before any rule reads the body (PostgreSQL stores none), naming it too.
      [form({ message: 'Hi\u0000there, friend' }), 'http.bad_request', 'message'],
    ] as const) {
      const response = await send(northwind, body);
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code, details: expect.objectContaining({ field }) });
    }
    // Not an object: 400. (JSON null reaches the rules as an empty form: sent too fast, 422.)
    for (const [body, status] of [
      [[], 400],
      ['text', 400],
      [null, 422],
    ] as const) {
      const response = await request(t.server)
        .post(`/api/directory/providers/${northwind}/leads`)
        .set('content-type', 'application/json')
        .send(JSON.stringify(body));
      expect([JSON.stringify(body), response.status]).toEqual([JSON.stringify(body), status]);
    }
    expect(await leads()).toHaveLength(before);
  });

  it('answers 404 for a provider that is unknown, not an id, or not published', async () => {
    const unpublished = (await createProvider(t, { tenantId: randomUUID() })).id;
    for (const id of [randomUUID(), 'not-an-id', unpublished]) {
      const response = await send(id, form());
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('lead.provider_not_found');
    }
  });
});

describe('the contact form’s rate limit', () => {
  let t: TestApp;
  let provider: string;
  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix(), RATE_LIMIT_LEADS: '2/3600' });
    provider = (await createPublishedProvider(t)).id;
  });
  afterAll(() => t.close());

  it('answers 429 with Retry-After past the limit per address, counting refused forms too', async () => {
    const post = (body: object) =>
      request(t.server)
        .post(`/api/directory/providers/${provider}/leads`)
        .set('accept-language', 'sv')
        .send(body);
    expect((await post(form())).status).toBe(202);
    expect((await post(form({ name: '' }))).status).toBe(400);
    const limited = await post(form());
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(3500);
    expect(limited.body).toMatchObject({
      statusCode: 429,
      code: 'http.rate_limited',
      message: expect.stringContaining('För många förfrågningar'),
    });
    // Only the contact form is limited so: the search answers as before.
    const search = await request(t.server)
      .post('/api/search/multi-search')
      .send({ queries: [{ indexUid: 'providers', q: 'x', limit: 1 }] });
    expect(search.status).not.toBe(429);
    expect(await t.app.get(DataSource).getRepository(ProviderLeadEntity).count()).toBe(1);
  });
});
