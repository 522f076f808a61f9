// Rate limits (issue 11 item 5): per signed-in user on protected routes, per client address on
// public ones (tighter on the e-mail confirmation links and on refused tokens), counted in
// PostgreSQL so that every API replica shares them; each counted answer carries the IETF
// RateLimit header fields, and the request past the limit is a 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** `"user";r=2;t=60` → { policy: 'user', remaining: 2, seconds: 60 }. */
const parseRateLimit = (header: unknown) => {
  const match = /^"([\w-]+)";r=(\d+);t=(\d+)$/.exec(String(header));
  return match && { policy: match[1], remaining: Number(match[2]), seconds: Number(match[3]) };
};

const isRateLimited = (response: request.Response) => {
  expect(response.status).toBe(429);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.body).toMatchObject({ statusCode: 429, code: 'http.rate_limited' });
};

describe('rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({
      RATE_LIMIT_USER: '3/60',
      RATE_LIMIT_PUBLIC: '2/60',
      RATE_LIMIT_VERIFICATION: '1/600',
      RATE_LIMIT_BAD_TOKENS: '2/60',
    });
  });
  afterAll(() => t.close());

  it('counts a signed-in user’s requests, whatever address they come from', async () => {
    const ada = await t.tokenFor('contoso-admin');
    const me = (token: string, from?: string) => {
      const call = request(t.server).get('/api/me').auth(token, { type: 'bearer' });
      return from === undefined ? call : call.set('x-forwarded-for', from);
    };
    const answers = [await me(ada), await me(ada, '203.0.113.1'), await me(ada, '203.0.113.2')];
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers.map((answer) => parseRateLimit(answer.headers['ratelimit']))).toEqual(
      [2, 1, 0].map((remaining) => ({ policy: 'user', remaining, seconds: expect.any(Number) })),
    );
    expect(answers[0]!.headers['ratelimit-policy']).toBe('"user";q=3;w=60');
    const limited = await me(ada, '203.0.113.3');
    isRateLimited(limited);
    expect(parseRateLimit(limited.headers['ratelimit'])).toMatchObject({ remaining: 0 });
    // Another user from the same address has a count of its own.
    expect((await me(await t.tokenFor('fabrikam-admin'))).status).toBe(200);
  });

  it('counts a public route’s callers per address, which X-Forwarded-For cannot change', async () => {
    const markets = (from: string) =>
      request(t.server).get('/api/markets').set('x-forwarded-for', from);
    expect((await markets('198.51.100.1')).status).toBe(200);
    expect((await markets('198.51.100.2')).headers['ratelimit']).toMatch(/^"public";r=0;t=\d+$/);
    isRateLimited(await markets('198.51.100.3'));
  });

  it('never limits the health probes', async () => {
    for (let probe = 0; probe < 5; probe++) {
      const health = await request(t.server).get('/api/health');
      expect(health.status).toBe(200);
      expect(health.headers['ratelimit']).toBeUndefined();
    }
  });

  it('limits the e-mail confirmation links tighter than the other public routes', async () => {
    const link = () => request(t.server).get('/api/email-verifications/not-a-real-token');
    expect((await link()).status).toBe(200);
    isRateLimited(await link());
  });

  it('answers 429 to an address past its refused tokens, before checking another', async () => {
    const [valid] = [await t.tokenFor('contoso-user')];
    const forged = `${valid.slice(0, -4)}AAAA`;
    const call = (token: string) =>
      request(t.server).get('/api/me').auth(token, { type: 'bearer' });
    expect((await call(forged)).status).toBe(401);
    expect((await call('not.a.token')).status).toBe(401);
    isRateLimited(await call(forged));
    // A valid token is no refused one: its user is counted as a user.
    expect((await call(valid)).status).toBe(200);
  });
});

describe('rate limits shared by the API replicas', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await createTestApp({ RATE_LIMIT_USER: '4/60' });
    second = await createTestApp(
      { RATE_LIMIT_USER: '4/60' },
      { databaseUrl: () => first.databaseUrl },
    );
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  it('counts a user’s requests to either replica against one limit', async () => {
    const token = await first.tokenFor('blueyonder-admin');
    const me = (replica: TestApp) =>
      request(replica.server).get('/api/me').auth(token, { type: 'bearer' });
    const statuses = [];
    for (const replica of [first, second, first, second]) {
      statuses.push((await me(replica)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    isRateLimited(await me(second));
    isRateLimited(await me(first));
  });
});
