import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('request logs', () => {
  let t: TestApp;
  const lines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
    });
    t = await createTestApp({ LOG_LEVEL: 'info' }, { logStream: stream });
  });
  afterAll(() => t.close());

  it('are JSON lines with the request id, with the token and cookies redacted', async () => {
    const token = await t.tokenFor('contoso-admin');
    const response = await request(t.server)
      .get('/api/me')
      .set('authorization', `Bearer ${token}`)
      .set('cookie', 'session=secret-cookie')
      .set('x-request-id', 'trace-abc-123')
      .expect(200);
    expect(response.headers['x-request-id']).toBe('trace-abc-123');
    await new Promise((resolve) => setImmediate(resolve));

    const entry = lines.find(
      (line) => (line['req'] as { id?: string } | undefined)?.id === 'trace-abc-123',
    );
    expect(entry).toBeDefined();
    const headers = (entry?.['req'] as { headers: Record<string, string> }).headers;
    expect(headers['authorization']).toBe('[redacted]');
    expect(headers['cookie']).toBe('[redacted]');
    expect(JSON.stringify(lines)).not.toContain(token);
    expect(JSON.stringify(lines)).not.toContain('secret-cookie');
  });

  /** The log lines written since `from`, once the stream has caught up. */
  const linesSince = async (from: number) => {
    await new Promise((resolve) => setImmediate(resolve));
    return lines.slice(from);
  };

  describe('redact every credential', () => {
    const secret = (name: string) => `s3cr3t-${name}-0123456789abcdef`;

    it.each([
      'authorization',
      'proxy-authorization',
      'x-api-key',
      'api-key',
      'cookie',
      'x-auth-token',
      'x-access-token',
      'x-amz-security-token',
      'ocp-apim-subscription-key',
      'x-csrf-token',
      'x-session-id',
    ])('in the %s header', async (header) => {
      const from = lines.length;
      await request(t.server).get('/api/markets').set(header, secret(header));
      const written = await linesSince(from);
      expect(written.length).toBeGreaterThan(0);
      expect(JSON.stringify(written)).not.toContain(secret(header));
      const headers = (written[0]?.['req'] as { headers: Record<string, string> }).headers;
      expect(headers[header]).toBe('[redacted]');
    });

    it.each([
      'access_token',
      'id_token',
      'refresh_token',
      'token',
      'code',
      'key',
      'api_key',
      'apikey',
      'client_secret',
      'password',
      'sig',
    ])('in the %s query parameter', async (parameter) => {
      const from = lines.length;
      await request(t.server).get(`/api/markets?${parameter}=${secret(parameter)}&region=x`);
      const written = await linesSince(from);
      expect(written.length).toBeGreaterThan(0);
      expect(JSON.stringify(written)).not.toContain(secret(parameter));
      const req = written[0]?.['req'] as { url: string };
      expect(req.url).toBe(`/api/markets?${parameter}=[redacted]&region=x`);
    });

    it('anything shaped like a JWT: in a path, an ordinary header, an ordinary parameter', async () => {
      const token = await t.tokenFor('contoso-admin');
      const from = lines.length;
      await request(t.server).get(`/api/enrollments/${token}`);
      await request(t.server).get('/api/markets').set('x-forwarded-user', token);
      await request(t.server).get(`/api/markets?q=${token}`);
      await request(t.server).get(`/api/no-such-thing/${token}`).set('x-note', `see ${token}`);
      const written = await linesSince(from);
      expect(written.length).toBe(4);
      const text = JSON.stringify(written);
      expect(text).not.toContain(token);
      // not even its signature, the part that makes it usable
      expect(text).not.toContain(token.split('.')[2]);
    });

    it("the e-mail link's token in the path", async () => {
      const emailToken = 'Xk3v_9QmZ2pL8rT4wY6uB1nC5dE7fG0h';
      const from = lines.length;
      await request(t.server).get(`/api/email-verifications/${emailToken}`);
      const written = await linesSince(from);
      expect(JSON.stringify(written)).not.toContain(emailToken);
      expect((written[0]?.['req'] as { url: string }).url).toBe(
        '/api/email-verifications/[redacted]',
      );
    });

    it('keeps what traces a request: ids in the path, the request and idempotency keys', async () => {
      const from = lines.length;
      const id = '3f1c6a52-8b7e-4d3a-9c21-6e0f5a7b8c01';
      await request(t.server)
        .get(`/api/enrollments/${id}?sort=["state","ASC"]`)
        .set('idempotency-key', 'retry-7');
      const req = (await linesSince(from))[0]?.['req'] as {
        url: string;
        headers: Record<string, string>;
      };
      expect(req.url).toBe(`/api/enrollments/${id}?sort=[%22state%22,%22ASC%22]`);
      expect(req.headers['idempotency-key']).toBe('retry-7');
    });
  });

  it('log the status of a response, not its headers (a line stays short)', async () => {
    const from = lines.length;
    await request(t.server).get('/api/markets').set('x-request-id', 'short-line-1');
    const [entry] = await linesSince(from);
    expect(entry?.['res']).toEqual({ statusCode: 200 });
    expect(JSON.stringify(entry).length).toBeLessThan(700);
  });

  describe('log the client address', () => {
    const loggedAddress = async (app: TestApp, id: string) => {
      await request(app.server)
        .get('/api/markets')
        .set('x-forwarded-for', '203.0.113.66')
        .set('x-request-id', id);
      const entry = (await linesSince(0)).find(
        (line) => (line['req'] as { id?: string } | undefined)?.id === id,
      );
      return (entry?.['req'] as { remoteAddress?: string } | undefined)?.remoteAddress;
    };

    it('as the socket peer by default: X-Forwarded-For cannot choose it', async () => {
      expect(await loggedAddress(t, 'xff-default')).toMatch(/127\.0\.0\.1$/);
    });

    it('from X-Forwarded-For only when the peer is a TRUST_PROXY proxy', async () => {
      for (const [setting, expected] of [
        ['loopback', /^203\.0\.113\.66$/],
        ['10.0.0.0/8', /127\.0\.0\.1$/],
      ] as const) {
        const stream = new PassThrough();
        stream.on('data', (chunk: Buffer) => {
          for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
            lines.push(JSON.parse(line) as Record<string, unknown>);
          }
        });
        const proxied = await createTestApp(
          { LOG_LEVEL: 'info', TRUST_PROXY: setting },
          { logStream: stream },
        );
        try {
          const id = `xff-${setting.replace(/\W/g, '-')}`;
          expect(await loggedAddress(proxied, id)).toMatch(expected);
        } finally {
          await proxied.close();
        }
      }
    });
  });

  it('leave out health checks, which load balancers make every few seconds', async () => {
    await request(t.server).get('/api/health').set('x-request-id', 'health-probe-1').expect(200);
    await request(t.server).get('/api/markets').set('x-request-id', 'after-probe-1').expect(200);
    await new Promise((resolve) => setImmediate(resolve));
    const ids = lines.map((line) => (line['req'] as { id?: string } | undefined)?.id);
    expect(ids).toContain('after-probe-1');
    expect(ids).not.toContain('health-probe-1');
  });

  it('give a fresh id when the caller sends none or a strange one', async () => {
    const response = await request(t.server)
      .get('/api/markets')
      .set('x-request-id', 'bad id with spaces')
      .expect(200);
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
