import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { findPersona, loadOrCreateKeys, mintAccessToken } from '@hub/devstack';
import { join } from 'node:path';
import pino, { type DestinationStream } from 'pino';
import type { App } from 'supertest/types.js';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/env.js';
import { STAFF_TENANT_ID, TEST_AUDIENCE, TEST_DATA_KEY } from './constants.js';
import { createTestDatabase } from './test-database.js';

export type TestApp = {
  readonly app: NestFastifyApplication;
  readonly server: App;
  readonly config: AppConfig;
  readonly databaseUrl: string;
  /** The settings as environment variables, e.g. for a worker process of the same app. */
  readonly env: Record<string, string>;
  /** A valid access token of a seeded persona (see @hub/devstack personas). */
  tokenFor(
    personaId: string,
    overrides?: { audience?: string; issuer?: string; expiresInSeconds?: number },
  ): Promise<string>;
  close(): Promise<void>;
};

/**
 * The real AppModule, configured as deployed, on a fresh database cloned from the migrated
 * template and the run's real Meilisearch and identity provider. Build it once per test file.
 */
export async function createTestApp(
  env: Record<string, string> = {},
  options: {
    logStream?: DestinationStream;
    /** The address the app gets for its database (e.g. through a proxy that can fail). */
    databaseUrl?: (url: string) => string;
  } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  // Unless a test reads its own log stream, the app logs to the run's log folder, which the
  // secrets scanner reads at the end of the run (global-teardown.ts).
  const runLog = options.logStream === undefined ? runLogDestination() : undefined;
  const settings = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['TEST_API_LOG_LEVEL'] ?? (runLog ? 'info' : 'silent'),
    DATABASE_URL: options.databaseUrl ? options.databaseUrl(database.url) : database.url,
    MEILI_URL: process.env['TEST_MEILI_URL'],
    MEILI_MASTER_KEY: process.env['TEST_MEILI_MASTER_KEY'],
    SMTP_URL: process.env['TEST_SMTP_URL'],
    DATA_ENCRYPTION_KEY: TEST_DATA_KEY,
    // Tests that need e-mails sent start the worker themselves (mail.ts).
    JOBS_WORKER: 'off',
    // The limits are their own tests' (rate-limits.e2e-spec.ts, leads.e2e-spec.ts); the
    // others send many requests as one user from one address.
    ...Object.fromEntries(
      ['USER', 'PUBLIC', 'SEARCH', 'LEADS', 'VERIFICATION', 'BAD_TOKENS'].map((limit) => [
        `RATE_LIMIT_${limit}`,
        '1000000/3600',
      ]),
    ),
    OIDC_ISSUER: process.env['TEST_OIDC_ISSUER'],
    OIDC_AUDIENCE: TEST_AUDIENCE,
    STAFF_TENANT_ID,
    ...env,
  };
  const config = loadConfig(settings);
  const app = await createApp(config, { ...options, logStream: options.logStream ?? runLog });
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const keys = await loadOrCreateKeys(process.env['TEST_IDENTITY_DIR']!);

  return {
    app,
    server: app.getHttpServer() as App,
    config,
    databaseUrl: config.DATABASE_URL,
    env: Object.fromEntries(
      Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined),
    ),
    tokenFor: async (personaId, overrides = {}) => {
      const persona = findPersona(personaId);
      if (!persona) {
        throw new Error(`No persona ${personaId}`);
      }
      return mintAccessToken({
        issuer: overrides.issuer ?? config.OIDC_ISSUER,
        audience: overrides.audience ?? TEST_AUDIENCE,
        keys,
        persona,
        expiresInSeconds: overrides.expiresInSeconds,
      });
    },
    close: async () => {
      await app.close();
      runLog?.flushSync();
      await database.drop();
    },
  };
}

/** This worker's file in the run's log folder (TEST_LOG_DIR, made by global-setup.ts). */
function runLogDestination() {
  const dir = process.env['TEST_LOG_DIR'];
  return dir === undefined
    ? undefined
    : pino.destination({ dest: join(dir, `api-${process.pid}.log`), mkdir: true, sync: false });
}
