// `node dist/database/migrate.js`: applies pending migrations to DATABASE_URL, then exits.
import { Logger as WorkerLogger, runMigrations as runJobQueueMigrations } from 'graphile-worker';
import { DataSource } from 'typeorm';
import { runAsCommand } from './command.js';
import { dataSourceOptions } from './data-source.js';

export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    // The job queue's own schema (graphile_worker), which it migrates itself.
    await runJobQueueMigrations({ connectionString: url, logger: quietLogger });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

runAsCommand(import.meta.url, 'migrating', async (url) => {
  const names = await runMigrations(url);
  return names.length
    ? `Applied ${names.length} migration(s): ${names.join(', ')}`
    : 'Database is up to date.';
});

/** graphile-worker reports each migration on the console; only its errors matter here. */
const quietLogger = new WorkerLogger(() => (level, message) => {
  if (level === 'error') {
    console.error(message);
  }
});
