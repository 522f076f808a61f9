import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('bad input', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const isErrorBody = (body: unknown, statusCode: number) =>
    expect(body).toEqual(
      expect.objectContaining({
        statusCode,
        error: expect.any(String),
        message: expect.any(String),
      }),
    );

  it('answers an unknown API route with a 404 JSON body', async () => {
    const response = await request(t.server).get('/api/no-such-thing').expect(404);
    isErrorBody(response.body, 404);
    expect(response.headers['content-type']).toMatch(/application\/json/);
  });

  it('answers a route with an unknown method with a 404 JSON body', async () => {
    const response = await request(t.server).delete('/api/markets').expect(404);
    isErrorBody(response.body, 404);
  });

  it('refuses malformed JSON with a 400 and no stack trace', async () => {
    const response = await request(t.server)
      .post('/api/markets')
      .set('content-type', 'application/json')
      .send('{"unterminated": ')
      .expect(400);
    isErrorBody(response.body, 400);
    expect(JSON.stringify(response.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses an unsupported content type with a 4xx', async () => {
    const response = await request(t.server)
      .post('/api/markets')
      .set('content-type', 'application/xml')
      .send('<x/>');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    isErrorBody(response.body, response.status);
  });

  it('refuses a body over the limit with a 413', async () => {
    const response = await request(t.server)
      .post('/api/markets')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(t.config.BODY_LIMIT_BYTES + 1) }))
      .expect(413);
    isErrorBody(response.body, 413);
  });

  it.each([
    ['sort that is not JSON', { sort: 'countryName' }],
    ['sort on an unknown field', { sort: '["password","ASC"]' }],
    ['a reversed range', { range: '[10,2]' }],
    ['a negative range', { range: '[-1,5]' }],
    ['a filter that is an array', { filter: '[1,2]' }],
    ['a filter on an unknown key', { filter: '{"__proto__":{"x":1}}' }],
    ['an unknown query parameter', { debug: 'true' }],
  ])('refuses %s with a 400', async (_name, query) => {
    const response = await request(t.server).get('/api/markets').query(query).expect(400);
    isErrorBody(response.body, 400);
  });

  it('sends security headers and a request id', async () => {
    const response = await request(t.server).get('/api/markets').expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-request-id']).toMatch(/^[\w-]+$/);
    // Served over plain HTTP (the local default): no HSTS, no upgrading of requests.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(response.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  it('asks for HTTPS only where the site is served over HTTPS', async () => {
    const https = await createTestApp({ PUBLIC_URL: 'https://partners.example.com' });
    try {
      const response = await request(https.server).get('/api/markets').expect(200);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(response.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    } finally {
      await https.close();
    }
  });

  it('keeps CORS closed: no allow-origin for a foreign origin', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .set('origin', 'https://evil.example');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});
