import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { openApiDocument } from '../../src/openapi.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

// packages/web generates the browser apps' response types from `node dist/openapi.js`, which
// builds the document without a database; it must be the document the running API serves.
describe('the OpenAPI document without a database (src/openapi.ts)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('is the one GET /api/docs-json serves', async () => {
    const served = await request(t.server).get('/api/docs-json').expect(200);
    expect(JSON.parse(JSON.stringify(await openApiDocument()))).toEqual(served.body);
  });
});
