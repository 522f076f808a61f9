// Liveness and readiness on the real app: what each answers when PostgreSQL or Meilisearch is
// gone, and while the process drains. (The drain itself, on a real process and SIGTERM, is
// graceful-shutdown.e2e-spec.ts's.)
import { Agent, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@hub/devstack';
import request from 'supertest';
import { ReadinessService } from '../../src/modules/health/readiness.service.js';
import { adminQuery } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('GET /api/health/live and /api/health/ready', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('answers 200 on both once the app has started', async () => {
    const live = await request(t.server).get('/api/health/live').expect(200);
    expect(live.body).toEqual({ status: 'live' });
    const ready = await request(t.server).get('/api/health/ready').expect(200);
    expect(ready.body).toEqual({ state: 'ready' });
    expect(await keepAliveGet(t, '/api/markets')).toEqual({
      status: 200,
      connection: 'keep-alive',
    });
  });

  it('answers 503 draining once the process drains, while liveness stays 200; every response then closes its connection', async () => {
    t.app.get(ReadinessService).drain();
    const ready = await request(t.server).get('/api/health/ready').expect(503);
    expect(ready.body).toEqual({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'health.draining',
      message: 'Not ready: the API is shutting down and finishing its requests.',
      details: { state: 'draining' },
    });
    const sv = await request(t.server)
      .get('/api/health/ready')
      .set('accept-language', 'sv')
      .expect(503);
    expect(sv.body.message).toBe('Inte redo: API:et stängs av och gör klart sina förfrågningar.');
    await request(t.server).get('/api/health/live').expect(200);
    expect(await keepAliveGet(t, '/api/markets')).toEqual({ status: 200, connection: 'close' });
  });
});

/** A GET on a keep-alive connection (supertest's requests all close theirs): status, Connection. */
async function keepAliveGet(t: TestApp, path: string) {
  const server: Server = t.app.getHttpServer();
  if (!server.listening) {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  const { port } = server.address() as AddressInfo;
  const agent = new Agent({ keepAlive: true });
  try {
    return await new Promise<{ status: number; connection: string | undefined }>(
      (resolve, reject) => {
        get({ host: '127.0.0.1', port, path, agent }, (response) => {
          response.resume();
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, connection: response.headers.connection }),
          );
        }).on('error', reject);
      },
    );
  } finally {
    agent.destroy();
  }
}

describe('readiness with a dependency gone', () => {
  describe('Meilisearch unreachable', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ MEILI_URL: `http://127.0.0.1:${await findFreePort()}` });
    });
    afterAll(() => t.close());

    it('stays ready (search alone fails), while /api/health names search as down', async () => {
      await request(t.server).get('/api/health/ready').expect(200);
      await request(t.server).get('/api/health/live').expect(200);
      const health = await request(t.server).get('/api/health').expect(503);
      expect(health.body.message).toBe('Not healthy: search down.');
    });
  });

  describe('the database gone', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('answers 503 unhealthy naming the database; liveness stays 200', async () => {
      const name = new URL(t.databaseUrl).pathname.slice(1);
      await adminQuery(`DROP DATABASE "${name}" WITH (FORCE)`);
      const ready = await request(t.server).get('/api/health/ready').expect(503);
      expect(ready.body).toEqual(
        expect.objectContaining({
          statusCode: 503,
          code: 'health.unhealthy',
          message: 'Not healthy: database down.',
          details: expect.objectContaining({ state: 'unhealthy', down: 'database' }),
        }),
      );
      await request(t.server).get('/api/health/live').expect(200);
    });
  });
});
