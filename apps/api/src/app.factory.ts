import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import { type AppConfig } from './config/env.js';
import { configureApp } from './http/configure-app.js';

/** The whole API, configured as deployed; main.ts listens, tests call init(). */
export async function createApp(
  config: AppConfig,
  options: { logStream?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: true,
    return503OnClosing: true,
    // One id per request: the caller's X-Request-Id when it is sane, else a new one. Logs
    // carry it and the response echoes it.
    requestIdHeader: false,
    genReqId: (request: IncomingMessage) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w-]{1,128}$/.test(incoming)
        ? incoming
        : randomUUID();
    },
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.logStream),
    adapter,
    { bufferLogs: true },
  );
  await configureApp(app, config);
  return app;
}
