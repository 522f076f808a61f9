import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module.js';
import { trustedProxies, type AppConfig } from './config/env.js';
import { configureApp } from './http/configure-app.js';
import { clientErrorHandler, frameworkErrorHandler } from './http/framework-errors.js';
import { parseEmptyBodyOnly, parseJsonBody } from './http/json-body.js';
import { securityHeaderSetter, securityHeaderValues } from './http/security-headers.js';
import { ReadinessService } from './modules/health/readiness.service.js';

/** The whole API, configured as deployed; main.ts listens, tests call init(). */
export async function createApp(
  config: AppConfig,
  options: { logStream?: DestinationStream } = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.BODY_LIMIT_BYTES,
    // Forwarded headers only from configured proxies (TRUST_PROXY, off by default): with
    // `true`, X-Forwarded-For would let any client choose its address.
    trustProxy: trustedProxies(config.TRUST_PROXY),
    // Shutdown (main.ts): once the listener closes, idle keep-alive connections are closed
    // (`idle`, Fastify's default on Node 20, said here because the drain relies on it) and a
    // request that still arrives on a busy one is answered 503.
    forceCloseConnections: 'idle',
    return503OnClosing: true,
    // Fastify's own refusals in the API's one error shape (./http/framework-errors.ts).
    frameworkErrors: frameworkErrorHandler(securityHeaderSetter(config)),
    clientErrorHandler: clientErrorHandler(securityHeaderValues(config)),
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
  // Bodies are JSON only: ./http/json-body.ts (it refuses `__proto__` and `constructor`
  // keys, naming them); any other content type is a 415. Two kinds are taken as no body when
  // they are empty: a form with only a button (the e-mail confirmation page) and react-admin's
  // DELETE (ra-data-simple-rest sends `Content-Type: text/plain` without a body).
  const fastify = adapter.getInstance();
  fastify.removeContentTypeParser(['text/plain', 'application/json']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, parseJsonBody);
  fastify.addContentTypeParser(
    ['application/x-www-form-urlencoded', 'text/plain'],
    { parseAs: 'string' },
    parseEmptyBodyOnly,
  );
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    // The client's address as Fastify resolved it (TRUST_PROXY), for the request's log line.
    (request.raw as { clientIp?: string }).clientIp = request.ip;
    done();
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config, options.logStream),
    adapter,
    { bufferLogs: true, bodyParser: false },
  );
  // Once draining (SIGTERM), every response closes its connection: keep-alive clients reconnect,
  // to another replica, and a connection with a request in flight ends with it.
  const readiness = app.get(ReadinessService);
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (readiness.state === 'draining') {
      void reply.header('connection', 'close');
    }
    done(null, payload);
  });
  await configureApp(app, config);
  return app;
}
