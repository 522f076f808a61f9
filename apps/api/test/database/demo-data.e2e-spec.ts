import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { personas } from '@hub/devstack';
import pg from 'pg';
import { seedDemo } from '../../src/database/seed-demo.js';
import { createTestDatabase } from '../support/test-database.js';

describe('demo data (npm start)', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('loads the personas once; a second start adds nothing', async () => {
    expect(await seedDemo(database.url)).toBe(personas.length);
    expect(await seedDemo(database.url)).toBe(0);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM users');
    await client.end();
    expect(Number(rows[0]?.count)).toBe(personas.length);
  });
});
