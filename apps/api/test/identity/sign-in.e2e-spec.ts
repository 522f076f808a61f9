import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import pg from 'pg';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('GET /api/me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 401 without a token', async () => {
    const response = await request(t.server).get('/api/me').expect(401);
    expect(response.body).toEqual(
      expect.objectContaining({ statusCode: 401, error: 'Unauthorized' }),
    );
  });

  it("identifies Contoso's global admin by tenant and object id", async () => {
    const token = await t.tokenFor('contoso-admin');
    const response = await request(t.server)
      .get('/api/me')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(response.body).toEqual({
      tenantId: '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01',
      objectId: '0b5f7c9e-1a2d-4e3f-8a9b-0c1d2e3f4a11',
      name: 'Ada Lindqvist',
      username: 'ada@contoso.example',
      roles: [],
      kind: 'partner_global_admin',
      isGlobalAdmin: true,
      partnerId: null,
    });
  });

  it('records the user once, keyed by tenant and object id', async () => {
    const token = await t.tokenFor('contoso-user');
    await request(t.server).get('/api/me').auth(token, { type: 'bearer' }).expect(200);
    await request(t.server).get('/api/me').auth(token, { type: 'bearer' }).expect(200);
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    const rows = await client.query('SELECT display_name FROM users WHERE object_id = $1', [
      '1c6a8d0f-2b3e-4f5a-9b0c-1d2e3f4a5b12',
    ]);
    await client.end();
    expect(rows.rows).toEqual([{ display_name: 'Bo Ek' }]);
  });

  it.each([
    ['contoso-user', 'partner_user', []],
    ['reviewer', 'reviewer', ['Reviewer']],
    ['program-admin', 'program_admin', ['ProgramAdmin']],
    ['distributor', 'distributor', ['Distributor']],
  ])('gives %s the kind %s', async (persona, kind, roles) => {
    const token = await t.tokenFor(persona);
    const response = await request(t.server)
      .get('/api/me')
      .auth(token, { type: 'bearer' })
      .expect(200);
    expect(response.body).toEqual(expect.objectContaining({ kind, roles, isGlobalAdmin: false }));
  });

  it('refuses a token for another audience with 401', async () => {
    const token = await t.tokenFor('contoso-admin', { audience: 'api://someone-else' });
    await request(t.server).get('/api/me').auth(token, { type: 'bearer' }).expect(401);
  });

  it('refuses a token from another issuer with 401', async () => {
    const token = await t.tokenFor('contoso-admin', { issuer: 'https://login.example.com/other' });
    await request(t.server).get('/api/me').auth(token, { type: 'bearer' }).expect(401);
  });

  it('refuses an expired token with 401', async () => {
    const token = await t.tokenFor('contoso-admin', { expiresInSeconds: -120 });
    const response = await request(t.server)
      .get('/api/me')
      .auth(token, { type: 'bearer' })
      .expect(401);
    expect(response.body.message).toMatch(/expired/);
  });

  it('refuses a token signed by a key the issuer does not publish', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const token = await new SignJWT({
      tid: '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01',
      oid: '0b5f7c9e-1a2d-4e3f-8a9b-0c1d2e3f4a11',
    })
      .setProtectedHeader({ alg: 'RS256' })
      .setIssuer(t.config.OIDC_ISSUER)
      .setAudience(t.config.OIDC_AUDIENCE)
      .setExpirationTime('5m')
      .sign(privateKey);
    await request(t.server).get('/api/me').auth(token, { type: 'bearer' }).expect(401);
  });

  it('refuses an unsigned token (alg none)', async () => {
    const token = new UnsecuredJWT({
      tid: '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01',
      oid: '0b5f7c9e-1a2d-4e3f-8a9b-0c1d2e3f4a11',
    })
      .setIssuer(t.config.OIDC_ISSUER)
      .setAudience(t.config.OIDC_AUDIENCE)
      .setExpirationTime('5m')
      .encode();
    await request(t.server).get('/api/me').auth(token, { type: 'bearer' }).expect(401);
  });

  it('refuses a malformed Authorization header', async () => {
    await request(t.server).get('/api/me').set('authorization', 'Basic abc').expect(401);
    await request(t.server).get('/api/me').set('authorization', 'Bearer not.a.jwt').expect(401);
  });
});

describe('GET /api/config', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('tells the console where to sign in, without a token', async () => {
    const response = await request(t.server).get('/api/config').expect(200);
    expect(response.body).toEqual({
      oidc: {
        authority: t.config.OIDC_ISSUER,
        clientId: 'hub-console',
        scope: 'openid profile email api.access',
      },
    });
  });
});
