import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findPersona, loadOrCreateKeys, mintAccessToken, tenants } from '@hub/devstack';
import sharp from 'sharp';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { JobQueue } from '../../src/jobs/job-queue.service.js';
import { assertOwnLogo, LogosService } from '../../src/modules/providers/logos.service.js';
import { ProviderLogoEntity } from '../../src/modules/providers/provider-logo.entity.js';
import { TEST_AUDIENCE } from '../support/constants.js';
import {
  asPersona,
  createProvider,
  expectStatus,
  listingBody,
  type PersonaClient,
} from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { eventually, indexPrefix, search } from './support.js';

const UPLOAD = '/api/providers/mine/logos';

/** A picture with some detail (a gradient with a disc), so that it compresses like a logo. */
function picture(width: number, height: number) {
  const svg = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
      `<defs><linearGradient id="g"><stop offset="0" stop-color="#0a6"/><stop offset="1" stop-color="#036"/></linearGradient></defs>` +
      `<rect width="100%" height="100%" fill="url(#g)"/><circle cx="50%" cy="50%" r="30%" fill="#fc0"/></svg>`,
  );
  return sharp(svg);
}

describe('provider logos: upload, sniff, resize, moderate, serve', () => {
  let t: TestApp;
  let dana: PersonaClient;
  let rita: PersonaClient;
  let danaToken: string;
  let providerId: string;
  let etag = '"1"';

  const upload = (body: Buffer | string, contentType: string, language = 'en') =>
    request(t.server)
      .post(UPLOAD)
      .set('authorization', `Bearer ${danaToken}`)
      .set('content-type', contentType)
      .set('accept-language', language)
      .send(body);

  /** A provider command with the current ETag. */
  async function send(client: PersonaClient, method: 'post' | 'put', path: string, body = {}) {
    const response = await client[method](path, body, {
      'if-match': etag,
      'idempotency-key': `k-${Math.random()}`,
    });
    if (response.headers['etag']) {
      etag = String(response.headers['etag']);
    }
    return response;
  }

  const publicLogo = () => request(t.server).get(`/api/directory/providers/${providerId}/logo`);

  beforeAll(async () => {
    t = await createTestApp({ MEILI_INDEX_PREFIX: indexPrefix() });
    providerId = (await createProvider(t)).id;
    danaToken = await t.tokenFor('distributor');
    dana = asPersona(t, danaToken);
    rita = asPersona(t, await t.tokenFor('reviewer'));
    etag = String((await dana.get('/api/providers/mine')).headers['etag']);
    await t.app.get(JobQueue).start();
  });
  afterAll(async () => {
    await t.app.get(JobQueue).stop();
    await t.close();
  });

  it('takes a PNG, stores it as WebP within 256 × 256, keyed by the hash of the stored bytes', async () => {
    const png = await picture(800, 400).png().toBuffer();
    const response = expectStatus(await upload(png, 'image/png'), 201);
    expect(response.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f]{64}$/),
      width: 256,
      height: 128,
      url: `${UPLOAD}/${response.body.id}`,
    });
    const read = expectStatus(await dana.get(response.body.url).buffer(true), 200);
    expect(read.headers['content-type']).toBe('image/webp');
    expect(read.headers['x-content-type-options']).toBe('nosniff');
    expect(read.headers['cache-control']).toBe('no-store');
    const bytes = read.body as Buffer;
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(response.body.id);
    expect(await sharp(bytes).metadata()).toMatchObject({
      format: 'webp',
      width: 256,
      height: 128,
    });
    // The same picture again is the same logo, not a second row.
    expect(expectStatus(await upload(png, 'image/png'), 201).body.id).toBe(response.body.id);
    expect(await t.app.get(DataSource).getRepository(ProviderLogoEntity).count()).toBe(1);
  });

  it('takes a JPEG (its EXIF dropped), an untyped WebP, and keeps a small one at its size', async () => {
    const jpeg = await picture(120, 300)
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'Northwind', Artist: 'Dana' } } })
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const response = expectStatus(await upload(jpeg, 'image/jpeg'), 201);
    expect(response.body).toMatchObject({ width: 102, height: 256 });
    const stored = (await dana.get(response.body.url).buffer(true)).body as Buffer;
    const metadata = await sharp(stored).metadata();
    expect(metadata).toMatchObject({ format: 'webp', width: 102, height: 256 });
    expect(metadata.exif).toBeUndefined();

    // a file the browser could not type is sent untyped: its bytes still decide
    const webp = await picture(64, 64).webp().toBuffer();
    expect(expectStatus(await upload(webp, 'application/octet-stream'), 201).body).toMatchObject({
      width: 64,
      height: 64,
    });

    const small = await picture(64, 32).png().toBuffer();
    expect(expectStatus(await upload(small, 'image/png'), 201).body).toMatchObject({
      width: 64,
      height: 32,
    });
  });

  it('refuses a text file sent as image/png, and SVG, with 415 in the caller’s language', async () => {
    const text = await upload('This is not a picture.\n', 'image/png', 'sv');
    expect(text.status).toBe(415);
    expect(text.body).toMatchObject({
      code: 'provider.logo_not_image',
      message: expect.stringContaining('PNG-, JPEG- eller WebP-bild'),
    });
    const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
    for (const type of ['image/svg+xml', 'image/png']) {
      const response = await upload(svg, type);
      expect(response.status).toBe(415);
      expect(response.body.code).toBe('provider.logo_not_image');
    }
    // a JSON body is no image either
    const json = await request(t.server)
      .post(UPLOAD)
      .set('authorization', `Bearer ${danaToken}`)
      .send({ logo: 'x' });
    expect(json.status).toBe(415);
  });

  it('refuses a file over 2 MiB with 413, and a truncated PNG with 400', async () => {
    const big = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.alloc(2 * 1024 * 1024),
    ]);
    const tooLarge = await upload(big, 'image/png');
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({
      code: 'provider.logo_too_large',
      details: { maxBytes: 2 * 1024 * 1024 },
    });

    const png = await picture(400, 400).png().toBuffer();
    const truncated = await upload(png.subarray(0, Math.floor(png.length / 2)), 'image/png');
    expect(truncated.status).toBe(400);
    expect(truncated.body.code).toBe('provider.logo_corrupt');
  });

  it('lets only a distributor upload, and only its own logos be read', async () => {
    const png = await picture(50, 50).png().toBuffer();
    const byRita = await request(t.server)
      .post(UPLOAD)
      .set('authorization', `Bearer ${await t.tokenFor('reviewer')}`)
      .set('content-type', 'image/png')
      .send(png);
    expect(byRita.status).toBe(403);
    expect(
      (await request(t.server).post(UPLOAD).set('content-type', 'image/png').send(png)).status,
    ).toBe(401);
    // image bodies are taken on the upload route only
    const elsewhere = await request(t.server)
      .put('/api/providers/mine/draft')
      .set('authorization', `Bearer ${danaToken}`)
      .set('content-type', 'image/png')
      .send(png);
    expect(elsewhere.status).toBe(415);
  });

  describe('through moderation', () => {
    let first: string;
    let second: string;

    it('saves the uploaded id in the draft; an id the provider never uploaded is refused', async () => {
      first = expectStatus(await upload(await picture(300, 300).png().toBuffer(), 'image/png'), 201)
        .body.id;
      const unknown = await send(
        dana,
        'put',
        '/api/providers/mine/draft',
        listingBody({ logo: 'f'.repeat(64) }),
      );
      expect(unknown.status).toBe(400);
      expect(unknown.body).toMatchObject({ code: 'provider.logo_unknown' });
      const malformed = await send(
        dana,
        'put',
        '/api/providers/mine/draft',
        listingBody({ logo: 'not-a-logo' }),
      );
      expect(malformed.status).toBe(200);
      expect(malformed.body.working.problem).toMatchObject({
        code: 'provider.logo_invalid',
        field: 'logo',
      });
      const saved = expectStatus(
        await send(dana, 'put', '/api/providers/mine/draft', listingBody({ logo: first })),
        200,
      );
      expect(saved.body.working).toMatchObject({ fields: { logo: first }, problem: null });
    });

    it('keeps the draft’s logo off the public route until a reviewer approves it', async () => {
      expectStatus(await send(dana, 'post', '/api/providers/mine/submit'), 200);
      expect((await publicLogo()).status).toBe(404);
      // the reviewer sees the proposed logo for moderation
      const forRita = expectStatus(
        await rita.get(`/api/providers/${providerId}/logos/${first}`).buffer(true),
        200,
      );
      expect(forRita.headers['content-type']).toBe('image/webp');

      expectStatus(await send(rita, 'post', `/api/providers/${providerId}/approve`), 200);
      const served = expectStatus(await publicLogo().buffer(true), 200);
      expect(served.headers).toMatchObject({
        'content-type': 'image/webp',
        'cache-control': 'public, max-age=86400',
        'x-content-type-options': 'nosniff',
        etag: `"${first}"`,
      });
      expect(
        createHash('sha256')
          .update(served.body as Buffer)
          .digest('hex'),
      ).toBe(first);
      const again = await publicLogo().set('if-none-match', `"${first}"`);
      expect(again.status).toBe(304);

      const hit = await eventually(async () => {
        const response = await search(t, { q: 'northwind' });
        const body = response.body as { results?: { hits: { id: string; logo?: string }[] }[] };
        const found = body.results?.[0]?.hits[0];
        return found?.logo === first ? found : undefined;
      });
      expect(hit).toMatchObject({ id: providerId, logo: first });
    });

    it('serves the published logo while a new one is in the draft, and the new one once approved', async () => {
      second = expectStatus(
        await upload(await picture(200, 100).jpeg().toBuffer(), 'image/jpeg'),
        201,
      ).body.id;
      expectStatus(
        await send(dana, 'put', '/api/providers/mine/draft', listingBody({ logo: second })),
        200,
      );
      expect((await publicLogo()).headers['etag']).toBe(`"${first}"`);
      expectStatus(await send(dana, 'post', '/api/providers/mine/submit'), 200);
      expectStatus(await send(rita, 'post', `/api/providers/${providerId}/approve`), 200);
      expect((await publicLogo()).headers['etag']).toBe(`"${second}"`);
    });

    it('removes the logo with null: the directory then has none', async () => {
      expectStatus(
        await send(dana, 'put', '/api/providers/mine/draft', listingBody({ logo: null })),
        200,
      );
      expectStatus(await send(dana, 'post', '/api/providers/mine/submit'), 200);
      expectStatus(await send(rita, 'post', `/api/providers/${providerId}/approve`), 200);
      const gone = await publicLogo();
      expect(gone.status).toBe(404);
      expect(gone.body.code).toBe('provider.logo_not_found');
    });

    it('never shows Dana’s logos to another tenant’s distributor', async () => {
      await createProvider(t, { tenantId: tenants.fabrikam.id });
      const danaPersona = findPersona('distributor')!;
      const keys = await loadOrCreateKeys(process.env['TEST_IDENTITY_DIR']!);
      const other = await mintAccessToken({
        issuer: t.config.OIDC_ISSUER,
        audience: TEST_AUDIENCE,
        keys,
        persona: {
          ...danaPersona,
          id: 'fabrikam-distributor',
          name: 'Fay Distributor',
          username: 'fay@fabrikam.example',
          tenantId: tenants.fabrikam.id,
          tenantName: tenants.fabrikam.name,
          objectId: '6b1f3c5e-7a8d-4e0f-8a5b-6c7d8e9f0a17',
        },
      });
      const fay = asPersona(t, other);
      expect((await fay.get('/api/providers/mine')).status).toBe(200);
      for (const id of [first, second]) {
        const response = await fay.get(`${UPLOAD}/${id}`);
        expect(response.status).toBe(404);
        expect(response.body.code).toBe('provider.logo_not_found');
      }
      // nor may Fay's draft name Dana's logo (its id is public once published)
      const fabrikamEtag = String((await fay.get('/api/providers/mine')).headers['etag']);
      const borrowed = await fay.put('/api/providers/mine/draft', listingBody({ logo: first }), {
        'if-match': fabrikamEtag,
      });
      expect(borrowed.status).toBe(400);
      expect(borrowed.body.code).toBe('provider.logo_unknown');
      // and nobody reads a logo by a malformed id
      expect((await dana.get(`${UPLOAD}/..%2F..%2Fetc`)).status).toBe(404);
    });
  });

  describe('pruning', () => {
    const stored = async () =>
      (
        await t.app
          .get(DataSource)
          .query<{ id: string }[]>(`SELECT id FROM provider_logos WHERE provider_id = $1`, [
            providerId,
          ])
      ).map((row) => row.id);
    const named = async () =>
      (
        await t.app.get(DataSource).query<{ logo: string }[]>(
          `SELECT DISTINCT fields ->> 'logo' AS logo FROM provider_listings
              WHERE provider_id = $1 AND fields ->> 'logo' IS NOT NULL`,
          [providerId],
        )
      ).map((row) => row.logo);
    const age = (id: string | null, hours: number) =>
      t.app.get(DataSource).query(
        `UPDATE provider_logos SET created_at = now() - make_interval(hours => $2)
            WHERE provider_id = $1 AND ($3::text IS NULL OR id = $3)`,
        [providerId, hours, id],
      );
    const later = () => new Date(Date.now() + 1000);
    /** Uploads a picture of this size and makes it two days old; returns its id. */
    const uploadedDaysAgo = async (size: number) => {
      const id = expectStatus(
        await upload(await picture(size, size).png().toBuffer(), 'image/png'),
        201,
      ).body.id as string;
      await age(id, 48);
      return id;
    };

    it('deletes the logos a day old that no version of the listing names, and keeps the rest', async () => {
      const history = await named();
      expect(history.length).toBeGreaterThanOrEqual(2); // the first and second logos, superseded
      await age(null, 48);
      const fresh = expectStatus(
        await upload(await picture(120, 60).png().toBuffer(), 'image/png'),
        201,
      ).body.id as string;
      const before = await stored();
      const unused = before.filter((id) => id !== fresh && !history.includes(id));
      expect(unused.length).toBeGreaterThan(0); // the earlier tests' uploads no draft took

      expect(await t.app.get(LogosService).prune(later())).toBe(unused.length);
      expect((await stored()).sort()).toEqual([...history, fresh].sort());
      // The history keeps its pictures: a reviewer still sees the superseded logo.
      expectStatus(await rita.get(`/api/providers/${providerId}/logos/${history[0]}`), 200);
    });

    it('counts the same picture uploaded again as a new upload', async () => {
      const bytes = await picture(90, 90).png().toBuffer();
      const id = expectStatus(await upload(bytes, 'image/png'), 201).body.id as string;
      await age(id, 48);
      expectStatus(await upload(bytes, 'image/png'), 201);
      await t.app.get(LogosService).prune(later());
      expect(await stored()).toContain(id);
    });

    it('skips a logo a draft is being saved with, and keeps it once the draft names it', async () => {
      const id = await uploadedDaysAgo(64);
      // A draft beside the published version, for the save to write to.
      expectStatus(
        await send(dana, 'put', '/api/providers/mine/draft', listingBody({ logo: null })),
        200,
      );
      const saving = t.app.get(DataSource).createQueryRunner();
      await saving.connect();
      await saving.startTransaction();
      try {
        await assertOwnLogo(saving.manager, providerId, id);
        // The prune runs while the save holds the logo: it skips it rather than wait.
        await t.app.get(LogosService).prune(later());
        await saving.query(
          `UPDATE provider_listings SET fields = fields || jsonb_build_object('logo', $2::text)
            WHERE provider_id = $1 AND slot = 'working'`,
          [providerId, id],
        );
        await saving.commitTransaction();
      } finally {
        await saving.release();
      }
      expect(await stored()).toContain(id);
      await t.app.get(LogosService).prune(later());
      expect(await stored()).toContain(id);
    });

    it('refuses a draft naming a logo pruned before it was saved (400, nothing saved)', async () => {
      const id = await uploadedDaysAgo(48);
      await t.app.get(LogosService).prune(later());
      const refused = await send(
        dana,
        'put',
        '/api/providers/mine/draft',
        listingBody({ logo: id }),
      );
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ code: 'provider.logo_unknown' });
      expect(await named()).not.toContain(id);
    });
  });
});
