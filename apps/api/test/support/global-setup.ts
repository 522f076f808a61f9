// Once per `jest` run: a real PostgreSQL (embedded, or DATABASE_URL), a real Meilisearch
// (embedded, or MEILI_URL + MEILI_MASTER_KEY) and the local identity provider, each on a free
// port with its data in a temporary folder. The first test file to need it migrates a template
// database; each test file clones it (test-database.ts). Nothing here touches .data/.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  findFreePort,
  startMailCatcher,
  startMeilisearch,
  startPostgres,
  THROWAWAY_POSTGRES_SETTINGS,
  type RunningMailCatcher,
  type RunningMeilisearch,
  type RunningPostgres,
} from '@hub/devstack';
import {
  startIdentityProvider,
  type RunningIdentityProvider,
} from '@hub/devstack/identity-provider';

// This file is loaded by jest as CommonJS outside the ESM test runtime: it imports no relative
// TypeScript. What the tests need from it travels in TEST_* variables.
const TEST_AUDIENCE = 'api://partner-enrollment-hub-test';
const TEMPLATE_DATABASE = 'hub_test_template';

type Started = {
  postgres?: RunningPostgres;
  meilisearch?: RunningMeilisearch;
  identity: RunningIdentityProvider;
  mail: RunningMailCatcher;
};
declare global {
  var __hubTestServices: Started | undefined;
}

export default async function globalSetup(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'hub-api-test-'));
  const [postgres, meilisearch, identity, mail] = await Promise.all([
    process.env['DATABASE_URL']
      ? undefined
      : findFreePort().then((port) =>
          // The run's data is thrown away at its end: nothing waits on the disk at commit.
          startPostgres({
            dataDir: join(dir, 'postgres'),
            port,
            settings: THROWAWAY_POSTGRES_SETTINGS,
          }),
        ),
    process.env['MEILI_URL']
      ? undefined
      : findFreePort().then((port) =>
          startMeilisearch({
            dataDir: join(dir, 'meilisearch'),
            port,
            masterKey: 'test-master-key-0123456789',
          }),
        ),
    findFreePort().then((port) =>
      startIdentityProvider({
        port,
        audience: TEST_AUDIENCE,
        consoleOrigins: ['http://localhost:3000'],
        dataDir: join(dir, 'identity'),
      }),
    ),
    Promise.all([findFreePort(), findFreePort()]).then(([smtpPort, webPort]) =>
      startMailCatcher({ smtpPort, webPort, dataDir: join(dir, 'mail') }),
    ),
  ]);
  const adminUrl = process.env['DATABASE_URL'] ?? postgres!.adminUrl;
  // A template left by an earlier run against an external DATABASE_URL may be stale.
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${TEMPLATE_DATABASE}" WITH (FORCE)`);
  await client.end();

  process.env['TEST_ADMIN_DATABASE_URL'] = adminUrl;
  process.env['TEST_MEILI_URL'] = process.env['MEILI_URL'] ?? meilisearch!.url;
  process.env['TEST_MEILI_MASTER_KEY'] = process.env['MEILI_MASTER_KEY'] ?? meilisearch!.masterKey;
  process.env['TEST_OIDC_ISSUER'] = identity.issuer;
  process.env['TEST_SMTP_URL'] = mail.smtpUrl;
  process.env['TEST_MAIL_INBOX_URL'] = mail.inboxUrl;
  process.env['TEST_OIDC_AUDIENCE'] = TEST_AUDIENCE;
  process.env['TEST_TEMPLATE_DATABASE'] = TEMPLATE_DATABASE;
  process.env['TEST_IDENTITY_DIR'] = join(dir, 'identity');
  process.env['TEST_SCRATCH_DIR'] = dir;
  // Every test app's log lines, scanned for secrets when the run ends (global-teardown.ts).
  process.env['TEST_LOG_DIR'] = join(dir, 'logs');
  globalThis.__hubTestServices = { postgres, meilisearch, identity, mail };
}
