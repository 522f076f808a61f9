import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../src/database/data-source.js';
import { runMigrations } from '../../src/database/migrate.js';
import { migrations } from '../../src/database/migrations/index.js';
import { createTestDatabase } from '../support/test-database.js';

describe('migrations', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
  });
  afterAll(() => database.drop());

  it('migrate an empty database from zero, and a second run applies nothing', async () => {
    const applied = await runMigrations(database.url);
    expect(applied).toEqual(migrations.map((migration) => migration.name));
    expect(await runMigrations(database.url)).toEqual([]);
  });

  it('agree with the entities: generating a migration would yield nothing', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });

  it('can be reverted to zero', async () => {
    const dataSource = await new DataSource(dataSourceOptions(database.url)).initialize();
    try {
      for (let i = 0; i < migrations.length; i++) {
        await dataSource.undoLastMigration();
      }
      const tables = await dataSource.query<{ table_name: string }[]>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'",
      );
      expect(tables).toEqual([]);
    } finally {
      await dataSource.destroy();
    }
  });
});
