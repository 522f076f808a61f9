import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { connect } from 'node:net';
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

  /** The one error shape: exactly these keys, a stable `context.snake_case` code, JSON. */
  const isTheErrorShape = (response: request.Response, statusCode: number) => {
    expect(response.status).toBe(statusCode);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const body = response.body as Record<string, unknown>;
    expect(Object.keys(body).filter((key) => key !== 'details')).toEqual([
      'statusCode',
      'error',
      'code',
      'message',
    ]);
    expect(body['statusCode']).toBe(statusCode);
    expect(body['code']).toMatch(/^[a-z_]+\.[a-z_]+$/);
    expect(JSON.stringify(body)).not.toMatch(/FST_|at .*\.js:\d+/);
  };

  describe('errors raised by Fastify itself come back in the one error shape', () => {
    it.each(['/api/markets/%E0%A4%A', '/api/%zz', '/%E0'])(
      'a malformed URL encoding (%s) is a 400 with the security headers',
      async (path) => {
        const response = await request(t.server).get(path).set('accept-language', 'sv');
        isTheErrorShape(response, 400);
        expect(response.body.code).toBe('http.bad_request');
        expect(response.body.message).toBe('Begäran är ogiltig.');
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      },
    );

    it.each([
      ['text/plain', 'legalName=x'],
      ['application/x-www-form-urlencoded', 'legalName=x'],
      ['application/xml', '<x/>'],
      ['application/jsonx', '{}'],
    ])('a %s body is a 415: bodies are JSON only', async (contentType, body) => {
      const token = await t.tokenFor('contoso-admin');
      const response = await request(t.server)
        .post('/api/partners')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', contentType)
        .send(body);
      isTheErrorShape(response, 415);
      expect(response.body.code).toBe('http.unsupported_media_type');
    });

    it('an empty form body (an HTML form with only a button) is taken as no body', async () => {
      const response = await request(t.server)
        .post('/api/email-verifications/not-a-real-token-at-all')
        .set('content-type', 'application/x-www-form-urlencoded')
        .send('');
      expect(response.status).toBe(404);
    });

    it("an empty text/plain body (react-admin's DELETE) is taken as no body", async () => {
      const token = await t.tokenFor('contoso-admin');
      const response = await request(t.server)
        .delete('/api/revenue-records/00000000-0000-4000-8000-000000000000')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'text/plain');
      expect(response.status).not.toBe(415);
      expect(response.status).toBeLessThan(500);
    });

    it.each([
      ['malformed JSON', 400, '{"unterminated": '],
      ['an empty JSON body', 400, ''],
      ['a __proto__ key', 400, '{"__proto__":{"isAdmin":true}}'],
      ['a body over the limit', 413, JSON.stringify({ p: 'x'.repeat(1_048_577) })],
    ])('%s is a %d', async (_name, status, body) => {
      const token = await t.tokenFor('contoso-admin');
      const response = await request(t.server)
        .post('/api/partners')
        .set('authorization', `Bearer ${token}`)
        .set('content-type', 'application/json')
        .send(body);
      isTheErrorShape(response, status);
    });

    it('a request Node cannot parse (a Content-Length that lies) is a 400 in the same shape', async () => {
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      const { port } = t.app.getHttpServer().address() as { port: number };
      const raw = await new Promise<string>((resolve, reject) => {
        const socket = connect(port, '127.0.0.1', () => {
          socket.write('POST /api/partners HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n{}');
        });
        let text = '';
        socket.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        socket.on('end', () => resolve(text));
        socket.on('error', reject);
      });
      const [head = '', body = ''] = raw.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 400 /);
      expect(head.toLowerCase()).toContain('content-type: application/json');
      const parsed = JSON.parse(body) as Record<string, unknown>;
      expect(Object.keys(parsed)).toEqual(['statusCode', 'error', 'code', 'message']);
      expect(parsed['code']).toBe('http.bad_request');
    });
  });

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
