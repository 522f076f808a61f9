import { DataSource, type DataSourceOptions } from 'typeorm';
import { entities } from './entities.js';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

/**
 * The one description of the database, shared by the Nest module, the migration command and
 * the tests. The schema changes only through migrations: `synchronize` stays off.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    extra: { max: 10, connectionTimeoutMillis: 5000 },
  };
}

/** For the TypeORM CLI (`pnpm --filter @hub/api typeorm migration:generate ...`). */
export default new DataSource(
  dataSourceOptions(process.env['DATABASE_URL'] ?? 'postgres://localhost/hub'),
);
