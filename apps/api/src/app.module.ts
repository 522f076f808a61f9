import { randomUUID } from 'node:crypto';
import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { pino, type DestinationStream } from 'pino';
import { ConfigModule } from './config/config.module.js';
import { type AppConfig } from './config/env.js';
import { dataSourceOptions } from './database/data-source.js';
import { HealthModule } from './modules/health/health.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { MarketsModule } from './modules/markets/markets.module.js';
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
              redact: {
                paths: [
                  'req.headers.authorization',
                  'req.headers.cookie',
                  'res.headers["set-cookie"]',
                ],
                censor: '[redacted]',
              },
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
        SearchModule,
        IdentityModule,
        HealthModule,
        MarketsModule,
      ],
    };
  }
}
