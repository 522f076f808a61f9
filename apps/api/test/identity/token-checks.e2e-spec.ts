// Token checks beyond the signature: a bounded lifetime, a small clock leeway, and a strict
// `Authorization: Bearer <token>` header.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { signedToken } from '../support/tokens.js';

describe('access token checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const now = () => Math.floor(Date.now() / 1000);
  const me = (authorization: string) =>
    request(t.server).get('/api/me').set('authorization', authorization);

  it.each([
    ['an exp in the year 2100', () => ({ exp: Date.UTC(2100, 0, 1) / 1000 })],
    ['an iat an hour in the future', () => ({ iat: now() + 3600 })],
    ['an iat two minutes in the future', () => ({ iat: now() + 120 })],
    ['a lifetime over 24 hours', () => ({ iat: now() - 60, exp: now() + 86_400 })],
    ['an iat two days ago', () => ({ iat: now() - 2 * 86_400 })],
    ['no iat', () => ({ iat: undefined })],
    ['no exp', () => ({ exp: undefined })],
    ['an nbf an hour away', () => ({ nbf: now() + 3600 })],
  ])('refuses a token with %s (401)', async (_name, claims) => {
    const token = await signedToken('contoso-admin', { claims: claims() });
    const response = await me(`Bearer ${token}`).expect(401);
    expect(response.body.code).toMatch(/^http\.(unauthorized|token_expired)$/);
  });

  it('forgives a clock a few seconds ahead of ours', async () => {
    const token = await signedToken('contoso-admin', { claims: { iat: now() + 10 } });
    await me(`Bearer ${token}`).expect(200);
  });

  it('takes a lifetime of up to OIDC_MAX_TOKEN_LIFETIME_SECONDS, and no more', async () => {
    const short = await createTestApp({ OIDC_MAX_TOKEN_LIFETIME_SECONDS: '600' });
    try {
      const within = await signedToken('contoso-admin', { claims: { exp: now() + 590 } });
      const beyond = await signedToken('contoso-admin', { claims: { exp: now() + 3600 } });
      await request(short.server)
        .get('/api/me')
        .set('authorization', `Bearer ${within}`)
        .expect(200);
      await request(short.server)
        .get('/api/me')
        .set('authorization', `Bearer ${beyond}`)
        .expect(401);
    } finally {
      await short.close();
    }
  });

  describe('the Authorization header', () => {
    let token: string;
    beforeAll(async () => {
      token = await t.tokenFor('contoso-admin');
    });

    it.each([
      ['a word after the token', (tk: string) => `Bearer ${tk} junk`],
      ['two spaces', (tk: string) => `Bearer  ${tk}`],
      ['a trailing comma and a second credential', (tk: string) => `Bearer ${tk}, Bearer ${tk}`],
      ['a tab', (tk: string) => `Bearer\t${tk}`],
      ['no scheme', (tk: string) => tk],
      ['another scheme', (tk: string) => `Basic ${tk}`],
      ['the scheme alone', () => 'Bearer'],
      ['a token that is not a compact JWS', (tk: string) => `Bearer ${tk}.extra`],
      ['a token with a character outside base64url', (tk: string) => `Bearer ${tk}=`],
    ])('refuses %s (401)', async (_name, header) => {
      const response = await me(header(token)).expect(401);
      expect(response.body.code).toBe('http.unauthorized');
    });

    it('takes the scheme in any case (RFC 6750)', async () => {
      await me(`bearer ${token}`).expect(200);
      await me(`BEARER ${token}`).expect(200);
    });
  });
});
