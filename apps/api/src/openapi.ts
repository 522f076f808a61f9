// `node dist/openapi.js`: prints the OpenAPI document, the one GET /api/docs-json serves, without
// a database, search or identity provider. Nest's preview mode builds the module graph without
// running a single provider, so nothing connects; the routes and their decorators are all the
// document needs. packages/web generates the browser apps' types from it
// (`npm run generate:api-types`).
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from './app.module.js';
import { loadConfig } from './config/env.js';
import { API_PREFIX } from './http/configure-app.js';
import { createOpenApiDocument } from './http/openapi-document.js';

/**
 * Placeholder settings: they pass validation and are never used, since no provider runs. A
 * setting made required later needs a placeholder here (the command names it when missing).
 */
const placeholders = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATABASE_URL: 'postgres://openapi@127.0.0.1:9/unused',
  MEILI_URL: 'http://127.0.0.1:9',
  MEILI_MASTER_KEY: 'openapi-placeholder-key',
  SMTP_URL: 'smtp://127.0.0.1:9',
  OIDC_ISSUER: 'http://127.0.0.1:9',
  OIDC_AUDIENCE: 'api://partner-enrollment-hub',
  STAFF_TENANT_ID: '00000000-0000-0000-0000-000000000000',
  DATA_ENCRYPTION_KEY: Buffer.alloc(32).toString('base64'),
};

export async function openApiDocument(): Promise<OpenAPIObject> {
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(loadConfig(placeholders)),
    new FastifyAdapter(),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    app.setGlobalPrefix(API_PREFIX);
    return createOpenApiDocument(app);
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  openApiDocument()
    .then((document) => process.stdout.write(`${JSON.stringify(document, null, 2)}\n`))
    .catch((error: unknown) => {
      console.error(
        `Could not build the OpenAPI document: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    });
}
