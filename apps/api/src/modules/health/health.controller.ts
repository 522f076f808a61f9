import { Controller, Get, Inject, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
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
  async check() {
    try {
      return await this.checkAll();
    } catch (error) {
      throw this.namingWhatIsDown(error);
    }
  }

  private checkAll() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(2000),
      () =>
        this.indicators
          .check('search')
          .attempt(async () => {
            // Throws when Meilisearch does not answer; it answers only when available.
            await this.meilisearch.health();
            return {};
          })
          .withTimeout(2000),
    ]);
  }

  /** Terminus answers 503 with its result; the message names what is down. */
  private namingWhatIsDown(error: unknown): unknown {
    if (!(error instanceof ServiceUnavailableException)) {
      return error;
    }
    const result = error.getResponse() as { error?: Record<string, unknown> };
    const down = Object.keys(result.error ?? {});
    return new ServiceUnavailableException({
      message: `Not healthy: ${down.join(' and ') || 'unknown'} down.`,
      details: result,
    });
  }
}
