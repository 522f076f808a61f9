import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import { ConfigModule } from './config/config.module.js';
import { type AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source.js';
import {
  redactJwts,
  serializeError,
  serializeRequest,
  serializeResponse,
} from './http/log-redaction.js';
import { RateLimitGuard } from './http/rate-limit/rate-limit.guard.js';
import { AuthGuard } from './modules/identity/auth.guard.js';
import { RateLimitModule } from './http/rate-limit/rate-limit.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { AgreementsModule } from './modules/agreements/agreements.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { CustomersModule } from './modules/customers/customers.module.js';
import { RelationshipsModule } from './modules/relationships/relationships.module.js';
import { LocationsModule } from './modules/locations/locations.module.js';
import { EnrollmentsModule } from './modules/enrollments/enrollments.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { MarketsModule } from './modules/markets/markets.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { PartnersModule } from './modules/partners/partners.module.js';
import { ProgramSettingsModule } from './modules/program-settings/program-settings.module.js';
import { ProvidersModule } from './modules/providers/providers.module.js';
import { SearchModule } from './modules/search/search.module.js';

@Module({})
export class AppModule {
  /** `logStream` receives the JSON log lines (stdout when unset; tests read them). */
  static forRoot(config: AppConfig, logStream?: DestinationStream): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggerModule.forRoot({
          pinoHttp: [
            {
              level: config.LOG_LEVEL,
              // Fastify gave the request its id (app.factory.ts); the log uses the same one.
              genReqId: (request) => (request as { id?: string }).id ?? randomUUID(),
              // Credentials never reach a log line (./http/log-redaction.ts): by header and
              // query parameter name in the request, a secret-shaped path segment, and
              // anything shaped like a JWT anywhere in the line. No response header dump.
              // An error on a request line is named, not traced: pino-http adds one to every
              // 5xx line (a 503 in an outage too); a real bug's stack is logged once, by the
              // exception filter.
              serializers: { req: serializeRequest, res: serializeResponse, err: serializeError },
              hooks: { streamWrite: redactJwts },
              // A dependency outage (503) is a warning; other 5xx are errors.
              customLogLevel: (_request, response, error) =>
                response.statusCode === 503
                  ? 'warn'
                  : response.statusCode >= 500 || error
                    ? 'error'
                    : 'info',
              // Health checks come every few seconds from load balancers: not worth a line each.
              // (Middleware sees the path relative to its mount point in `url`; the whole
              // path is in `originalUrl`.)
              autoLogging: {
                ignore: (request) => {
                  const path =
                    (request as { originalUrl?: string }).originalUrl ?? request.url ?? '';
                  return path.split('?')[0] === '/api/health';
                },
              },
            },
            logStream ?? pino.destination(1),
          ],
        }),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.DATABASE_URL),
          retryAttempts: 3,
          retryDelay: 1000,
        }),
        JobsModule,
        AuditModule,
        NotificationsModule,
        SearchModule,
        RateLimitModule,
        IdentityModule,
        HealthModule,
        MarketsModule,
        PartnersModule,
        AgreementsModule,
        CustomersModule,
        RelationshipsModule,
        LocationsModule,
        EnrollmentsModule,
        ProvidersModule,
        ProgramSettingsModule,
      ],
      // In this order: the token is checked first, so that the rate limits count a signed-in
      // request per user and a public one per address.
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
