// `node dist/database/migrate.js`: applies pending migrations to DATABASE_URL, then exits.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source.js';

export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const url = process.env['DATABASE_URL'];
  if (!url) {
    console.error('DATABASE_URL is missing: set it to the database to migrate.');
    process.exit(1);
  }
  runMigrations(url)
    .then((names) =>
      console.log(
        names.length
          ? `Applied ${names.length} migration(s): ${names.join(', ')}`
          : 'Database is up to date.',
      ),
    )
    .catch((error: unknown) => {
      console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
