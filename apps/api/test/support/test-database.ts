import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { runMigrations } from '../../src/database/migrate.js';
import { TEMPLATE_DATABASE } from './constants.js';

function adminUrl(): string {
  const url = process.env['TEST_ADMIN_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_ADMIN_DATABASE_URL is not set: run the API tests through jest (global-setup.ts).',
    );
  }
  return url;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function adminQuery(sql: string): Promise<void> {
  return withAdmin(async (client) => void (await client.query(sql)));
}

/**
 * Drops a test file's database once the app's pools have closed their connections: a pool ends
 * its idle clients asynchronously after `app.close()`, and FORCE terminating one of those makes it
 * emit an error nobody listens to any more (the suite then fails as "Unhandled error"). After two
 * seconds FORCE ends whatever is left: a true leak still shows.
 */
async function dropWhenIdle(name: string): Promise<void> {
  await withAdmin(async (client) => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      const { rows } = await client.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      );
      if (rows[0]?.n === 0) {
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}

let templateReady: Promise<void> | undefined;

/**
 * The migrated template, made once per run by whichever test file gets there first: the others
 * wait on an advisory lock. It is migrated under a scratch name and renamed when complete, so a
 * half-migrated template is never cloned.
 */
function ensureTemplate(): Promise<void> {
  templateReady ??= withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock(7301)');
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
        TEMPLATE_DATABASE,
      ]);
      if (found.rowCount === 0) {
        const scratch = `${TEMPLATE_DATABASE}_building`;
        await client.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
        await client.query(`CREATE DATABASE "${scratch}"`);
        await runMigrations(withDatabase(adminUrl(), scratch));
        await client.query(`ALTER DATABASE "${scratch}" RENAME TO "${TEMPLATE_DATABASE}"`);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock(7301)');
    }
  });
  return templateReady;
}

/** A fresh database for one test file: a clone of the migrated template, or empty. */
export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ url: string; name: string; drop(): Promise<void> }> {
  const name = `test_${randomBytes(6).toString('hex')}`;
  if (options.empty) {
    await adminQuery(`CREATE DATABASE "${name}"`);
  } else {
    await ensureTemplate();
    await adminQuery(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`);
  }
  return {
    name,
    url: withDatabase(adminUrl(), name),
    drop: () => dropWhenIdle(name),
  };
}
