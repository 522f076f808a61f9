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
