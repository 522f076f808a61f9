import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { findPersona, loadOrCreateKeys, mintAccessToken } from '@hub/devstack';
import type { DestinationStream } from 'pino';
import type { App } from 'supertest/types.js';
import { createApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/config/env.js';
import { STAFF_TENANT_ID, TEST_AUDIENCE } from './constants.js';
import { createTestDatabase } from './test-database.js';

export type TestApp = {
  readonly app: NestFastifyApplication;
  readonly server: App;
  readonly config: AppConfig;
  readonly databaseUrl: string;
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
  options: { logStream?: DestinationStream } = {},
): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    MEILI_URL: process.env['TEST_MEILI_URL'],
    MEILI_MASTER_KEY: process.env['TEST_MEILI_MASTER_KEY'],
    SMTP_URL: 'smtp://127.0.0.1:2525',
    OIDC_ISSUER: process.env['TEST_OIDC_ISSUER'],
    OIDC_AUDIENCE: TEST_AUDIENCE,
    STAFF_TENANT_ID,
    ...env,
  });
  const app = await createApp(config, options);
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const keys = await loadOrCreateKeys(process.env['TEST_IDENTITY_DIR']!);

  return {
    app,
    server: app.getHttpServer() as App,
    config,
    databaseUrl: database.url,
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
      await database.drop();
    },
  };
}
