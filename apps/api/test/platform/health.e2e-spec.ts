import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { findFreePort } from '@hub/devstack';
import request from 'supertest';
import { adminQuery } from '../support/test-database.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

describe('GET /api/health', () => {
  it('answers 200 when the database and Meilisearch are up', async () => {
    const t = await createTestApp();
    try {
      const response = await request(t.server).get('/api/health').expect(200);
      expect(response.body).toEqual(
        expect.objectContaining({
          status: 'ok',
          info: expect.objectContaining({
            database: expect.objectContaining({ status: 'up' }),
            search: expect.objectContaining({ status: 'up' }),
          }),
        }),
      );
    } finally {
      await t.close();
    }
  });

  describe('with Meilisearch unreachable', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ MEILI_URL: `http://127.0.0.1:${await findFreePort()}` });
    });
    afterAll(() => t.close());

    it('answers 503 naming search as down', async () => {
      const response = await request(t.server).get('/api/health').expect(503);
      expect(response.body).toEqual(
        expect.objectContaining({ statusCode: 503, message: 'Not healthy: search down.' }),
      );
      expect(response.body.details.error.search.status).toBe('down');
      expect(response.body.details.info.database.status).toBe('up');
    });
  });

  describe('with the database gone', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('answers 503 naming the database as down', async () => {
      const name = new URL(t.databaseUrl).pathname.slice(1);
      await adminQuery(`DROP DATABASE "${name}" WITH (FORCE)`);
      const response = await request(t.server).get('/api/health').expect(503);
      expect(response.body.message).toBe('Not healthy: database down.');
      expect(response.body.details.error.database.status).toBe('down');
    });
  });
});

describe('OpenAPI', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('serves the document at /api/docs-json and the UI at /api/docs', async () => {
    const json = await request(t.server).get('/api/docs-json').expect(200);
    expect(Object.keys(json.body.paths as object)).toEqual(
      expect.arrayContaining(['/api/markets', '/api/me', '/api/health', '/api/config']),
    );
    await request(t.server).get('/api/docs').expect(200).expect('content-type', /html/);
  });
});
