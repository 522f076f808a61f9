// PostgreSQL goes away under a running API: every route that needs it answers 503 with
// Retry-After in the one error shape, the log gets one line per refusal without a stack, and
// the API answers again once PostgreSQL is back, without a restart of its own.
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { startTcpProxy, viaProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('with PostgreSQL down', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  const lines: string[] = [];
  beforeAll(async () => {
    proxy = await startTcpProxy(process.env['TEST_ADMIN_DATABASE_URL']!);
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    });
    t = await createTestApp(
      { LOG_LEVEL: 'info' },
      {
        logStream: stream,
        databaseUrl: viaProxy(proxy),
      },
    );
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
  });

  const logged = async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return lines.splice(0);
  };

  it('answers 503 with Retry-After on /api/me and a list, one log line each, no stack', async () => {
    const token = await t.tokenFor('contoso-admin');
    await request(t.server).get('/api/me').set('authorization', `Bearer ${token}`).expect(200);
    await logged();

    await proxy.down();
    const calls = [
      () => request(t.server).get('/api/me').set('authorization', `Bearer ${token}`),
      () => request(t.server).get('/api/enrollments').set('authorization', `Bearer ${token}`),
      () => request(t.server).get('/api/me').set('authorization', `Bearer ${token}`),
    ];
    for (const call of calls) {
      const response = await call();
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.body).toEqual({
        statusCode: 503,
        error: 'Service Unavailable',
        code: 'http.service_unavailable',
        message: 'A service the API depends on is unavailable; try again shortly.',
        details: { service: 'database' },
      });
    }
    const written = await logged();
    console.log(`database down: ${calls.length} requests → 503, ${written.length} log lines`);
    for (const line of written) {
      expect(line).not.toMatch(/\n|\\n\s+at |"stack"/);
    }
    // one line per request, its own request line, naming the outage
    expect(written).toHaveLength(calls.length);
    for (const line of written) {
      expect(line).toContain('database unavailable (answering 503)');
      expect(line).toContain('"statusCode":503');
    }
  });

  it('says so on /api/health, logging one line without a stack, not one per probe', async () => {
    for (let probe = 0; probe < 3; probe++) {
      const response = await request(t.server).get('/api/health');
      expect(response.status).toBe(503);
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.body.message).toBe('Not healthy: database down.');
    }
    const written = await logged();
    expect(written).toHaveLength(1);
    expect(written[0]).toContain('Not healthy: database down');
    expect(written[0]).not.toMatch(/\\n\s+at |"stack"/);
  });

  it('answers again once PostgreSQL is back, without a restart', async () => {
    await proxy.up();
    const token = await t.tokenFor('contoso-admin');
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) {
      status = (await request(t.server).get('/api/me').set('authorization', `Bearer ${token}`))
        .status;
      if (status !== 200) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    expect(status).toBe(200);
    await request(t.server).get('/api/health').expect(200);
    expect((await logged()).filter((line) => line.includes('Healthy again'))).toHaveLength(1);
  });
});
