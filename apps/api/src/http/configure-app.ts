import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { ValidationPipe } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '../config/env.js';
import { HttpExceptionFilter } from './http-exception.filter.js';
import { addBinaryBodyParser } from './binary-body.js';
import { createOpenApiDocument } from './openapi-document.js';
import { securityHeaderOptions } from './security-headers.js';

/** Every route is under /api (the UIs are served from the same origin). */
export const API_PREFIX = 'api';

/**
 * Everything around the routes: prefix, validation, errors, security headers, CORS, OpenAPI,
 * and the built console (/admin/) and directory (/) when they are there. Shared by main.ts
 * and the tests, so tests run the app as it is deployed.
 */
export async function configureApp(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix(API_PREFIX);
  app.useGlobalPipes(
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
    }),
  );
  app.useGlobalFilters(new HttpExceptionFilter());
  // CSV imports send the file itself as the body; it is read as bytes (the body limit applies)
  // and checked to be UTF-8 text by the importer, never trusted from the header.
  app
    .getHttpAdapter()
    .getInstance()
    .addContentTypeParser('text/csv', { parseAs: 'buffer' }, (_request, body, done) => {
      done(null, body);
    });
  addBinaryBodyParser(app.getHttpAdapter().getInstance());
  // Closed by default: the UIs are served from the same origin.
  app.enableCors({ origin: false });
  // (No Nest shutdown hooks: main.ts drains on SIGTERM itself, ../graceful-shutdown.ts.)

  // (helmet's own types and @fastify/helmet's copy of them are the same shape, not the same type)
  await app.register(helmet, securityHeaderOptions(config) as FastifyHelmetOptions);

  // Built on the first request for it, not at start-up: it walks every route's metadata (0.6 s
  // here), which an API replica (or a test's app) that nobody asks for its docs never needs.
  SwaggerModule.setup('api/docs', app, () => createOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });

  serveFrontends(app, config);
}

function serveFrontends(app: NestFastifyApplication, config: AppConfig): void {
  const fastify = app.getHttpAdapter().getInstance();
  const admin = builtApp(config.ADMIN_DIST_DIR);
  const directory = builtApp(config.DIRECTORY_DIST_DIR);

  if (admin) {
    void app.register(fastifyStatic, {
      root: admin.root,
      prefix: '/admin/',
      wildcard: false,
      decorateReply: false,
      index: false,
    });
    fastify.get('/admin', (_request, reply) => reply.redirect('/admin/'));
    fastify.get('/admin/', (_request, reply) => sendPage(reply, admin.index));
    fastify.get('/admin/*', (_request, reply) => sendPage(reply, admin.index));
  }
  if (directory) {
    void app.register(fastifyStatic, {
      root: directory.root,
      prefix: '/',
      wildcard: false,
      index: false,
    });
    fastify.get('/', (_request, reply) => sendPage(reply, directory.index));
  }
  // Client-side routes fall back to the directory's page; unknown /api paths stay JSON 404s.
  fastify.get('/*', (request, reply) => {
    if (!directory || request.url === '/api' || request.url.startsWith('/api/')) {
      return reply.callNotFound();
    }
    return sendPage(reply, directory.index);
  });
}

/** A built single-page app: its folder and its index.html, read once. */
function builtApp(root: string | undefined): { root: string; index: Buffer } | undefined {
  const indexPath = root ? join(root, 'index.html') : undefined;
  return root && indexPath && existsSync(indexPath)
    ? { root, index: readFileSync(indexPath) }
    : undefined;
}

function sendPage(reply: FastifyReply, html: Buffer): FastifyReply {
  return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
}
