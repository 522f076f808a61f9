// What a token opens is never stored by a browser or a shared cache: every operation that needs
// a token (read from the OpenAPI document the API serves, so new routes are covered) answers
// with `Cache-Control: no-store`, whatever its status.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createTestApp, type TestApp } from '../support/test-app.js';

type Operation = { method: string; path: string };

describe('Cache-Control on authenticated responses', () => {
  let t: TestApp;
  let protectedOperations: Operation[];
  beforeAll(async () => {
    t = await createTestApp();
    const document = (await request(t.server).get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { security?: unknown[] }>>;
    };
    protectedOperations = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.entries(operations)
        .filter(([, operation]) => (operation.security ?? []).length > 0)
        .map(([method, _operation]) => ({
          method,
          path: path.replace(/\{[^}]+\}/g, '00000000-0000-4000-8000-000000000000'),
        })),
    );
  });
  afterAll(() => t.close());

  it('is no-store on every protected operation, with a token and without', async () => {
    const token = await t.tokenFor('contoso-admin');
    expect(protectedOperations.length).toBeGreaterThan(5);
    const missing: string[] = [];
    for (const { method, path } of protectedOperations) {
      for (const authorization of [`Bearer ${token}`, undefined]) {
        const call = request(t.server)[method as 'get'](path);
        if (authorization) {
          void call.set('authorization', authorization);
        }
        const response = await call.set('content-type', 'application/json').send('{}');
        if (response.headers['cache-control'] !== 'no-store') {
          missing.push(`${method.toUpperCase()} ${path} ${response.status}`);
        }
      }
    }
    console.log(`cache-control: ${protectedOperations.length} protected operations × 2 checked`);
    expect(missing).toEqual([]);
  });

  it('is no-store on a 200 of GET /api/me and on a public route called with a token', async () => {
    const token = await t.tokenFor('contoso-user');
    const me = await request(t.server).get('/api/me').set('authorization', `Bearer ${token}`);
    expect(me.status).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
    const markets = await request(t.server)
      .get('/api/markets')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(markets.headers['cache-control']).toBe('no-store');
  });
});
