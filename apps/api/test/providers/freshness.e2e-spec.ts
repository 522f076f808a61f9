import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { OutboundEmailEntity } from '../../src/modules/notifications/outbound-email.entity.js';
import { ListingFreshness } from '../../src/modules/providers/listing-freshness.js';
import { ProviderLeadEntity } from '../../src/modules/providers/provider-lead.entity.js';
import { ProviderLogoEntity } from '../../src/modules/providers/provider-logo.entity.js';
import { ProviderSearchSync } from '../../src/modules/providers/provider-search-sync.js';
import { SearchService } from '../../src/modules/search/search.service.js';
import {
  asPersona,
  createPublishedProvider,
  expectStatus,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { indexPrefix, searchNames } from './support.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

describe('listing freshness: due after 180 days, hidden 30 days later, until confirmed', () => {
  let t: TestApp;
  let dana: PersonaClient;
  let northwind: string;
  let tailspin: string;
  const emails = () =>
    t.app
      .get(DataSource)
      .getRepository(OutboundEmailEntity)
      .find({ where: { template: 'listing_confirm_due' } });

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
    dana = asPersona(t, await t.tokenFor('distributor'));
    await t.app.get(SearchService).ensureProviderIndex();
    // Northwind (Dana's) was last confirmed 200 days ago: due. Tailspin 215 days ago: hidden.
    northwind = (await createPublishedProvider(t, { lastConfirmedAt: daysAgo(200) })).id;
    tailspin = (
      await createPublishedProvider(
        t,
        { tenantId: randomUUID(), lastConfirmedAt: daysAgo(215) },
        { name: 'Tailspin Toys Distribution', languages: ['en'] },
      )
    ).id;
    await t.app.get(ProviderSearchSync).sync([northwind, tailspin]);
  });
  afterAll(() => t.close());

  it('tells the distributor in the console that its listing is due, and until when', async () => {
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    expect(mine.body.freshness).toEqual({
      state: 'due',
      confirmBy: expect.any(String),
      hiddenFrom: expect.any(String),
    });
    const hiddenFrom = new Date(mine.body.freshness.hiddenFrom).getTime();
    expect(Math.round((hiddenFrom - Date.now()) / 86_400_000)).toBe(10);
  });

  it('hides a listing past its grace period from the public directory, and only that one', async () => {
    expect(await searchNames(t)).toEqual(['Northwind Distribution']);
  });

  it('shows nothing of a hidden listing elsewhere either: no logo, no contact form', async () => {
    const db = t.app.get(DataSource);
    // Both listings get the same logo: only the visible one serves it.
    const logo = 'a'.repeat(64);
    for (const providerId of [northwind, tailspin]) {
      await db.getRepository(ProviderLogoEntity).save({
        providerId,
        id: logo,
        contentType: 'image/webp',
        bytes: Buffer.from('RIFF....WEBP'),
        width: 1,
        height: 1,
      });
      await db.query(
        `UPDATE provider_listings SET fields = fields || jsonb_build_object('logo', $2::text)
          WHERE provider_id = $1 AND slot = 'live'`,
        [providerId, logo],
      );
    }
    const logoOf = (id: string) => request(t.server).get(`/api/directory/providers/${id}/logo`);
    expect((await logoOf(northwind)).status).toBe(200);
    expect((await logoOf(tailspin)).body).toMatchObject({
      statusCode: 404,
      code: 'provider.logo_not_found',
    });
    const contact = (id: string) =>
      request(t.server)
        .post(`/api/directory/providers/${id}/leads`)
        .send({
          name: 'Kim Akers',
          email: 'kim@wideworldimporters.example',
          company: 'Wide World Importers',
          country: 'SE',
          message: 'We would like to resell Microsoft 365 in Sweden.',
          website: '',
          elapsedMs: 15_000,
        });
    expect((await contact(northwind)).status).toBe(202);
    expect((await contact(tailspin)).body).toMatchObject({
      statusCode: 404,
      code: 'lead.provider_not_found',
    });
    expect(await db.getRepository(ProviderLeadEntity).countBy({ providerId: tailspin })).toBe(0);
  });

  it('e-mails each due listing once per period, in its language, and syncs the hidden', async () => {
    const run = await t.app.get(ListingFreshness).run(new Date());
    expect(run).toEqual({ notified: 2, hidden: 1 });
    const sent = await emails();
    expect(sent.map((e) => [e.providerId, e.locale, e.recipient]).sort()).toEqual(
      [
        [northwind, 'sv', 'partners@northwind.example'],
        [tailspin, 'en', 'partners@northwind.example'],
      ].sort(),
    );
    const swedish = sent.find((e) => e.providerId === northwind)!;
    expect(swedish.subject).toBe('Stämmer Northwind Distributions annons fortfarande?');
    expect(swedish.body).toMatch(/döljs den i den öppna katalogen från \d{1,2} \w+ \d{4}/);
    // A second run the same day writes nothing new.
    expect(await t.app.get(ListingFreshness).run(new Date())).toEqual({ notified: 0, hidden: 1 });
    expect(await emails()).toHaveLength(2);
  });

  it('confirming starts a new period: current, and no e-mail until it is due again', async () => {
    const mine = expectStatus(await dana.get('/api/providers/mine'), 200);
    const confirmed = expectStatus(
      await dana.post(
        '/api/providers/mine/confirm-freshness',
        {},
        { 'if-match': String(mine.headers['etag']), 'idempotency-key': randomUUID() },
      ),
      200,
    );
    expect(confirmed.body.freshness.state).toBe('current');
    const inHalfAYear = new Date(Date.now() + 170 * 86_400_000);
    expect((await t.app.get(ListingFreshness).run(inHalfAYear)).notified).toBe(0);
    const later = new Date(Date.now() + 181 * 86_400_000);
    // Northwind is due again; Tailspin, never confirmed since, was told once in its period.
    expect((await t.app.get(ListingFreshness).run(later)).notified).toBe(1);
    expect((await emails()).filter((e) => e.providerId === northwind)).toHaveLength(2);
  });
});
