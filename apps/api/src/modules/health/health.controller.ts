import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Meilisearch } from 'meilisearch';
import { Public } from '../identity/public.decorator.js';
import { MEILISEARCH } from '../search/search.module.js';

/** 200 when PostgreSQL and Meilisearch answer; 503 naming what is down. */
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    @Inject(MEILISEARCH) private readonly meilisearch: Meilisearch,
  ) {}

  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(2000),
      () =>
        this.indicators
          .check('search')
          .attempt(async () => {
            const { status } = await this.meilisearch.health();
            if (status !== 'available') {
              throw new Error(`Meilisearch is ${status}`);
            }
            return {};
          })
          .withTimeout(2000),
    ]);
  }
}
